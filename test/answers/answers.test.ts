// The answers of issue "Answers", pinned on the seeds: every fact traceable, no date more precise than its record.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerAbout,
  answerDialogue,
  answerPartners,
  answerQuestion,
  answerSearch,
  answerSource,
  answerTimeline,
  answerTopic,
  suggestArticles,
  suggestPartners,
  suggestRounds,
  suggestTopics,
  type Library,
} from '../../src/answers/index.js';
import { libraryOf } from '../helpers/library.js';

let lib: Library;
const en = { lang: 'en' as const };
const vi = { lang: 'vi' as const };
const text = (a: unknown) => JSON.stringify(a);
beforeAll(async () => {
  lib = await libraryOf('seeds');
});

describe('dialogue', () => {
  it('canada: the summary, the round with co-chairs, and source excerpts', () => {
    const a = answerDialogue(lib, { partner: 'canada' }, en);
    expect(a.ok).toBe(true);
    expect(a.summary).toMatch(
      /^On record, Vietnam and Canada have held 1 defence policy dialogue \(the 1st on 23 July 2021, online between Hanoi and Ottawa\)/,
    );
    expect(a.sections[0]!.entries[0]!.fields.map((f) => f.value).join(' ')).toMatch(/Hoàng Xuân Chiến.*Jody Thomas/);
    expect(a.excerpts.length).toBeGreaterThanOrEqual(2);
    expect(a.excerpts[0]!.citation).toMatchObject({ article: '000_064f160b2ba67829', outlet: 'mod.gov.vn' });
    expect(text(a.sections[1])).toMatch(/Memorandum of understanding/);
    expect(text(a.sections[1])).toMatch(/7 July 2021/);
  });
  it.each(['canda', 'CANADA', 'Ca-na-đa', 'ca na da'])('"%s" is Canada', (typed) => {
    expect(answerDialogue(lib, { partner: typed }, en).title).toMatch(/Canada/);
  });
  it('japan --round latest: the 4th, 29 November 2016, Tokyo, Nguyễn Chí Vịnh and Ro Manabe', () => {
    const a = answerDialogue(lib, { partner: 'nhat ban', round: 'latest' }, en);
    expect(a.sections[0]!.entries).toHaveLength(1);
    const entry = a.sections[0]!.entries[0]!;
    expect(entry.heading).toMatch(/^4th Defence Policy Dialogue — 29 November 2016/);
    expect(text(entry)).toMatch(/Tokyo/);
    expect(text(entry)).toMatch(/Nguyễn Chí Vịnh.*Ro Manabe/);
  });
  it('japan --round 2: month precision, never a day', () => {
    const entry = answerDialogue(lib, { partner: 'japan', round: '2' }, en).sections[0]!.entries[0]!;
    expect(entry.heading).toBe('2nd Defence Policy Dialogue — August 2013 (inferred)');
    expect(entry.date).toMatchObject({ iso: '2013-08', precision: 'month', inferred: true });
  });
  it('korea: the 8th (2019, mentioned) and the 9th (16 September 2021)', () => {
    const a = answerDialogue(lib, { partner: 'korea' }, en);
    const headings = a.sections[0]!.entries.map((e) => e.heading);
    expect(headings).toEqual([
      '8th Defence Policy Dialogue — 2019 (mentioned in a later report)',
      '9th Defence Policy Dialogue — 16 September 2021',
    ]);
  });
  it('usa: the 9th political-security-defence dialogue and the planned 10th in Washington DC', () => {
    const a = answerDialogue(lib, { partner: 'USA' }, en);
    expect(a.sections[0]!.entries.map((e) => e.heading)).toEqual([
      '9th Political, Security and Defence Dialogue — on or before 1 February 2018 (inferred)',
      '10th Political, Security and Defence Dialogue — unknown (planned)',
    ]);
    expect(a.summary).toMatch(/10th .* is planned in Washington DC/);
    expect(answerDialogue(lib, { partner: 'Hoa Kỳ' }, en).title).toBe(a.title);
  });
  it('france: none on record, said without error', () => {
    const a = answerDialogue(lib, { partner: 'france' }, en);
    expect(a.ok).toBe(true);
    expect(a.summary).toMatch(/no dialogue with France on record in this corpus/);
    expect(a.summary).toMatch(/not absence from history/);
  });
  it('an unknown partner: not found, with the closest partners only when a name begins as typed', () => {
    const a = answerDialogue(lib, { partner: 'Atlantis' }, en);
    expect(a).toMatchObject({ ok: false, kind: 'not-found' });
    expect(a.summary).toMatch(/No dialogue with “Atlantis” on record in this corpus/);
    expect(a.hints).toEqual([]);
    expect(answerDialogue(lib, { partner: 'asdfgh' }, en).hints).toEqual([]);
    expect(answerDialogue(lib, { partner: 'Koria' }, en).hints[0]).toMatch(/^Closest partners: .*South Korea/);
  });
  it('Vietnamese labels, dates and summary', () => {
    const a = answerDialogue(lib, { partner: 'canada' }, vi);
    expect(a.summary).toMatch(
      /^Việt Nam và Canada đã tổ chức 1 phiên Đối thoại Chính sách Quốc phòng \(lần thứ nhất ngày 23\/7\/2021/,
    );
    expect(a.sections[0]!.title).toBe('Các phiên');
  });
  it('every excerpt quotes its passage', () => {
    for (const partner of ['canada', 'korea', 'japan', 'usa']) {
      for (const e of answerDialogue(lib, { partner }, en).excerpts)
        expect(lib.articles.get(e.citation.article)?.passages.find((p) => p.id === e.citation.passage)?.text).toContain(
          e.text,
        );
    }
  });
});

describe('topic', () => {
  it('demining: South Korea (9th, 2021), Japan (4th, 2016 and 2nd, 2013), the United States (9th, 2018), not Canada', () => {
    const a = answerTopic(lib, { topic: 'demining' }, en);
    // One sentence over all of them (count, latest, first); the rounds are the entries, not repeated in it.
    expect(a.summary).toMatch(
      /^Demining and unexploded ordnance came up in 4 rounds with 3 partners, most recently with South Korea \(9th Defence Policy Dialogue, 16 September 2021\); the first on record was with Japan \(2nd Defence Policy Dialogue, August 2013/,
    );
    expect(a.sections[0]!.entries.map((e) => e.heading)).toEqual([
      expect.stringMatching(/Japan — 4th Defence Policy Dialogue — 29 November 2016/),
      expect.stringMatching(/Japan — 2nd Defence Policy Dialogue — August 2013/),
      expect.stringMatching(/South Korea — 9th Defence Policy Dialogue — 16 September 2021/),
      expect.stringMatching(/United States — 9th Political, Security and Defence Dialogue/),
    ]);
    expect(text(a)).not.toMatch(/Canada/);
    expect(a.excerpts).toHaveLength(4);
    for (const e of a.excerpts) expect(e.text).toMatch(/bom|mìn/);
  });
  it.each(['landmines', 'rà phá bom mìn', 'ra pha bom min', 'UXO'])('"%s" is demining', (typed) => {
    expect(answerTopic(lib, { topic: typed }, en).title).toBe('Topic: Demining and unexploded ordnance');
  });
  it('agent orange and peacekeeping resolve; free words fall back to a passage search', () => {
    expect(answerTopic(lib, { topic: 'agent orange' }, en).title).toMatch(/Agent Orange/);
    const peacekeeping = answerTopic(lib, { topic: 'peacekeeping' }, en);
    expect(peacekeeping.summary).toMatch(/^UN peacekeeping came up in 5 rounds with 4 partners/);
    expect(peacekeeping.sections[0]!.entries.map((e) => e.heading).join(' ')).toMatch(/Canada/);
    expect(answerTopic(lib, { topic: 'Sojitz' }, en).kind).toBe('search');
  });
});

describe('timeline, search, source, partners, about', () => {
  it('timeline canada: the 2019 MOU, the July 2021 consultation and the round, in order', () => {
    const entries = answerTimeline(lib, { partner: 'canada' }, en).sections[0]!.entries.map((e) => e.heading);
    expect(entries[0]).toMatch(/^2019 — Memorandum of understanding/);
    expect(entries.findIndex((h) => h.startsWith('7 July 2021'))).toBeLessThan(
      entries.findIndex((h) => h.startsWith('1st')),
    );
  });
  it('the whole corpus timeline holds the Mattis visit in 2018 and every round', () => {
    const a = answerTimeline(lib, {}, en);
    expect(text(a)).toMatch(/2018 — United States: Visit to Vietnam by .*James Mattis/);
    expect(a.timeline!.filter((p) => p.status !== 'event').length).toBe(lib.knowledge.rounds.length);
  });
  it('timeline --topic demining shows rounds only', () => {
    const a = answerTimeline(lib, { topic: 'demining' }, en);
    expect(a.sections[0]!.entries).toHaveLength(4);
  });
  it('search understands English topic words', () => {
    const a = answerSearch(lib, { query: 'landmines' }, en);
    expect(a.ok).toBe(true);
    expect(a.excerpts[0]!.text).toMatch(/bom/);
  });
  it('source with a passage shows it with its neighbours', () => {
    const a = answerSource(lib, { article: '003_17f2a32df134652f', passage: 11 }, en);
    expect(a.sections[1]!.entries.map((e) => e.heading)).toEqual([
      '003_17f2a32df134652f#10',
      '003_17f2a32df134652f#11 ◀',
    ]);
    expect(answerSource(lib, { article: '../../etc/passwd' }, en).ok).toBe(false);
  });
  it('partners and about', () => {
    expect(answerPartners(lib, {}, en).sections[0]!.entries.map((e) => e.heading.replace(/^\S+ /, ''))).toEqual([
      'Japan',
      'Canada',
      'South Korea',
      'United States',
    ]);
    expect(answerAbout(lib, {}, en).summary).toMatch(
      /^5 articles published 1 February 2018 – 17 September 2021, from 5 outlets\.$/,
    );
  });
});

describe('ask in words', () => {
  it.each([
    ['what was the latest round with Japan?', 'dialogue', /^4th Defence Policy Dialogue/],
    ['latest japan', 'dialogue', /^4th/],
    ['phiên gần nhất với Nhật Bản', 'dialogue', /lần thứ 4/],
    ['demining', 'topic', /Japan/],
    ['korea', 'dialogue', /^8th/],
    ['timeline of canada', 'timeline', /2019/],
    ['which partners are on record?', 'partners', /Japan/],
    ['Sojitz', 'search', /Sojitz/],
  ])('%s → %s', (question, kind, first) => {
    const a = answerQuestion(lib, { question }, en);
    expect(a.kind).toBe(kind);
    expect(a.sections[0]!.entries[0]!.heading + (a.sections[0]!.entries[0]!.text ?? '')).toMatch(first);
  });
});

describe('autocomplete', () => {
  it('partners without diacritics, at most 25, names within 100 characters', () => {
    expect(suggestPartners(lib, 'nhat')[0]).toMatchObject({ value: 'JP' });
    expect(suggestPartners(lib, '').length).toBeLessThanOrEqual(25);
    expect(suggestPartners(lib, '')[0]!.name).toMatch(/Japan/);
    for (const c of [...suggestPartners(lib, 'a'), ...suggestTopics(lib, ''), ...suggestArticles(lib, '')])
      expect(c.name.length).toBeLessThanOrEqual(100);
  });
  it('rounds and articles', () => {
    expect(suggestRounds(lib, 'japan', '').map((c) => c.value)).toEqual([
      'latest',
      'all',
      'defence-policy-dialogue:2',
      'defence-policy-dialogue:4',
    ]);
    expect(suggestArticles(lib, '003')[0]!.value).toBe('003_17f2a32df134652f');
    expect(suggestTopics(lib, 'bom')[0]!.value).toBe('demining');
  });
});
