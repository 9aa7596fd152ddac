// The real bot process against a fake Discord on 127.0.0.1: registration, every command, autocomplete, paging after a
// restart, a Vietnamese user, an unknown partner, a gateway resume, a 429 on a callback, SIGTERM.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePageState } from '../../src/render/custom-id.js';
import { startFakeDiscord, type FakeDiscord, type InteractionResponse } from '../fake-discord/server.js';
import { FAKE_TOKEN, startBot, type BotProcess } from './bot-process.js';

let fake: FakeDiscord;
let bot: BotProcess;
let deployOutput = '';
const runDeploy = async () =>
  (
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/bot/deploy.ts'], {
      env: {
        ...process.env,
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_URL: fake.apiUrl,
      },
    })
  ).stdout;
const text = (r: InteractionResponse) => JSON.stringify(r.data);
const buttons = (r: InteractionResponse) =>
  (r.data.components ?? []).flatMap((row) => row.components ?? []) as {
    custom_id: string;
    label: string;
    disabled?: boolean;
  }[];

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatInterval: 1500 });
  // Async: the fake Discord runs in this process and must keep answering while the deploy script talks to it.
  deployOutput = await runDeploy();
  bot = startBot(fake);
  await bot.waitForLog(/"msg":"ready"/);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

async function ask(
  name: string,
  options: { name: string; value: string | number; type?: number }[] = [],
  user: { userId?: string; locale?: string } = {},
) {
  const id = fake.dispatchCommand(name, options, user);
  return { id, message: await fake.waitForMessage(id) };
}

describe('registration', () => {
  it('deploy-commands puts all eight commands in one bulk overwrite, with Vietnamese localisations', () => {
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    const names = (puts[0]!.body as { name: string; name_localizations?: Record<string, string> }[]).map((c) => c.name);
    expect(names.sort()).toEqual(['about', 'ask', 'dialogue', 'partners', 'search', 'source', 'timeline', 'topic']);
    expect(
      (puts[0]!.body as { name_localizations?: Record<string, string> }[]).every((c) => c.name_localizations?.vi),
    ).toBe(true);
    expect(deployOutput).toMatch(
      /^Registered 8 commands \(guild \d+\)\.\n {2}added: +about, ask, dialogue, partners, search, source, timeline, topic\n/,
    );
  });
  it('a second deploy finds every command as Discord echoed it back: nothing to update', async () => {
    const output = await runDeploy();
    expect(output).toMatch(
      /added: +—\n {2}removed: +—\n {2}updated: +—\n {2}unchanged: +about, ask, dialogue, partners, search, source, timeline, topic\n/,
    );
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
  });
});

