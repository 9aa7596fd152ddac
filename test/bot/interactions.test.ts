// The dispatcher's promises: an internal error becomes an apology with an error id that is also in the log, and one
// log line per interaction says what happened.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/bot/command.js';
import type { BotContext } from '../../src/bot/context.js';
import { handleInteraction } from '../../src/bot/interactions.js';
import { RateLimiter } from '../../src/bot/rate-limit.js';

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
function slashCommand(name: string, locale = 'en-US') {
  const replies: { content?: string; flags?: number; allowedMentions?: unknown }[] = [];
  const interaction = {
    locale,
    commandName: name,
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
  argsOf: () => ({ partner: 'x' }),
  answer: () => {
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
    expect(replies[0]!.content).toMatch(/please wait a few seconds/);
    expect(lines.at(-1)).toMatchObject({ outcome: 'rate-limited' });
  });
});
