// The acceptance table of issue "Knowledge", pinned on the five seed articles.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeTable, RoundRecord } from '../../src/knowledge/index.js';
import { libraryOf } from '../helpers/library.js';

let table: KnowledgeTable;
beforeAll(async () => {
  table = (await libraryOf('seeds')).knowledge;
});

function round(partner: string, mechanism: string, n: number): RoundRecord {
  const found = table.rounds.find((r) => r.partner === partner && r.mechanism === mechanism && r.round === n);
  if (!found) throw new Error(`no ${partner} ${mechanism} ${n} in ${table.rounds.map((r) => r.id).join(', ')}`);
  return found;
}
const names = (r: RoundRecord, side: string) => r.coChairs.filter((c) => c.side === side).map((c) => c.name);

describe('Canada, 1st defence policy dialogue', () => {
  it('is held on 23 July 2021, online between Hanoi and Ottawa', () => {
    const r = round('CA', 'defence-policy-dialogue', 1);
    expect(r).toMatchObject({
      id: 'ca-defence-policy-dialogue-1',
      status: 'held',
      date: '2021-07-23',
      datePrecision: 'day',
      dateInferred: false,
      format: 'online',
    });
    expect(r.venues).toEqual(['Hanoi', 'Ottawa']);
  });
  it('is co-chaired by Hoàng Xuân Chiến and Jody Thomas, with titles and rank', () => {
    const r = round('CA', 'defence-policy-dialogue', 1);
    expect(names(r, 'VN')).toEqual(['Hoàng Xuân Chiến']);
    expect(names(r, 'CA')).toEqual(['Jody Thomas']);
    const vn = r.coChairs.find((c) => c.side === 'VN')!;
    expect(vn.rank).toBe('Senior Lieutenant General');
    expect(vn.title).toBe('Deputy Minister of National Defence');
  });
  it('has its topics and documents, each with the sentence it came from', () => {
    const r = round('CA', 'defence-policy-dialogue', 1);
    expect(r.topics).toEqual(expect.arrayContaining(['covid-19', 'maritime-security', 'peacekeeping', 'training']));
    expect(r.topics).not.toContain('demining');
    expect(r.agreements.map((a) => a.action).sort()).toEqual(['adopted', 'signed']);
    expect(r.agreements.find((a) => a.action === 'adopted')!.original).toMatch(
      /Kế hoạch hợp tác Quốc phòng 3 năm giai đoạn 2021-2023/,
    );
    expect(r.agreements.find((a) => a.action === 'signed')!.original).toMatch(/^Biên bản/);
    expect(r.agreements.map((a) => a.name)).toEqual([
      '3-year defence cooperation plan 2021–2023',
      'Minutes of the Defence Policy Dialogue',
    ]);
    for (const key of ['date', 'venues', 'coChairs', 'agreements', 'topics:peacekeeping']) {
      for (const e of r.evidence[key] ?? []) expect(e.quote.length).toBeGreaterThan(10);
      expect(r.evidence[key]?.length, key).toBeGreaterThan(0);
    }
    expect(r.evidence['topics:peacekeeping']![0]!.quote).toMatch(/gìn giữ hoà bình/);
  });
  it('its timeline holds the 2019 MOU and the 7 July 2021 defence consultation', () => {
    const events = table.events.filter((e) => e.partner === 'CA');
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'agreement', date: '2019', datePrecision: 'year' }),
        expect.objectContaining({ kind: 'consultation', date: '2021-07-07', datePrecision: 'day' }),
      ]),
    );
  });
});

describe('South Korea', () => {
  it('9th round: 16 September 2021 in Vietnam, Hoàng Xuân Chiến / Park Jae Min, not the minister who received the delegation', () => {
    const r = round('KR', 'defence-policy-dialogue', 9);
    expect(r).toMatchObject({
      status: 'held',
      date: '2021-09-16',
      datePrecision: 'day',
      dateInferred: false,
      format: 'in-person',
    });
    expect(r.venues.join(' ')).toMatch(/Vietnam|Hanoi/);
    expect(names(r, 'VN')).toEqual(['Hoàng Xuân Chiến']);
    expect(names(r, 'KR')).toEqual(['Park Jae Min']);
    expect(r.coChairs.map((c) => c.name)).not.toContain('Phan Văn Giang');
    expect(r.topics).toEqual(
      expect.arrayContaining(['defence-industry', 'maritime-security', 'demining', 'peacekeeping', 'covid-19']),
    );
    expect(r.agreements).toEqual([]);
  });
  it('8th round is mentioned, 2019', () => {
    expect(round('KR', 'defence-policy-dialogue', 8)).toMatchObject({
      status: 'mentioned',
      date: '2019',
      datePrecision: 'year',
    });
  });
});