describe('commands', () => {
  it('/dialogue canada: the round, the co-chairs, a picture, no mentions', async () => {
    const { message } = await ask('dialogue', [{ name: 'partner', value: 'canada' }]);
    expect(text(message)).toMatch(/Jody Thomas/);
    expect(text(message)).toMatch(/23 July 2021|<t:\d+:D>/);
    expect(message.data.allowed_mentions).toEqual({ parse: [] });
    expect(message.files.map((f) => f.name)).toEqual(['timeline.png']);
    expect(message.files[0]!.bytes.subarray(1, 4).toString()).toBe('PNG');
  });
  it('/dialogue japan round:latest: the 4th, Ro Manabe', async () => {
    const { message } = await ask('dialogue', [
      { name: 'partner', value: 'japan' },
      { name: 'round', value: 'latest' },
    ]);
    expect(text(message)).toMatch(/4th Defence Policy Dialogue/);
    expect(text(message)).toMatch(/Ro Manabe/);
  });
  it('/topic demining: Korea, Japan and the United States, not Canada', async () => {
    const { message } = await ask('topic', [{ name: 'topic', value: 'demining' }]);
    expect(text(message)).toMatch(/South Korea/);
    expect(text(message)).toMatch(/Japan/);
    expect(text(message)).toMatch(/United States/);
    expect(text(message)).not.toMatch(/Canada/);
  });
  it.each([
    ['timeline', [], /Timeline of the corpus/],
    ['search', [{ name: 'query', value: 'bom mìn' }], /bom/],
    [
      'source',
      [
        { name: 'article', value: '003_17f2a32df134652f' },
        { name: 'passage', value: 11, type: 4 },
      ],
      /Washington DC/,
    ],
    ['partners', [], /Japan/],
    ['about', [], /5 articles/],
    ['ask', [{ name: 'question', value: 'what was the latest round with Japan?' }], /Ro Manabe/],
  ])('/%s answers', async (name, options, pattern) => {
    const { message } = await ask(name, options as never);
    expect(text(message)).toMatch(pattern);
  });
  it('a Vietnamese user gets Vietnamese', async () => {
    const { message } = await ask('dialogue', [{ name: 'partner', value: 'Nhật Bản' }], { locale: 'vi' });
    expect(text(message)).toMatch(/Các phiên|đồng chủ trì|Đồng chủ trì/);
  });
  it('an unknown partner gets a short ephemeral reply with suggestions', async () => {
    const { message } = await ask('dialogue', [{ name: 'partner', value: '@everyone Atlantis' }]);
    expect(message.data.flags! & 64).toBe(64);
    expect(text(message)).toMatch(/Closest partners/);
    expect(message.data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('stale clients', () => {
  it('a command no longer registered gets a short ephemeral notice', async () => {
    const { message } = await ask('retired');
    expect(message.data.flags! & 64).toBe(64);
    expect(message.data.content).toMatch(/no longer has this command/);
  });
  it('a button id from an unknown version gets a short ephemeral notice', async () => {
    const id = fake.dispatchButton('p0;about;1;a;en;1;');
    const message = await fake.waitForMessage(id);
    expect(message.data.flags! & 64).toBe(64);
    expect(message.data.content).toMatch(/no longer knows how to redraw/);
  });
});

describe('autocomplete', () => {
  it.each([
    ['dialogue', [{ name: 'partner', value: 'nhat', focused: true }], 'JP'],
    [
      'dialogue',
      [
        { name: 'partner', value: 'japan' },
        { name: 'round', value: '', focused: true },
      ],
      'latest',
    ],
    ['topic', [{ name: 'topic', value: 'bom', focused: true }], 'demining'],
    ['source', [{ name: 'article', value: '003', focused: true }], '003_17f2a32df134652f'],
  ])('%s %j', async (name, options, first) => {
    const id = fake.dispatchAutocomplete(name, options);
    const response = await fake.waitFor(() => fake.responsesOf(id).find((r) => r.type === 8));
    expect(response.data.choices![0]!.value).toBe(first);
    expect(response.data.choices!.length).toBeLessThanOrEqual(25);
  });
});

describe('paging and process', () => {
  it('page buttons still work after a restart, and only for the person who asked', async () => {
    const { message } = await ask('timeline', [], { userId: '400000000000000777' });
    const next = buttons(message).find((b) => /Next/.test(b.label))!;
    expect(next).toBeDefined();
    expect(decodePageState(next.custom_id)).toMatchObject({ command: 'timeline', page: 1 });
    await bot.stop();
    bot = startBot(fake);
    await bot.waitForLog(/"msg":"ready"/);
    const other = fake.dispatchButton(next.custom_id, { userId: '400000000000000888' });
    expect((await fake.waitForMessage(other)).data.flags! & 64).toBe(64);
    const click = fake.dispatchButton(next.custom_id, { userId: '400000000000000777' });
    const page = await fake.waitForMessage(click);
    expect(page.type).toBe(7);
    expect(JSON.stringify(page.data.embeds)).toMatch(/2\/\d/);
  });
  it('the Sources button shows the quoted sentences with their citations', async () => {
    const { message } = await ask('dialogue', [{ name: 'partner', value: 'canada' }]);
    const sources = buttons(message).find((b) => b.label === 'Sources')!;
    const click = fake.dispatchButton(sources.custom_id);
    const page = await fake.waitForMessage(click);
    expect(page.type).toBe(7);
    const fields = (page.data.embeds ?? []).flatMap((e) => (e as { fields?: { value: string }[] }).fields ?? []);
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(f.value).toMatch(/^> [\s\S]*\n— .+ · `\d{3}_[0-9a-f]+#\d+`$/);
    expect(page.files).toEqual([]);
  });
  it('resumes after the gateway closes with a resumable code, and keeps answering', async () => {
    const resumes = fake.resumes;
    fake.closeGateway(4000);
    await fake.waitFor(() => fake.resumes > resumes, 15_000, 'a RESUME');
    const { message } = await ask('about');
    expect(text(message)).toMatch(/5 articles/);
  });
  it('retries a callback that Discord answers with 429', async () => {
    fake.failNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, { status: 429, retryAfter: 0.3 });
    const { message } = await ask('partners');
    expect(text(message)).toMatch(/Japan/);
    expect(fake.requests.some((r) => r.status === 429)).toBe(true);
  });
  it('sent nothing Discord would reject, and never printed the token', () => {
    expect(fake.validationErrors).toEqual([]);
    expect(bot.output.join('\n')).not.toContain(FAKE_TOKEN);
  });
  it('SIGTERM: stops and exits 0', async () => {
    expect(await bot.stop('SIGTERM')).toBe(0);
    expect(bot.output.some((l) => /shutting down/.test(l))).toBe(true);
  });
});
