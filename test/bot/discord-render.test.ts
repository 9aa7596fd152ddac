// The one place that enforces Discord's limits, tried with the largest answers we can build.
import { describe, expect, it } from 'vitest';
import { type Answer, type Entry, formatDate } from '../../src/answers/index.js';
import { decodePageState, encodePageState, fitsInline } from '../../src/render/index.js';
import type { HistDate } from '../../src/corpus/index.js';
import { embedLength, renderAnswer } from '../../src/render/discord.js';
import { validateMessage } from '../fake-discord/validate.js';

const huge = (n: number, size: number): Answer => ({
  kind: 'topic',
  lang: 'en',
  ok: true,
  title: `🇻🇳 ${'T'.repeat(400)} @everyone`,
  summary: `**bold** @everyone <@&123> ${'s'.repeat(10_000)}`,
  sections: [
    {
      key: 's',
      title: 'Rounds',
      entries: Array.from({ length: n }, (_, i) => ({
        heading: `${i} ${'h'.repeat(size)}`,
        fields: [
          { label: 'Date', value: 'v'.repeat(size) },
          { label: 'Co-chairs', value: '😀'.repeat(size) },
        ],
        text: `> quote ${'x'.repeat(size * 2)}`,
        evidence: [],
      })),
    },
  ],
  excerpts: Array.from({ length: 40 }, (_, i) => ({
    text: `${'e'.repeat(6000)} ${i}`,
    citation: { article: 'a', passage: `a#${i}`, title: 't', outlet: 'o'.repeat(300), published: null },
  })),
  hints: ['h'.repeat(3000)],
  footer: 'f'.repeat(3000),
});

function allPages(answer: Answer, view: 'answer' | 'sources') {
  const first = renderAnswer(answer, {
    page: 0,
    view,
    owner: '1',
    command: 'timeline',
    ref: { key: 'k1' },
  });
  return Array.from({ length: first.pageCount }, (_, page) =>
    renderAnswer(answer, {
      page,
      view,
      owner: '123456789012345678',
      command: 'timeline',
      ref: { key: 'k1' },
    }),
  );
}

describe('Discord limits', () => {
  it.each([
    [200, 50],
    [30, 3000],
    [1, 10],
    [0, 0],
  ])('%i entries of size %i: every page and the sources fit', (n, size) => {
    for (const view of ['answer', 'sources'] as const) {
      for (const message of allPages(huge(n, size), view)) {
        expect(validateMessage({ embeds: message.embeds, components: message.components as never })).toEqual([]);
        expect(embedLength(message.embeds)).toBeLessThanOrEqual(6000);
        expect(message.allowedMentions).toEqual({ parse: [] });
      }
    }
  });
  it('pages carry every entry exactly once', () => {
    const answer = huge(200, 50);
    const names = allPages(answer, 'answer').flatMap(
      (m) => m.embeds[0]!.fields?.map((f) => f.name.split(' ')[0]) ?? [],
    );
    expect(names).toEqual(Array.from({ length: 200 }, (_, i) => String(i)));
  });
  it('escapes markdown that comes from text; keeps the bold we put on a highlighted topic', () => {
    const answer = huge(1, 5);
    answer.sections[0]!.entries[0]!.fields = [{ label: 'Topics', value: 'Training, **Demining**' }];
    const m = renderAnswer(
      { ...answer, summary: 'a *b* _c_ **d** `e`' },
      { page: 0, view: 'answer', owner: '1', command: 'x', ref: { args: {} } },
    );
    expect(m.embeds[0]!.description).toMatch(/^a \\\*b\\\* \\_c\\_ \\\*\\\*d\\\*\\\* \\`e\\`/);
    expect(m.embeds[0]!.fields![0]!.value).toContain('**Demining**');
  });
  it('custom ids round-trip raw Unicode within 100 characters; what does not fit goes by key', () => {
    const state = {
      command: 'search',
      page: 3,
      from: 1,
      view: 'sources' as const,
      lang: 'vi' as const,
      owner: '123456789012345678',
      ref: { args: { query: 'gìn giữ hòa bình & bom=mìn 100%' } },
    };
    expect(fitsInline('search', state.ref.args)).toBe(true);
    const id = encodePageState(state);
    expect(id).toContain('gìn giữ hòa bình');
    expect(id.length).toBeLessThanOrEqual(98);
    expect(decodePageState(`${id}#n`)).toEqual(state);
    expect(fitsInline('ask', { question: 'Ai đồng chủ trì đối thoại quốc phòng với Canada '.repeat(4) })).toBe(false);
    expect(decodePageState(encodePageState({ ...state, ref: { key: 'AbC_12-x' } }))!.ref).toEqual({ key: 'AbC_12-x' });
    expect(decodePageState('garbage')).toBeNull();
    expect(decodePageState('p2;x;-1;0;a;en;1;=')).toBeNull();
    expect(decodePageState('p1;about;1;a;en;1;')).toBeNull();
  });
});

