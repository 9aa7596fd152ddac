// Property-based hostile input (fast-check, fixed seed): every answer function, both renderers and the CLI, with
// arbitrary strings and options. No throw, no payload over a Discord limit, no mention parsed, no path opened.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerDialogue,
  answerQuestion,
  answerSearch,
  answerSource,
  answerTimeline,
  answerTopic,
  suggestArticles,
  suggestPartners,
  suggestRounds,
  suggestTopics,
  type Answer,
  type Library,
} from '../../src/answers/index.js';
import { parseCli, UsageError, runCommand } from '../../src/cli/index.js';
import { renderAnswer } from '../../src/render/discord.js';
import { renderTerminal } from '../../src/render/index.js';
import { validateMessage } from '../fake-discord/validate.js';
import { libraryOf } from '../helpers/library.js';

const SEED = 20261125;
const RUNS = 1000;
let lib: Library;
let tried = 0;
beforeAll(async () => {
  lib = await libraryOf('seeds');
});
afterAll(() => {
  process.stdout.write(`chaos: tried ${tried} generated inputs across the entry points (seed ${SEED})\n`);
});

const HOSTILE = [
  '',
  ' ',
  '@everyone',
  '@here',
  '<@&123456789012345678>',
  '<@123456789012345678>',
  '**bold** _it_ `code` ||spoiler|| > quote',
  '../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\system32',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF x',
  'مرحبا بالعالم',
  '‮reversed',
  '😀'.repeat(500),
  'x'.repeat(6000),
  'canada'.repeat(1000),
  'Hoa Kỳ\n\n\t',
  '#'.repeat(300),
  '\u001b[31mred',
  'lần thứ 9',
  '9999999999999999999',
  '-1',
  'NaN',
  'latest',
  'all',
];
const text = () =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(...HOSTILE),
  );

function checkAnswer(answer: Answer) {
  expect(typeof answer.title).toBe('string');
  renderTerminal(answer);
  for (const view of ['answer', 'sources'] as const) {
    const first = renderAnswer(answer, {
      page: 0,
      view,
      owner: '123456789012345678',
      command: 'x',
      ref: { args: { q: answer.title } },
    });
    for (let page = 0; page < Math.min(first.pageCount, 3); page++) {
      const message =
        page === 0 ? first : renderAnswer(answer, { page, view, owner: '1', command: 'x', ref: { args: {} } });
      expect(validateMessage({ embeds: message.embeds, components: message.components as never })).toEqual([]);
      expect(message.allowedMentions).toEqual({ parse: [] });
    }
  }
}

const property = (name: string, arbitrary: fc.Arbitrary<unknown>, run: (value: never) => void) =>
  it(name, () => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        tried++;
        run(value as never);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

describe('hostile input to every entry point', () => {
  const lang = () => fc.constantFrom('en' as const, 'vi' as const);
  property('dialogue', fc.tuple(text(), text(), lang()), ([partner, round, l]: [string, string, 'en']) =>
    checkAnswer(answerDialogue(lib, { partner, round }, { lang: l })),
  );
  property('topic', fc.tuple(text(), lang()), ([topic, l]: [string, 'en']) =>
    checkAnswer(answerTopic(lib, { topic }, { lang: l })),
  );
  property(
    'timeline',
    fc.tuple(fc.option(text()), fc.option(text()), lang()),
    ([partner, topic, l]: [string | null, string | null, 'en']) =>
      checkAnswer(
        answerTimeline(
          lib,
          { ...(partner !== null ? { partner } : {}), ...(topic !== null ? { topic } : {}) },
          { lang: l },
        ),
      ),
  );
  property('search', fc.tuple(text(), lang()), ([query, l]: [string, 'en']) =>
    checkAnswer(answerSearch(lib, { query }, { lang: l })),
  );
  property(
    'source (never opens a path from user text)',
    fc.tuple(text(), fc.option(fc.integer())),
    ([article, passage]: [string, number | null]) => {
      const answer = answerSource(lib, { article, ...(passage !== null ? { passage } : {}) }, { lang: 'en' });
      if (answer.ok) expect(lib.articles.has(answer.sections[0]!.entries[0]!.fields[0]!.value)).toBe(true);
      checkAnswer(answer);
    },
  );
  property('ask in words', fc.tuple(text(), lang()), ([question, l]: [string, 'en']) =>
    checkAnswer(answerQuestion(lib, { question }, { lang: l })),
  );
  property('autocomplete', fc.tuple(text(), text()), ([a, b]: [string, string]) => {
    for (const choices of [
      suggestPartners(lib, a),
      suggestTopics(lib, a),
      suggestArticles(lib, a),
      suggestRounds(lib, a, b),
    ]) {
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });
  property(
    'CLI: an answer or a one-line usage error (exit 2)',
    fc.array(
      fc.oneof(
        text(),
        fc.constantFrom(
          '--json',
          '--lang',
          'vi',
          'fr',
          '--round',
          '--passage',
          '--limit',
          'search',
          'dialogue',
          'source',
          'export',
          '--format',
          'csv',
          'timeline',
          '--topic',
        ),
      ),
      { maxLength: 6 },
    ),
    (argv: string[]) => {
      try {
        const args = parseCli(argv);
        if (args.corpus) return; // a corpus folder is the one path a user names, on purpose
        const result = runCommand(lib, args);
        if ('usage' in result) expect(result.usage.split('\n')).toHaveLength(1);
        else expect(typeof result.output).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        expect((error as Error).message.split('\n')).toHaveLength(1);
      }
    },
  );
});

describe('article text that holds mentions or markdown', () => {
  it('cannot ping or break the layout', () => {
    const answer = answerSearch(lib, { query: 'bom mìn' }, { lang: 'en' });
    const hostile: Answer = {
      ...answer,
      excerpts: answer.excerpts.map((e) => ({ ...e, text: `@everyone <@&1> **${e.text}** \`\`\`` })),
    };
    const message = renderAnswer(hostile, {
      page: 0,
      view: 'sources',
      owner: '1',
      command: 'search',
      ref: { args: { query: 'bom mìn' } },
    });
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.embeds[0]!.fields![0]!.value).toContain('\\*\\*');
    expect(message.embeds[0]!.fields![0]!.value).toContain('\\`\\`\\`');
  });
});
