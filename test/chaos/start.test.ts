// Production start runs no compiler with a shared cache: npm start (and the other entry scripts) read and write
// nothing in the temporary directory, where another user of the host could have planted compiled code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

describe('npm start', () => {
  for (const name of ['start', 'ask']) {
    it(`${name}: leaves the temporary directory untouched (no tsx cache, no tsx IPC socket)`, () => {
      const tmp = mkdtempSync(join(tmpdir(), 'attache-chaos-tmp-'));
      try {
        // The bot stops at its missing token, the CLI answers `about`: both have loaded every module by then.
        const run = spawnSync('sh', ['-c', `${scripts[name]} ${name === 'ask' ? 'about' : ''}`], {
          encoding: 'utf8',
          env: { ...process.env, TMPDIR: tmp, DISCORD_TOKEN: '', CACHE_FILE: 'off' },
        });
        expect(run.status, run.stderr).toBe(name === 'ask' ? 0 : 1);
        if (name === 'start') expect(run.stderr).toMatch(/DISCORD_TOKEN/);
        expect(readdirSync(tmp)).toEqual([]);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  }
});