const small = (over: Partial<Answer> = {}): Answer => ({
  kind: 'dialogue',
  lang: 'en',
  ok: true,
  title: 'Vietnam – Canada',
  summary: 'One round.',
  sections: [],
  excerpts: [],
  hints: [],
  footer: '5 articles',
  ...over,
});
const ctxFor = (args: Record<string, string>, extra = {}) => ({
  page: 0,
  view: 'answer' as const,
  owner: '123456789012345678',
  command: 'search',
  ref: { args },
  ...extra,
});
describe('Discord answers', () => {
  it('Next, Sources and Back: Back returns to the page Sources was opened from', () => {
    const answer = huge(60, 50);
    const second = renderAnswer(answer, ctxFor({ query: 'bom mìn' }, { page: 1 }));
    const ids = (second.components[0]!.components as { custom_id: string; label: string }[]).map((b) =>
      decodePageState(b.custom_id),
    );
    expect(ids.map((s) => [s!.view, s!.page, s!.from])).toEqual([
      ['answer', 0, 1],
      ['answer', 2, 1],
      ['sources', 0, 1],
    ]);
    const sources = renderAnswer(answer, ctxFor({ query: 'bom mìn' }, { view: 'sources', page: 0, from: 1 }));
    const back = (sources.components[0]!.components as { custom_id: string; label: string }[]).find((b) =>
      /Back/.test(b.label),
    )!;
    expect(decodePageState(back.custom_id)).toMatchObject({
      view: 'answer',
      page: 1,
      ref: { args: { query: 'bom mìn' } },
    });
  });
  it("the partner's flag leads the title once", () => {
    expect(renderAnswer(small({ flag: '🇨🇦' }), ctxFor({})).embeds[0]!.title).toBe('🇨🇦 Vietnam – Canada');
    expect(renderAnswer(small({ flag: '🇨🇦', title: '🇨🇦 Vietnam – Canada' }), ctxFor({})).embeds[0]!.title).toBe(
      '🇨🇦 Vietnam – Canada',
    );
  });
  it('a source is quoted line by line, then cited by outlet and date (no hash id), linked when its address is known', () => {
    const published: HistDate = { iso: '2021-07-26', precision: 'day', inferred: false };
    const answer = small({
      excerpts: [
        {
          text: 'Hai bên đồng chủ trì.\nDòng hai *đậm*',
          citation: { article: '000_x', passage: '000_x#5', title: 'Đối thoại', outlet: 'mod.gov.vn', published },
        },
      ],
    });
    const field = renderAnswer(answer, ctxFor({}, { view: 'sources' })).embeds[0]!.fields![0]!;
    expect(field.name).toBe('Đối thoại');
    expect(field.value).toBe('> Hai bên đồng chủ trì.\n> Dòng hai \\*đậm\\*\n— mod.gov.vn · 26 July 2021');
    answer.excerpts[0]!.citation.url = 'https://mod.gov.vn/a/1';
    const linked = renderAnswer(answer, ctxFor({}, { view: 'sources' })).embeds[0]!.fields![0]!;
    expect(linked.value).toMatch(/\n— \[mod\.gov\.vn · 26 July 2021\]\(https:\/\/mod\.gov\.vn\/a\/1\)$/);
  });
  it('search matches are bold, and the rest of the passage is escaped', () => {
    const answer = small({
      kind: 'search',
      sections: [
        {
          key: 'passages',
          title: 'Passages',
          entries: [
            { heading: 'h', fields: [], text: 'rà phá *bom mìn* ở Quảng Trị', marks: ['bom mìn'], evidence: [] },
          ],
        },
      ],
    });
    expect(renderAnswer(answer, ctxFor({})).embeds[0]!.fields![0]!.value).toBe(
      '>>> rà phá \\***bom mìn**\\* ở Quảng Trị',
    );
  });
  it('an article’s address is a link that opens, not escaped text', () => {
    const url = 'https://example.org/a_b/c_d';
    const entries = [{ heading: 'h', fields: [{ key: 'url', label: 'Link', value: url }], evidence: [] }];
    const m = renderAnswer(
      small({ kind: 'source', sections: [{ key: 'metadata', title: 'Article', entries }] }),
      ctxFor({}),
    );
    expect(m.embeds[0]!.fields![0]!.value).toBe(`**Link**: [example.org](${url})`);
  });
  it('bidirectional overrides in article or user text never reach a message', () => {
    const m = renderAnswer(small({ title: 'Canada\u202Eadanac', summary: 'a\u2066b\u200Fc' }), ctxFor({}));
    expect(m.embeds[0]!.title).toBe('Canadaadanac');
    expect(m.embeds[0]!.description).toBe('abc');
  });
  it('uses a Discord timestamp only for a day the record states', () => {
    const stated: HistDate = { iso: '2021-07-23', precision: 'day', inferred: false };
    const inferred: HistDate = { ...stated, inferred: true };
    const month: HistDate = { iso: '2021-07', precision: 'month', inferred: false };
    const values = [stated, inferred, month].map(
      (date) =>
        renderAnswer(
          small({
            sections: [
              {
                key: 'rounds',
                title: 'Rounds',
                entries: [
                  { heading: '1st', date, fields: [{ label: 'Date', value: formatDate(date, 'en') }], evidence: [] },
                ],
              },
            ],
          }),
          ctxFor({}),
        ).embeds[0]!.fields![0]!.value,
    );
    expect(values[0]).toBe(`**Date**: <t:${Date.UTC(2021, 6, 23, 12) / 1000}:D>`);
    expect(values[1]).toBe(`**Date**: ${formatDate(inferred, 'en')}`);
    expect(values[2]).toBe(`**Date**: ${formatDate(month, 'en')}`);
  });
  it('not found: a notice only the asker sees, with its hints, and no buttons', () => {
    const m = renderAnswer(
      small({
        ok: false,
        kind: 'not-found',
        title: 'No partner "Atlantis"',
        summary: 'Nothing on record.',
        hints: ['Closest partners: Canada'],
      }),
      ctxFor({}),
    );
    expect(m.flags).toBe(64);
    expect(m.components).toEqual([]);
    expect(m.embeds[0]!.description).toMatch(/› Closest partners: Canada/);
  });
});

