// The watcher hands the store the paths it saw: an edit of one file reloads that file, with no stat of the others.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCorpus, type Logger } from '../../src/bot/index.js';
import { CorpusStore } from '../../src/store/index.js';

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('watchCorpus', () => {
  it('reloads an edited file from the watcher’s list of paths: one file stat-ed and read', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'attache-watch-')), 'seeds');
    cpSync('seeds', dir, { recursive: true });
    const store = new CorpusStore(dir);
    await store.load();
    let reloaded: (fields: Record<string, unknown>) => void = () => undefined;
    const logged = new Promise<Record<string, unknown>>((resolve) => {
      reloaded = resolve;
    });
    const logger = {
      info: (fields: Record<string, unknown>, message: string) => {
        if (message === 'corpus reloaded') reloaded(fields);
      },
      warn: () => undefined,
      error: () => undefined,
    } as unknown as Logger;
    close = watchCorpus(store, logger, { quietMs: 50, maxWaitMs: 500, hashCheckMs: 0 }).close;
    const canada = join(dir, '000_064f160b2ba67829.txt');
    writeFileSync(canada, readFileSync(canada, 'utf8').replace('Jody Thomas', 'Jody Thompson'));
    expect(await logged).toMatchObject({ files: 5, statted: 1, reread: 1 });
    expect(JSON.stringify(store.library!.knowledge)).toMatch(/Jody Thompson/);
  });
});
