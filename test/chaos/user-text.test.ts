// User text made well-formed at the edge: lone surrogates answer instead of throwing, invisible controls are not echoed
// publicly, a token a user types never reaches the log, and the custom-id encoder is total and linear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactSecrets, cleanUserText } from '../../src/bot/index.js';
import { decodePageState, encodePageState, fitsInline } from '../../src/render/index.js';
import { startBot, type BotProcess } from '../bot/bot-process.js';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.js';

const LONE = '\uD800';
const state = (args: Record<string, string>) =>
  ({ command: 'search', page: 1, from: 0, view: 'answer', lang: 'en', owner: '42', ref: { args } }) as const;

describe('the custom-id encoder', () => {
  it('encodes a lone surrogate (as U+FFFD) and decodes what it encoded', () => {
    const id = encodePageState(state({ query: `bom ${LONE}mìn\uDFFF` }));
    expect(id.length).toBeLessThanOrEqual(98);
    const back = decodePageState(id)!.ref;
    expect('args' in back && back.args.query).toBe('bom \uFFFDmìn\uFFFD');
  });
  it('is linear: arguments of 500,000 characters are judged too long at once, never cut', () => {
    expect(fitsInline('search', { query: 'ệ'.repeat(500_000), topic: 'x'.repeat(200_000) })).toBe(false);
  });
});

describe('text at the edge', () => {
  it('drops bidirectional and zero-width controls and mends lone surrogates', () => {
    expect(cleanUserText(`\u202Eevil\u202C na\u200Bme ${LONE}`)).toBe('evil name \uFFFD');
  });
  it('masks a Discord token a user typed, wherever it sits in a log record', () => {
    const typed = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';
    const record = { options: { query: `my token ${typed} oops` }, list: [typed] };
    expect(JSON.stringify(redactSecrets(record))).not.toContain(typed);
    expect(record.options.query).toContain(typed); // the original is not changed
  });
});

describe('the bot, given hostile text in every option', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatInterval: 1000 });
    bot = startBot(fake, { CACHE_FILE: 'off' });
    await bot.waitForLog(/"msg":"ready"/);
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  const text = (v: unknown) => JSON.stringify(v);
  const hostile = `can${LONE}ada \u202Egnp.live\u202C`;
  const commands: [string, { name: string; value: string | number }[]][] = [
    [
      'dialogue',
      [
        { name: 'partner', value: hostile },
        { name: 'round', value: hostile },
      ],
    ],
    ['topic', [{ name: 'topic', value: hostile }]],
    [
      'timeline',
      [
        { name: 'partner', value: hostile },
        { name: 'topic', value: hostile },
      ],
    ],
    ['search', [{ name: 'query', value: hostile }]],
    ['source', [{ name: 'article', value: hostile }]],
    ['ask', [{ name: 'question', value: hostile }]],
  ];

  it('every command and autocomplete answers, with no error logged and no control echoed', async () => {
    for (const [name, options] of commands) {
      const reply = await fake.waitForMessage(fake.dispatchCommand(name, options), 10_000);
      expect(text(reply.data)).not.toMatch(/\\u202e|\u202E|error id/i);
      for (const focused of options) {
        const id = fake.dispatchAutocomplete(
          name,
          options.map((o) => ({ ...o, ...(o === focused ? { focused: true } : {}) })),
        );
        const { responses } = await fake.waitForResponse(id, { timeoutMs: 10_000, until: (r) => r.length > 0 });
        expect(responses[0]).toMatchObject({ type: 8 });
      }
    }
    const log = bot.output.join('\n');
    expect(log).not.toMatch(/"level":(50|60)|interaction failed|URIError/);
    expect(fake.validationErrors).toEqual([]);
  }, 60_000);

  it('a token typed into /search is not in the log', async () => {
    const typed = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';
    await fake.waitForMessage(fake.dispatchCommand('search', [{ name: 'query', value: typed }]), 10_000);
    await bot.waitForLog(/"command":"search"/);
    expect(bot.output.join('\n')).not.toContain(typed);
  });
});