describe('long lists', () => {
  const dated = (i: number): Entry => ({
    heading: `Partner ${i}: ${i}th Defence Policy Dialogue — ${2000 + Math.floor(i / 4)}`,
    date: { iso: `${2000 + Math.floor(i / 4)}-01-01`, precision: 'day', inferred: false },
    fields: [{ key: 'venue', label: 'Venue', value: 'Hanoi' }],
    text: 'A quoted sentence that stays behind Sources.',
    evidence: [],
  });
  const timeline = small({
    kind: 'timeline',
    sections: [{ key: 'timeline', title: 'Timeline', entries: Array.from({ length: 80 }, (_, i) => dated(i)) }],
    jump: {
      arg: 'partner',
      placeholder: 'Jump to a partner…',
      options: [
        { label: 'Japan', value: 'JP' },
        { label: 'Laos', value: 'LA' },
      ],
    },
  });
  it('a timeline is one line per entry under its year, without quotes, with a period menu and a partner menu', () => {
    const m = renderAnswer(timeline, ctxFor({}, { command: 'timeline' }));
    const fields = m.embeds[0]!.fields!;
    expect(fields[0]).toEqual({
      name: '2000',
      value: Array.from({ length: 4 }, (_, i) => `• Partner ${i}: ${i}th Defence Policy Dialogue — 2000 · Hanoi`).join(
        '\n',
      ),
    });
    expect(JSON.stringify(m.embeds)).not.toContain('quoted sentence');
    expect(m.pageCount).toBeGreaterThan(2);
    const menus = m.components
      .slice(1)
      .map((row) => row.components[0] as { custom_id: string; options: { label: string; value: string }[] });
    expect(menus.map((menu) => menu.custom_id.slice(-2))).toEqual(['#a', '#j']);
    expect(menus[0]!.options.map((o) => o.value)).toEqual(['JP', 'LA']);
    // Each period option names the years of its page and jumps there.
    const period = menus[1]!.options;
    expect(period[0]).toMatchObject({ label: expect.stringMatching(/^2000 – 20\d\d$/), value: '0' });
    const third = renderAnswer(timeline, ctxFor({}, { command: 'timeline', page: Number(period[2]!.value) }));
    expect(third.embeds[0]!.fields![0]!.name).toBe(period[2]!.label.split(' – ')[0]);
    expect(validateMessage({ embeds: m.embeds, components: m.components as never })).toEqual([]);
  });
  it('pages hold about 1,500 characters of answer', () => {
    const topic = small({
      kind: 'topic',
      sections: [{ key: 'rounds', title: 'Rounds', entries: Array.from({ length: 40 }, (_, i) => dated(i)) }],
    });
    const { pageCount } = renderAnswer(topic, ctxFor({}));
    for (let page = 0; page < pageCount; page++)
      expect(embedLength(renderAnswer(topic, ctxFor({}, { page })).embeds)).toBeLessThanOrEqual(1700);
  });
});
