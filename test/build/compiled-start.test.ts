/**
 * The compiled start (scripts/build.mjs, bin/run.mjs): on a copy of the project, a build that cannot run leaves the
 * install working, a fresh build is what runs (with data/, commands/ and the read worker found from the compiled
 * files), and an edited, added or removed source makes bin/run.mjs run the sources through tsx instead.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildState } from '../../bin/build-state.mjs';
import { fingerprintOf } from '../../src/store/index.js';

const project = resolve('.');
const copy = mkdtempSync(join(tmpdir(), 'attache-build-'));
for (const path of ['src', 'commands', 'data', 'bin', 'scripts/build.mjs', 'tsconfig.json', 'package.json'])
  cpSync(join(project, path), join(copy, path), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** An entry that reports where it runs from and what it found from there: data, commands, the read worker. */
const PROBE = `
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS_DIR, loadCommands } from './bot/commands.js';
import { codeFingerprint } from './store/fingerprint.js';
import { readFiles } from './store/read-files.js';
import { readDataFile } from './vocabulary/index.js';
import { createRequire } from 'node:module';
import { Client } from './bot/discord.js';

const root = process.argv[2]!;
const files = readdirSync(root).filter((f) => f.endsWith('.txt')).slice(0, 2).map((file, i) => {
  const { size, mtimeMs } = statSync(join(root, file));
  return { path: join(root, file), file, id: String(i), root, size, mtimeMs, exists: true };
});
const read = await readFiles(files, { maxBytes: 5_000_000, workers: 1 });
console.log(JSON.stringify({
  url: import.meta.url,
  argv: process.argv.slice(2),
  commandsDir: COMMANDS_DIR,
  commands: [...(await loadCommands()).keys()],
  partners: readDataFile('partners.json').partners.length,
  fingerprint: codeFingerprint(),
  byWorkers: read.byWorkers,
  articles: read.entries.filter((e) => e !== 'unchanged' && e.article !== null).length,
  // Where discord.js came from: the build's bundle, or the package's own files.
  discord: typeof Client === 'function' && Object.keys(createRequire(import.meta.url).cache).map((f) =>
    f.endsWith('/dist/vendor/discord.cjs') ? 'bundle' : f.includes('/node_modules/discord.js/') ? 'package' : null,
  ).filter(Boolean).sort().filter((w, i, all) => w !== all[i - 1]).join(),
}));
`;
writeFileSync(join(copy, 'src/probe.ts'), PROBE);

const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
const build = () => node(['scripts/build.mjs']);
function probe() {
  const run = node(['bin/run.mjs', 'src/probe.ts', resolve('seeds'), '--flag']);
  expect(run.status, run.stderr).toBe(0);
  return { ...JSON.parse(run.stdout), stderr: run.stderr };
}

