// The same extraction rules on articles we wrote ourselves: other partners, mechanisms, layouts and English.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeTable, RoundRecord } from '../../src/knowledge/index.js';
import { libraryOf } from '../helpers/library.js';

let table: KnowledgeTable;
beforeAll(async () => {
  table = (await libraryOf('test/fixtures/knowledge')).knowledge;
});

function round(partner: string, mechanism: string, n: number): RoundRecord {
  const found = table.rounds.find((r) => r.partner === partner && r.mechanism === mechanism && r.round === n);
  if (!found) throw new Error(`no ${partner} ${mechanism} ${n} in ${table.rounds.map((r) => r.id).join(', ')}`);
  return found;
}
const names = (r: RoundRecord) => Object.fromEntries(r.coChairs.map((c) => [c.side, c.name]));

describe('articles we wrote', () => {
  it('India: strategic defence dialogue 12th, a stated day with the year from the date line, an MOU signed, the 11th mentioned', () => {
    const r = round('IN', 'strategic-defence-dialogue', 12);
    expect(r).toMatchObject({
      status: 'held',
      date: '2018-12-08',
      datePrecision: 'day',
      dateInferred: false,
      venues: ['Hanoi'],
    });
    expect(names(r)).toEqual({ VN: 'Nguyễn Chí Vịnh', IN: 'Sanjay Mitra' });
    expect(r.topics).toEqual(
      expect.arrayContaining([
        'training',
        'peacekeeping',
        'defence-industry',
        'cyber-security',
        'delegation-exchange',
        'maritime-security',
      ]),
    );
    expect(r.agreements).toEqual([
      expect.objectContaining({
        action: 'signed',
        original: expect.stringMatching(/^Bản ghi nhớ về hợp tác gìn giữ hòa bình/),
      }),
    ]);
    expect(round('IN', 'strategic-defence-dialogue', 11)).toMatchObject({ status: 'mentioned', date: '2017' });
  });

  it('Australia (English): third dialogue in Canberra on 27 November 2018, the fourth planned in Hanoi', () => {
    const r = round('AU', 'defence-policy-dialogue', 3);
    expect(r).toMatchObject({
      status: 'held',
      date: '2018-11-27',
      datePrecision: 'day',
      venues: ['Canberra'],
      format: 'in-person',
    });
    expect(names(r)).toEqual({ VN: 'Nguyen Chi Vinh', AU: 'Greg Moriarty' });
    expect(r.topics).toEqual(expect.arrayContaining(['peacekeeping', 'maritime-security', 'training', 'demining']));
    expect(r.agreements.map((a) => a.action)).toEqual(['signed']);
    expect(round('AU', 'defence-policy-dialogue', 4)).toMatchObject({ status: 'planned', venues: ['Hanoi'] });
  });

  it('Singapore: an event on 28 December reported on 5 January belongs to the year before (worked out: inferred)', () => {
    const r = round('SG', 'defence-policy-dialogue', 11);
    expect(r).toMatchObject({ date: '2019-12-28', datePrecision: 'day', dateInferred: true, venues: ['Singapore'] });
    expect(names(r)).toEqual({ VN: 'Hoàng Xuân Chiến', SG: 'Chan Heng Kee' });
    expect(r.topics).toEqual(
      expect.arrayContaining(['maritime-security', 'search-and-rescue', 'military-medicine', 'counter-terrorism']),
    );
    expect(round('SG', 'defence-policy-dialogue', 12)).toMatchObject({ status: 'planned', venues: ['Hanoi'] });
  });

  it('France: a real French partner is found, while "biện pháp" and "pháp luật" in the same text are not France', () => {
    const r = round('FR', 'defence-consultation', 5);
    expect(r).toMatchObject({ status: 'held', date: '2021-06-15', format: 'online', venues: ['Hanoi', 'Paris'] });
    expect(names(r)).toEqual({ VN: 'Hoàng Xuân Chiến', FR: 'Isabelle Saurat' });
    expect(r.agreements).toEqual([expect.objectContaining({ action: 'adopted' })]);
  });

  it("Russia: no date line, the year comes from the page's other headlines and is marked inferred; a courtesy call is not a co-chair", () => {
    const r = round('RU', 'strategic-defence-dialogue', 6);
    expect(r).toMatchObject({ date: '2023-11-21', datePrecision: 'day', dateInferred: true, venues: ['Moscow'] });
    expect(names(r)).toEqual({ VN: 'Hoàng Xuân Chiến', RU: 'Alexander Fomin' });
  });

  it('New Zealand: host who invited and delegation head are the co-chairs; the minister who received them is not; "Đức" in "đạo đức" and the furniture are not Germany', () => {
    const r = round('NZ', 'defence-policy-dialogue', 3);
    expect(r).toMatchObject({ date: '2022-04-11', venues: ['Vietnam'] });
    expect(names(r)).toEqual({ VN: 'Hoàng Xuân Chiến', NZ: 'Andrew Bridgman' });
    expect(r.topics).toEqual(
      expect.arrayContaining(['humanitarian-assistance-disaster-relief', 'peacekeeping', 'training']),
    );
    expect(table.rounds.some((x) => x.partner === 'DE')).toBe(false);
  });

  it('United States (English): the 10th defence policy dialogue, and the Shangri-La Dialogue is not a bilateral round', () => {
    const r = round('US', 'defence-policy-dialogue', 10);
    expect(r).toMatchObject({ date: '2019-10-07', venues: ['Washington DC'] });
    expect(names(r)).toEqual({ VN: 'Nguyen Chi Vinh', US: 'Randall Schriver' });
    expect(r.topics).toEqual(
      expect.arrayContaining([
        'agent-orange-dioxin',
        'war-legacy-mia',
        'humanitarian-assistance-disaster-relief',
        'south-china-sea',
        'maritime-security',
        'peacekeeping',
      ]),
    );
    expect(table.rounds.filter((x) => x.round === 18)).toEqual([]);
  });

  it('Indonesia (NFD text, CRLF, "ngày 2 tháng 2 năm 2018" date line): a working group\'s 8th meeting is not a round', () => {
    const r = round('ID', 'defence-consultation', 2);
    expect(r).toMatchObject({ date: '2018-02-01', venues: ['Jakarta'] });
    expect(names(r)).toEqual({ VN: 'Vũ Chiến Thắng', ID: 'Hartind Asrin' });
    expect(table.rounds.filter((x) => x.partner === 'ID').map((x) => x.round)).toEqual([2]);
  });
});