describe('Japan', () => {
  it('4th round: 29 November 2016 (year inferred from the page), Tokyo, Nguyễn Chí Vịnh / Ro Manabe', () => {
    const r = round('JP', 'defence-policy-dialogue', 4);
    expect(r).toMatchObject({
      status: 'held',
      date: '2016-11-29',
      datePrecision: 'day',
      dateInferred: true,
      venues: ['Tokyo'],
      format: 'in-person',
    });
    expect(names(r, 'VN')).toEqual(['Nguyễn Chí Vịnh']);
    expect(names(r, 'JP')).toEqual(['Ro Manabe']);
    expect(r.coChairs.map((c) => c.name)).not.toContain('Tomomi Inada');
    expect(r.topics).toEqual(
      expect.arrayContaining([
        'maritime-security',
        'naval-port-visits',
        'search-and-rescue',
        'demining',
        'agent-orange-dioxin',
        'defence-industry',
        'cyber-security',
        'peacekeeping',
      ]),
    );
    const signed = r.agreements.filter((a) => a.action === 'signed');
    expect(signed.map((a) => a.original)).toEqual([
      expect.stringMatching(/^Bản tham chiếu về hợp tác công nghiệp quốc phòng/),
    ]);
  });
  it('2nd round: August 2013, month precision, inferred (the day is garbled), in Japan, led by Nguyễn Chí Vịnh', () => {
    const r = round('JP', 'defence-policy-dialogue', 2);
    expect(r).toMatchObject({
      status: 'held',
      date: '2013-08',
      datePrecision: 'month',
      dateInferred: true,
      venues: ['Japan'],
      format: 'in-person',
    });
    expect(names(r, 'VN')).toEqual(['Nguyễn Chí Vịnh']);
    expect(r.coChairs.map((c) => c.name)).not.toContain('Itsunori Onodera');
    expect(r.topics).toEqual(
      expect.arrayContaining([
        'maritime-security',
        'non-proliferation',
        'peacekeeping',
        'demining',
        'agent-orange-dioxin',
        'defence-industry',
      ]),
    );
    expect(r.agreements).toEqual([]);
  });
});

describe('United States', () => {
  it('9th political-security-defence dialogue: on or before 1 February 2018, Hanoi, Hà Kim Ngọc / Tina Kaidanow', () => {
    const r = round('US', 'political-security-defence-dialogue', 9);
    expect(r).toMatchObject({
      status: 'held',
      date: '2018-02-01',
      datePrecision: 'day',
      dateInferred: true,
      dateOnOrBefore: true,
      venues: ['Hanoi'],
      format: 'in-person',
    });
    expect(names(r, 'VN')).toEqual(['Hà Kim Ngọc']);
    expect(names(r, 'US')).toEqual(['Tina Kaidanow']);
    expect(r.topics).toEqual(
      expect.arrayContaining([
        'agent-orange-dioxin',
        'demining',
        'war-legacy-mia',
        'south-china-sea',
        'maritime-security',
        'peacekeeping',
      ]),
    );
    expect(r.agreements).toEqual([]);
  });
  it('10th is planned in Washington DC', () => {
    expect(round('US', 'political-security-defence-dialogue', 10)).toMatchObject({
      status: 'planned',
      venues: ['Washington DC'],
    });
  });
  it('the Mattis visit early in 2018 is an event', () => {
    expect(
      table.events.some(
        (e) => e.partner === 'US' && e.kind === 'visit' && e.date === '2018' && /Mattis/.test(e.summary),
      ),
    ).toBe(true);
  });
});

describe('the whole table', () => {
  it('names no partner that the seeds mention only in passing or in furniture', () => {
    const partners = new Set(table.rounds.map((r) => r.partner));
    for (const code of ['FR', 'GB', 'DE', 'VN', 'CN', 'TH']) expect(partners.has(code), code).toBe(false);
    expect([...partners].sort()).toEqual(['CA', 'JP', 'KR', 'US']);
  });
  it('every fact points at a passage that exists and quotes it', async () => {
    const { corpus } = await libraryOf('seeds');
    const passages = new Map(corpus.articles.flatMap((a) => a.passages.map((p) => [p.id, p.text])));
    for (const r of table.rounds) {
      for (const list of Object.values(r.evidence)) {
        for (const e of list) {
          expect(passages.get(e.passage), `${r.id} ${e.passage}`).toContain(e.quote);
        }
      }
    }
  });
});
