// The dispatcher's promises: an internal error becomes an apology with an error id that is also in the log, and one
// log line per interaction says what happened.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type CommandModule,
  type BotContext,
  handleInteraction,
  RateLimiter,
  parseOptions,
} from '../../src/bot/index.js';
import * as source from '../../commands/source.js';

function logSink() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

/** Just enough of a ChatInputCommandInteraction for the dispatcher. */
function slashCommand(
  name: string,
  locale = 'en-US',
  options: { name: string; value: unknown }[] = [{ name: 'partner', value: 'x' }],
) {
  const replies: { content?: string; flags?: number; allowedMentions?: unknown }[] = [];
  const interaction = {
    locale,
    commandName: name,
    options: { data: options },
    user: { id: '400000000000000001' },
    deferred: false,
    replied: false,
    isAutocomplete: () => false,
    isChatInputCommand: () => true,
    isButton: () => false,
    isRepliable: () => true,
    reply: async (r: (typeof replies)[number]) => {
      replies.push(r);
      interaction.replied = true;
    },
    followUp: async (r: (typeof replies)[number]) => void replies.push(r),
  };
  return { interaction: interaction as never, replies };
}

const failing: CommandModule = {
  data: { name: 'broken' } as never,
  options: z.object({ partner: z.string() }),
  run: () => {
    throw new Error('unreachable');
  },
  execute: async () => {
    throw new Error('the index is on fire');
  },
};

const contextWith = (logger: BotContext['logger'], limit = 100): BotContext => ({
  library: () => ({}) as never,
  logger,
  limiter: new RateLimiter(limit, 60_000),
  commands: new Map([['broken', failing]]),
});

describe('handleInteraction', () => {
  it('an internal error: an ephemeral apology whose error id is in the log line', async () => {
    const { logger, lines } = logSink();
    const { interaction, replies } = slashCommand('broken', 'vi');
    await handleInteraction(interaction, contextWith(logger));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.flags).toBe(64);
    expect(replies[0]!.allowedMentions).toEqual({ parse: [] });
    const errorId = /`([0-9a-f]{8})`/.exec(replies[0]!.content!)?.[1];
    expect(errorId).toBeDefined();
    expect(replies[0]!.content).toMatch(/^Xin lỗi/);
    const failed = lines.find((l) => l.msg === 'interaction failed')!;
    expect(failed).toMatchObject({ errorId, command: 'broken', err: { message: 'the index is on fire' } });
    expect(lines.at(-1)).toMatchObject({
      msg: 'interaction',
      command: 'broken',
      outcome: 'error',
      errorId,
      options: { partner: 'x' },
    });
    expect(typeof lines.at(-1)!.latencyMs).toBe('number');
  });
  it('over the allowance: told to slow down, and the command is not run', async () => {
    const { logger, lines } = logSink();
    const ctx = contextWith(logger, 1);
    await handleInteraction(slashCommand('broken').interaction, ctx);
    const { interaction, replies } = slashCommand('broken');
    await handleInteraction(interaction, ctx);
    // When to retry, as a Discord relative timestamp about a minute (the window) from now.
    const retry = Number(/<t:(\d+):R>/.exec(String(replies[0]!.content))?.[1]);
    expect(retry * 1000).toBeGreaterThan(Date.now() + 50_000);
    expect(replies[0]!.content).toMatch(/please try again <t:\d+:R>\./);
    expect(lines.at(-1)).toMatchObject({ outcome: 'rate-limited' });
  });
});

describe('options, parsed once at the edge', () => {
  it("each command's schema gives typed values, and button ids (text) parse to the same", () => {
    expect(parseOptions(source.options, { article: ' 003_17f2a32df134652f ', passage: 2 })).toEqual({
      ok: true,
      options: { article: '003_17f2a32df134652f', passage: 2 },
      args: { article: '003_17f2a32df134652f', passage: '2' },
    });
    expect(parseOptions(source.options, { article: '003_17f2a32df134652f', passage: '2' })).toMatchObject({
      options: { passage: 2 },
    });
  });
  it.each([
    ['en-US', [{ name: 'article', value: '   ' }], /^The option `article` is not right: it is empty\./],
    [
      'vi',
      [
        { name: 'article', value: 'x' },
        { name: 'passage', value: 0 },
      ],
      // The option by its Vietnamese name, the problem in Vietnamese.
      /^Tùy chọn `doan` chưa đúng: phải là số nguyên từ 1 đến 10000\./,
    ],
  ])(
    'options that do not parse (%s): a polite reply only the asker sees, and the answer is not computed',
    async (locale, options, message) => {
      const { logger, lines } = logSink();
      const { interaction, replies } = slashCommand('source', locale, options);
      const ctx = { ...contextWith(logger), commands: new Map([['source', source as never]]) };
      await handleInteraction(interaction, ctx);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.flags).toBe(64);
      expect(replies[0]!.content).toMatch(message);
      expect(lines.at(-1)).toMatchObject({
        outcome: 'bad-options',
        options: Object.fromEntries(options.map((o) => [o.name, o.value])),
      });
    },
  );
});
