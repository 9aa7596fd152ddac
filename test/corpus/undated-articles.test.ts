// Articles we wrote with no date line: the year of a round is worked out from the article's own words, and marked
// inferred — an anniversary still ahead narrows it to that year or the one before, the latest month the article
// names is a floor, and a weekday picks the one year that fits.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeTable, RoundRecord } from '../../src/knowledge/index.js';
import { libraryOf } from '../helpers/library.js';

let table: KnowledgeTable;
beforeAll(async () => {
  table = (await libraryOf('test/fixtures/knowledge')).knowledge;
});
const round = (n: number): RoundRecord | undefined =>
  table.rounds.find((r) => r.partner === 'BN' && r.mechanism === 'defence-policy-dialogue' && r.round === n);

describe('undated articles', () => {
  it('December, after "(tháng 5/2030)", with a 40th anniversary (1992 - 2032) being prepared: 2031', () => {
    expect(round(3)).toMatchObject({ status: 'held', date: '2031-12-14', datePrecision: 'day', dateInferred: true });
    // The earlier round keeps the month written beside it.
    expect(round(2)).toMatchObject({ status: 'mentioned', date: '2030-05', datePrecision: 'month' });
  });

  it('"on Thursday, December 4", after December 2029: the first Thursday 4 December is in 2031', () => {
    expect(round(4)).toMatchObject({ date: '2031-12-04', datePrecision: 'day', dateInferred: true });
  });
});
