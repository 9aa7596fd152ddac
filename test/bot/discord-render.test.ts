// The one place that enforces Discord's limits, tried with the largest answers we can build.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/types.js';
import { decodePageState, encodePageState } from '../../src/render/custom-id.js';
import { embedLength, renderAnswer } from '../../src/render/discord.js';
import { validateMessage } from '../fake-discord/validate.js';

const huge = (n: number, size: number): Answer => ({
  kind: 'timeline', lang: 'en', ok: true,
  title: `🇻🇳 ${'T'.repeat(400)} @everyone`,
  summary: `**bold** @everyone <@&123> ${'s'.repeat(10_000)}`,
  sections: [{ key: 's', title: 'Rounds', entries: Array.from({ length: n }, (_, i) => ({
    heading: `${i} ${'h'.repeat(size)}`,
    fields: [{ label: 'Date', value: 'v'.repeat(size) }, { label: 'Co-chairs', value: '😀'.repeat(size) }],
    text: `> quote ${'x'.repeat(size * 2)}`,
    evidence: [],
  })) }],
  excerpts: Array.from({ length: 40 }, (_, i) => ({ text: `${'e'.repeat(6000)} ${i}`, citation: { article: 'a', passage: `a#${i}`, title: 't', outlet: 'o'.repeat(300), published: null } })),
  hints: ['h'.repeat(3000)],
  footer: 'f'.repeat(3000),
});

function allPages(answer: Answer, view: 'answer' | 'sources') {
  const first = renderAnswer(answer, { page: 0, view, owner: '1', command: 'timeline', args: { partner: 'x'.repeat(300) } });
  return Array.from({ length: first.pageCount }, (_, page) => renderAnswer(answer, { page, view, owner: '123456789012345678', command: 'timeline', args: { partner: 'x'.repeat(300) } }));
}

describe('Discord limits', () => {
  it.each([[200, 50], [30, 3000], [1, 10], [0, 0]])('%i entries of size %i: every page and the sources fit', (n, size) => {
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
    const names = allPages(answer, 'answer').flatMap((m) => m.embeds[0]!.fields?.map((f) => f.name.split(' ')[0]) ?? []);
    expect(names).toEqual(Array.from({ length: 200 }, (_, i) => String(i)));
  });
  it('escapes markdown that comes from text; keeps the bold we put on a highlighted topic', () => {
    const answer = huge(1, 5);
    answer.sections[0]!.entries[0]!.fields = [{ label: 'Topics', value: 'Training, **Demining**' }];
    const m = renderAnswer({ ...answer, summary: 'a *b* _c_ **d** `e`' }, { page: 0, view: 'answer', owner: '1', command: 'x', args: {} });
    expect(m.embeds[0]!.description).toMatch(/^a \\\*b\\\* \\_c\\_ \\\*\\\*d\\\*\\\* \\`e\\`/);
    expect(m.embeds[0]!.fields![0]!.value).toContain('**Demining**');
  });
  it('custom ids round-trip within 100 characters, long arguments shortened', () => {
    const state = { command: 'search', page: 3, view: 'sources' as const, lang: 'vi' as const, owner: '123456789012345678', args: { query: 'gìn giữ hòa bình & bom mìn '.repeat(10) } };
    const id = encodePageState(state);
    expect(id.length).toBeLessThanOrEqual(97);
    const back = decodePageState(`${id}#n`)!;
    expect(back).toMatchObject({ command: 'search', page: 3, view: 'sources', lang: 'vi', owner: state.owner });
    expect(state.args.query.startsWith(back.args.query!)).toBe(true);
    expect(decodePageState('garbage')).toBeNull();
    expect(decodePageState('p1;x;-1;a;en;1;')).toBeNull();
  });
});
