// Round, status, co-chair and venue rules on small articles written for these tests (test/fixtures/rounds), in the
// styles outlets use: a short pair "Việt – Trung", a level between name and number, chairs in the next sentence,
// a third-country dialogue, a proposal, an English wire report with abbreviated ranks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeTable } from '../../src/knowledge/index.js';
import { CorpusStore } from '../../src/store/index.js';

let table: KnowledgeTable;
beforeAll(async () => {
  // Built as the bot and the CLI build it: through the store, without a disk cache.
  table = (await new CorpusStore('test/fixtures/rounds').load()).knowledge;
});

const find = (partner: string, round: number) => table.rounds.find((r) => r.partner === partner && r.round === round);
const chairs = (partner: string, round: number) =>
  Object.fromEntries((find(partner, round)?.coChairs ?? []).map((c) => [c.side, c.name]));

describe('rounds, status, co-chairs and venues', () => {
  it('reads "Việt – Trung lần thứ 9" and "cấp Thứ trưởng Việt Nam - Trung Quốc lần thứ 9" as China\'s 9th round', () => {
    const r = find('CN', 9);
    expect(r).toMatchObject({ mechanism: 'strategic-defence-dialogue', status: 'held', date: '2023-06-14' });
    expect(r?.venues).toEqual(['Nanning']);
  });
  it('takes the co-chairs from the sentence after the round, each on the side the sentence names', () => {
    expect(chairs('CN', 9)).toEqual({ VN: 'Trần Văn Khải', CN: 'Lưu Kiến Hoa' });
  });
  it('keeps "kết quả Đối thoại lần thứ 9 sẽ tạo động lực" held, and the 8th "(tháng 5/2021)" mentioned', () => {
    expect(find('CN', 8)).toMatchObject({ status: 'mentioned', date: '2021-05', datePrecision: 'month' });
  });
  it('yields no round of Vietnam for a dialogue between two other countries', () => {
    expect(table.rounds.filter((r) => r.partner === 'JP' || r.partner === 'PH')).toEqual([]);
  });
  it('yields no round for a mechanism the sides only agree to set up or propose', () => {
    expect(table.rounds.filter((r) => r.partner === 'DK')).toEqual([]);
  });
  it('reads an English wire report: abbreviated rank, "under the chairmanship of", "the Vietnamese capital of Hanoi"', () => {
    const r = find('TH', 6);
    expect(r).toMatchObject({ status: 'held', format: 'in-person' });
    expect(r?.venues).toEqual(['Hanoi']);
    expect(chairs('TH', 6)).toEqual({ VN: 'Tran Van Khai', TH: 'Somchai Prasert' });
    expect(find('TH', 6)?.coChairs.find((c) => c.side === 'VN')?.rank).toBe('Senior Lieutenant General');
  });
  it('files the fifth as mentioned and the seventh as planned', () => {
    expect(find('TH', 5)?.status).toBe('mentioned');
    expect(find('TH', 7)?.status).toBe('planned');
  });
});
