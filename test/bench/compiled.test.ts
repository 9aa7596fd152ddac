// The bench's store phases run compiled, as `npm start` runs the bot: every module of src/ the bundle imports is the
// build's JavaScript in dist/, and the bundle runs a cold start with no TypeScript loader.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildState } from '../../bin/build-state.mjs';
import { compiledEntry } from '../../bench/compiled.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Every module a compiled file imports: `from "…"` and `import "…"`. */
const importsOf = (code: string) => [...code.matchAll(/(?:from|import)\s*"([^"]+)"/gu)].map((m) => m[1]!);

describe('the bench store phases, compiled', () => {
  it('import src/ only as the build, and run a cold start without tsx', async () => {
    const state = buildState(root);
    const bundle = await compiledEntry(root, 'bench/store-phases.ts');
    // With no fresh build (a source edited since `npm run build`) the bench runs the sources through tsx.
    if (state !== 'fresh') return expect(bundle).toBeNull();
    expect(bundle).not.toBeNull();
    const imports = importsOf(readFileSync(bundle!, 'utf8'));
    const project = imports.filter((path) => !path.startsWith('node:'));
    expect(project.length).toBeGreaterThan(0);
    for (const path of project) {
      expect(path.startsWith(join(root, 'dist', 'src'))).toBe(true);
      expect(existsSync(path)).toBe(true);
    }
    const dir = mkdtempSync(join(tmpdir(), 'attache-bench-compiled-'));
    cpSync(join(root, 'seeds'), join(dir, 'corpus'), { recursive: true });
    // No tsx in the process: a TypeScript file imported anywhere would fail to load.
    const out = execFileSync(process.execPath, [bundle!, '5', 'prepare', dir], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const line = JSON.parse(out.trim().split('\n').at(-1)!) as { rounds: number; passages: number; peakRssMb: number };
    expect(line.rounds).toBeGreaterThan(0);
    expect(line.passages).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'attache.cache'))).toBe(true);
  });
});