describe('compiled start', () => {
  it('npm ci / npm install run the build, which never fails them', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    expect(scripts.prepare).toBe('node scripts/build.mjs');
    expect(scripts.build).toBe(scripts.prepare);
  });

  it('without esbuild, the build says so in one line and exits 0', () => {
    // The copy has no node_modules yet, so esbuild cannot be imported.
    const run = build();
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/skipped \(esbuild is not installed\)/)]);
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });

  it('runs a fresh build: data, commands and the read worker found from the compiled files', () => {
    const run = build();
    expect(run.stderr).toMatch(/compiled \d+ files to dist\//);
    expect(buildState(copy)).toBe('fresh');
    const out = probe();
    expect(out.url).toBe(`file://${copy}/dist/src/probe.js`);
    expect(out.argv).toEqual([resolve('seeds'), '--flag']);
    expect(out.commandsDir).toBe(join(copy, 'dist/commands/'));
    expect(out.commands).toEqual(expect.arrayContaining(['ask', 'dialogue', 'timeline']));
    expect(out.partners).toBeGreaterThan(50);
    expect(out).toMatchObject({ byWorkers: 1, articles: 2, stderr: '' });
    // One file for discord.js and the packages it loads; none of theirs loaded one by one.
    expect(out.discord).toBe('bundle');
    // zod too: the compiled files import its bundle.
    expect(readFileSync(join(copy, 'dist/src/config.js'), 'utf8')).toMatch(/from "\.\.\/vendor\/zod\.js"/);
    expect(readFileSync(join(copy, 'dist/src/bot/options.js'), 'utf8')).toMatch(/from "\.\.\/\.\.\/vendor\/zod\.js"/);
    // The shaping code's sources and data/ are what the cache is keyed by.
    const shaping = ['corpus', 'knowledge', 'vocabulary', 'text', 'search', 'store'];
    // The sources' fingerprint, compiled or not: a cache written under tsx serves the compiled bot, and the other way round.
    expect(out.fingerprint).toBe(fingerprintOf([...shaping.map((f) => join(copy, 'src', f)), join(copy, 'data')]));
  });

  it('a source added, removed or changed makes the build stale; a touched but unchanged one does not', () => {
    const config = join(copy, 'src/config.ts');
    const text = readFileSync(config, 'utf8');
    utimesSync(config, new Date(), new Date(Date.now() + 5000));
    expect(buildState(copy)).toBe('fresh');
    writeFileSync(config, text.replace('corpusDir', 'corpusDur'));
    expect(buildState(copy)).toBe('stale');
    writeFileSync(config, text);
    expect(buildState(copy)).toBe('fresh');
    writeFileSync(join(copy, 'commands/extra.ts'), 'export {};\n');
    expect(buildState(copy)).toBe('stale');
    rmSync(join(copy, 'commands/extra.ts'));
    expect(buildState(copy)).toBe('fresh');
    const about = readFileSync(join(copy, 'commands/about.ts'));
    rmSync(join(copy, 'commands/about.ts'));
    expect(buildState(copy)).toBe('stale');
    writeFileSync(join(copy, 'commands/about.ts'), about);
    expect(buildState(copy)).toBe('fresh');
  });

  it('a bundled package that changed (another version installed) makes the build stale', () => {
    const manifestFile = join(copy, 'dist/build-manifest.json');
    const manifest = readFileSync(manifestFile, 'utf8');
    const { packages } = JSON.parse(manifest) as { packages: Record<string, { size: number; sha1: string }> };
    // Paths as esbuild resolved them (node_modules is a link to the project's here, so the real folder).
    const discordJs = Object.keys(packages).find((path) => path.endsWith('node_modules/discord.js/package.json'))!;
    expect(discordJs).toBeDefined();
    expect(Object.keys(packages).length).toBeGreaterThan(5);
    const withRecord = (path: string, record: unknown) =>
      writeFileSync(
        manifestFile,
        JSON.stringify({ ...JSON.parse(manifest), packages: { ...packages, [path]: record } }),
      );
    // Another version of discord.js installed: its package.json is not the one recorded (the installed file is the
    // project's own here, so the record is what changes).
    withRecord(discordJs, { size: 1, mtimeMs: 0, sha1: 'x' });
    expect(buildState(copy)).toBe('stale');
    // A bundled package no longer installed.
    withRecord('node_modules/not-installed/package.json', packages[discordJs]);
    expect(buildState(copy)).toBe('stale');
    writeFileSync(manifestFile, manifest);
    expect(buildState(copy)).toBe('fresh');
  });

  it('an edited source runs through tsx; a build that fails names the file, exits 0 and keeps that', () => {
    appendFileSync(join(copy, 'src/probe.ts'), '// edited after the build\n');
    writeFileSync(join(copy, 'src/broken.ts'), 'export const = ;\n');
    const run = build();
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/skipped \(src\/broken\.ts:1: /)]);
    expect(buildState(copy)).toBe('stale');
    const out = probe();
    expect(out.url).toBe(`file://${copy}/src/probe.ts`);
    expect(out.stderr).toMatch(
      /sources or installed packages changed since the last build; running the sources through tsx/,
    );
    expect(out.commandsDir).toBe(join(copy, 'commands/'));
    expect(out).toMatchObject({ byWorkers: 1, articles: 2, discord: 'package' });
  });
});
