// The commands/ loader and what a deploy reports as changed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  diffCommands,
  sameCommand,
  CommandLoadError,
  commandPayloads,
  loadCommands,
  type BotContext,
  createLogger,
  RateLimiter,
  fitChoices,
  suggestWith,
} from '../../src/bot/index.js';

describe('loadCommands', () => {
  it('collects every module of commands/ with data, execute and (where it autocompletes) autocomplete', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()]).toEqual([
      'about',
      'ask',
      'dialogue',
      'help',
      'partners',
      'search',
      'source',
      'timeline',
      'topic',
    ]);
    for (const c of commands.values()) expect(typeof c.execute).toBe('function');
    const autocompleting = [...commands.values()].filter((c) => c.autocomplete).map((c) => c.data.name);
    expect(autocompleting).toEqual(['dialogue', 'source', 'timeline', 'topic']);
    // Every option that autocompletes is served by its command's autocomplete.
    for (const payload of commandPayloads(commands)) {
      const wantsAutocomplete = (payload.options ?? []).some((o) => 'autocomplete' in o && o.autocomplete);
      expect(Boolean(commands.get(payload.name)!.autocomplete)).toBe(wantsAutocomplete);
    }
  });
  it('names the file of a module without the expected exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-commands-'));
    writeFileSync(
      join(dir, 'broken.js'),
      'export const data = { name: "broken", toJSON: () => ({ name: "broken" }) };\n',
    );
    await expect(loadCommands(dir)).rejects.toThrow(CommandLoadError);
    await expect(loadCommands(dir)).rejects.toThrow(
      /^commands\/broken\.js must export an `execute\(interaction, ctx\)` function$/,
    );
  });
});

describe('diffCommands', () => {
  const payloads = async () => commandPayloads(await loadCommands()) as unknown as Record<string, unknown>[];
  /** A command as Discord returns it: ids, a version, defaults spelled out or left out. */
  const echoed = (c: Record<string, unknown>) => ({
    ...JSON.parse(JSON.stringify(c)),
    id: '1',
    application_id: '2',
    version: '3',
    guild_id: '4',
    type: 1,
    nsfw: false,
    default_member_permissions: null,
    options: ((c.options as Record<string, unknown>[] | undefined) ?? []).map((o) => ({
      ...o,
      required: o.required ?? false,
      name_localized: o.name,
    })),
  });

  it('a command echoed back by Discord is the same command', async () => {
    for (const c of await payloads()) expect(sameCommand(c, echoed(c))).toBe(true);
  });
  it('sorts names into added, removed, updated and unchanged', async () => {
    const next = await payloads();
    const registered = next.filter((c) => c.name !== 'about').map(echoed);
    registered.push({ name: 'retired', description: 'gone' });
    const search = registered.find((c) => c.name === 'search')!;
    search.description = 'an older description';
    const dialogue = registered.find((c) => c.name === 'dialogue')!;
    (dialogue.options as { name_localizations?: Record<string, string> }[])[0]!.name_localizations = { vi: 'cu' };
    expect(diffCommands(registered as { name: string }[], next as { name: string }[])).toEqual({
      added: ['about'],
      removed: ['retired'],
      updated: ['dialogue', 'search'],
      unchanged: ['ask', 'help', 'partners', 'source', 'timeline', 'topic'],
    });
  });
});

describe('autocomplete', () => {
  /** Just enough of an AutocompleteInteraction: what suggestWith reads, and the choices it responds with. */
  const typing = () => {
    const responded: unknown[] = [];
    const interaction = {
      locale: 'en-US',
      commandName: 'dialogue',
      respond: async (choices: unknown) => void responded.push(choices),
    };
    return { interaction: interaction as never, responded };
  };
  const ctx = {
    library: () => ({}) as never,
    logger: createLogger('silent'),
    limiter: new RateLimiter(1, 1),
    commands: new Map(),
  } as BotContext;

  it('cuts choices to Discord limits: 25 at most, names of 100, values that do not fit left out', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      name: `${'🇻🇳'.repeat(80)} ${i}`,
      value: i === 0 ? 'v'.repeat(101) : `v${i}`,
    }));
    const fit = fitChoices(many);
    expect(fit).toHaveLength(25);
    expect(fit[0]!.value).toBe('v1');
    for (const c of fit) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(fit[0]!.name.endsWith('…')).toBe(true);
  });
  it('a failing suggestion responds with no choices instead of throwing', async () => {
    const { interaction, responded } = typing();
    await suggestWith(() => {
      throw new Error('index not ready');
    })(interaction, ctx);
    expect(responded).toEqual([[]]);
  });
  it('answers with the suggestion, in the language of the user', async () => {
    const { interaction, responded } = typing();
    await suggestWith((_i, _lib, lang) => [{ name: `in ${lang}`, value: 'x' }])(interaction, ctx);
    expect(responded).toEqual([[{ name: 'in en', value: 'x' }]]);
  });
});
