// The bot logs in while its corpus loads: an interaction that arrives first waits for the Library, and one still
// waiting when Discord's 3 seconds near is deferred, its replies going to the deferred response.
import type { Interaction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, EARLY_DEFER_MS } from '../../src/bot/index.js';

type Kind = 'command' | 'button' | 'autocomplete';

/** Just enough of an interaction of each kind, recording what was sent to Discord. */
function interactionOf(kind: Kind) {
  const sent: [string, unknown][] = [];
  const record =
    (name: string) =>
    async (options?: unknown): Promise<void> => {
      sent.push([name, options]);
    };
  const interaction = {
    isChatInputCommand: () => kind === 'command',
    isMessageComponent: () => kind === 'button',
    isAutocomplete: () => kind === 'autocomplete',
    isRepliable: () => kind !== 'autocomplete',
    deferReply: record('deferReply'),
    deferUpdate: record('deferUpdate'),
    reply: record('reply'),
    update: record('update'),
    editReply: record('editReply'),
    followUp: record('followUp'),
    deleteReply: record('deleteReply'),
    respond: record('respond'),
  };
  return { interaction: interaction as unknown as Interaction, sent };
}

/** A load that finishes when told to. */
function pendingLoad() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const loaded = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { loaded, finish, fail };
}

/** What a command's handler does: answer publicly, or with a notice only its user sees. */
const answer = (ephemeral: boolean) => async (interaction: Interaction) => {
  const target = interaction as unknown as { deferReply(): Promise<void>; reply(options: object): Promise<void> };
  await target.deferReply();
  await target.reply({ content: 'answer', ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('an interaction that arrives before the corpus is loaded', () => {
  it('is handled as usual once the corpus is loaded within the deadline', async () => {
    const { interaction, sent } = interactionOf('command');
    const load = pendingLoad();
    const handled = afterLoad(interaction, load.loaded, answer(false));
    await vi.advanceTimersByTimeAsync(EARLY_DEFER_MS - 1);
    load.finish();
    await handled;
    expect(sent).toEqual([
      ['deferReply', undefined],
      ['reply', { content: 'answer' }],
    ]);
  });

  it('is deferred at the deadline, and its reply then edits the deferred response', async () => {
    const { interaction, sent } = interactionOf('command');
    const load = pendingLoad();
    const handled = afterLoad(interaction, load.loaded, answer(false));
    await vi.advanceTimersByTimeAsync(EARLY_DEFER_MS);
    expect(sent).toEqual([['deferReply', undefined]]);
    load.finish();
    await handled;
    // The handler's own defer is not sent twice.
    expect(sent).toEqual([
      ['deferReply', undefined],
      ['editReply', { content: 'answer' }],
    ]);
  });

  it('when deferred, a reply only its user may see follows up privately and removes the placeholder', async () => {
    const { interaction, sent } = interactionOf('command');
    const load = pendingLoad();
    const handled = afterLoad(interaction, load.loaded, answer(true));
    await vi.advanceTimersByTimeAsync(EARLY_DEFER_MS);
    load.finish();
    await handled;
    expect(sent).toEqual([
      ['deferReply', undefined],
      ['followUp', { content: 'answer', flags: MessageFlags.Ephemeral }],
      ['deleteReply', undefined],
    ]);
  });

  it('a button press is deferred as an update, and its update edits the message', async () => {
    const { interaction, sent } = interactionOf('button');
    const load = pendingLoad();
    const handled = afterLoad(interaction, load.loaded, async (i) => {
      await (i as unknown as { update(options: object): Promise<void> }).update({ content: 'page 2' });
    });
    await vi.advanceTimersByTimeAsync(EARLY_DEFER_MS);
    load.finish();
    await handled;
    expect(sent).toEqual([
      ['deferUpdate', undefined],
      ['editReply', { content: 'page 2' }],
    ]);
  });

  it('an autocomplete still waiting at the deadline gets no suggestions, and its handler is not run', async () => {
    const { interaction, sent } = interactionOf('autocomplete');
    const load = pendingLoad();
    const handler = vi.fn(async () => undefined);
    const handled = afterLoad(interaction, load.loaded, handler);
    await vi.advanceTimersByTimeAsync(EARLY_DEFER_MS);
    load.finish();
    await handled;
    expect(sent).toEqual([['respond', []]]);
    expect(handler).not.toHaveBeenCalled();
  });

  it('is dropped when the load fails (the process then exits)', async () => {
    const { interaction, sent } = interactionOf('command');
    const load = pendingLoad();
    const handler = vi.fn(async () => undefined);
    const handled = afterLoad(interaction, load.loaded, handler);
    load.fail(new Error('corpus folder gone'));
    await handled;
    expect(handler).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
