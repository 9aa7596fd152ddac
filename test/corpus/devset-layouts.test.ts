// The development set (../shared/devset, read in place, skipped when absent): every layout loads as an article,
// no headline is site furniture, and the `date` field keeps the level reached — a ratchet to raise, never lower.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/index.js';
import { exportJson, type KnowledgeTable } from '../../src/knowledge/index.js';
import { libraryOf } from '../helpers/library.js';

const DEVSET = '../shared/devset';
const present = existsSync(join(DEVSET, 'articles')) && existsSync('../shared/tools/score-export.mjs');

/** The date field's level on the development set: raise these as dates improve. */
const DATE_RIGHT_AT_LEAST = 56;
const DATE_WRONG_AT_MOST = 1;

describe.skipIf(!present)('development set: layouts and dates', () => {
  let corpus: Corpus;
  let knowledge: KnowledgeTable;
  beforeAll(async () => {
    ({ corpus, knowledge } = await libraryOf(join(DEVSET, 'articles')));
  });

  it('every file loads as an article: briefs, headline-less pastes, listing pages', () => {
    expect(corpus.skipped).toEqual([]);
    expect(corpus.articles.length).toBeGreaterThan(0);
  });

  it('no title is a navigation bar, a breadcrumb or a date line', () => {
    const bad = corpus.articles.filter(
      (a) => /\s\|\s.*\s\|\s|\s>\s/.test(a.title) || /^\d{1,2}\/\d{1,2}\/\d{4}/.test(a.title),
    );
    expect(bad.map((a) => `${a.id}: ${a.title}`)).toEqual([]);
  });

  it(`dates: at least ${DATE_RIGHT_AT_LEAST} right and at most ${DATE_WRONG_AT_MOST} stated wrong`, () => {
    const file = join(mkdtempSync(join(tmpdir(), 'attache-devset-')), 'export.json');
    writeFileSync(file, JSON.stringify(exportJson(knowledge)));
    const report = execFileSync(
      process.execPath,
      ['../shared/tools/score-export.mjs', join(DEVSET, 'gold.json'), file, '--verbose', '--min', '0'],
      { encoding: 'utf8' },
    );
    const m = /date\s+right (\d+), missing (\d+), wrong (\d+)/.exec(report);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(DATE_RIGHT_AT_LEAST);
    expect(Number(m![3])).toBeLessThanOrEqual(DATE_WRONG_AT_MOST);
  });
});
