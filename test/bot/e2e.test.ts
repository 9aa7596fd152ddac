// The real bot process against a fake Discord on 127.0.0.1: registration, every command, autocomplete, paging after a
// restart, a Vietnamese user, an unknown partner, a gateway resume, a 429 on a callback, SIGTERM.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePageState } from '../../src/render/index.js';
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
  it('deploy-commands puts all nine commands in one bulk overwrite, installable everywhere, with Vietnamese localisations', () => {
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    const names = (puts[0]!.body as { name: string; name_localizations?: Record<string, string> }[]).map((c) => c.name);
    expect(names.sort()).toEqual([
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
    type Payload = {
      name_localizations?: Record<string, string>;
      description_localizations?: Record<string, string>;
      integration_types?: number[];
      contexts?: number[];
      options?: Payload[];
    };
    const everyDefinition = (list: Payload[]): Payload[] =>
      list.flatMap((c) => [c, ...everyDefinition(c.options ?? [])]);
    for (const c of everyDefinition(puts[0]!.body as Payload[])) {
      expect(c.name_localizations?.vi).toBeTruthy();
      expect(c.description_localizations?.vi).toBeTruthy();
    }
    for (const c of puts[0]!.body as Payload[]) {
      expect(c.integration_types).toEqual([0, 1]);
      expect(c.contexts).toEqual([0, 1, 2]);
    }
    expect(deployOutput).toMatch(
      /^Registered 9 commands \(guild \d+\)\.\n {2}added: +about, ask, dialogue, help, partners, search, source, timeline, topic\n/,
    );
  });
  it('a second deploy finds every command as Discord echoed it back: nothing to update', async () => {
    const output = await runDeploy();
    expect(output).toMatch(
      /added: +—\n {2}removed: +—\n {2}updated: +—\n {2}unchanged: +about, ask, dialogue, help, partners, search, source, timeline, topic\n/,
    );
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(2);
  });
});

describe('commands', () => {
  it('/help lists every command as a clickable mention, in the user’s language', async () => {
    const id = (name: string) => fake.commands.find((c) => c.name === name)!.id;
    const vi = text((await ask('help', [], { locale: 'vi' })).message);
    for (const name of ['ask', 'dialogue', 'topic', 'timeline', 'partners', 'search', 'source', 'about'])
      expect(vi).toContain(`</${name}:${id(name)}>`);
    expect(vi).toMatch(/Đối thoại quốc phòng với một đối tác/);
    expect(text((await ask('help')).message)).toMatch(/Vietnam's defence dialogues with one partner/);
  });
  it('a hint that names a command gives its mention, not terminal syntax', async () => {
    const { message } = await ask('dialogue', [{ name: 'partner', value: 'france' }]);
    expect(text(message)).toContain(`</partners:${fake.commands.find((c) => c.name === 'partners')!.id}>`);
    expect(text(message)).not.toContain('`partners`');
  });
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
    const { message } = await ask('dialogue', [{ name: 'partner', value: 'Koria @everyone' }]);
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

/** 200 Vietnamese characters: far more than a button's custom id can hold. */
const LONG_QUESTION = (() => {
  let q = 'Ai đồng chủ trì đối thoại chính sách quốc phòng Việt Nam – Canada, diễn ra khi nào và ở đâu';
  while (q.length < 200) q += ', bàn những nội dung hợp tác nào';
  return `${q.slice(0, 199)}?`;
})();

type Embed = { title?: string; description?: string; footer?: { text: string } };
const embedOf = (r: InteractionResponse) => (r.data.embeds as Embed[])[0]!;
const baseTitle = (e: Embed) => e.title!.replace(/ · (Sources|Nguồn)$/, '');
const counter = (e: Embed) => /(\d+)\/\d+$/.exec(e.footer?.text ?? '')?.[1] ?? '1';

type Control = {
  custom_id?: string;
  label?: string;
  placeholder?: string;
  options?: { label: string; value: string }[];
};
const controls = (r: InteractionResponse) =>
  (r.data.components ?? []).flatMap((row) => (row as { components?: Control[] }).components ?? []);
const choose = (customId: string, value: string, invoker: { userId?: string; locale?: string }) =>
  fake.dispatchInteraction(3, { custom_id: customId, component_type: 3, values: [value] }, invoker, {
    message: fake.interactions.messageFor(customId),
  });

const LONG_SEARCH = 'rà phá bom mìn và khắc phục hậu quả chiến tranh '.repeat(5).slice(0, 200);
const CASES: [string, { name: string; value: string }[]][] = [
  ['ask', [{ name: 'question', value: LONG_QUESTION }]],
  ['search', [{ name: 'query', value: LONG_SEARCH }]],
  ['dialogue', [{ name: 'partner', value: 'japan' }]],
  ['dialogue', [{ name: 'partner', value: 'canada' }]],
  ['topic', [{ name: 'topic', value: 'demining' }]],
  ['timeline', []],
  ['source', [{ name: 'article', value: '000_064f160b2ba67829' }]],
  ['partners', []],
  ['about', []],
  ['help', []],
];

describe('buttons and menus redraw the same answer', () => {
  it.each(
    CASES.flatMap(([name, options]) => (['vi', 'en'] as const).map((locale) => [name, locale, options] as const)),
  )(
    '/%s in %s %#: every button and menu, by the asker and by someone else',
    async (name, locale, options) => {
      const asker = { userId: '400000000000000101', locale };
      const other = { userId: '400000000000000202', locale };
      const { message } = await ask(name, options as never, asker);
      const title = baseTitle(embedOf(message));
      const queue: InteractionResponse[] = [message];
      const seen = new Set<string>();
      while (queue.length && seen.size < 10) {
        const shown = queue.shift()!;
        for (const control of controls(shown).filter((c) => c.custom_id)) {
          const id = control.custom_id!;
          const state = decodePageState(id)!;
          const kind = id.slice(-1);
          if (kind === 'a') {
            // Ask again with one argument chosen: a fresh answer on its first page, for the asker and for another.
            const value = control.options!.at(-1)!.value;
            if (seen.has(`a:${value}`)) continue;
            seen.add(`a:${value}`);
            const mine = await fake.waitForMessage(choose(id, value, asker));
            expect(mine.type).toBe(7);
            expect(counter(embedOf(mine))).toBe('1');
            const theirs = await fake.waitForMessage(choose(id, value, other));
            expect([theirs.type, theirs.data.flags! & 64]).toEqual([4, 64]);
            expect(baseTitle(embedOf(theirs))).toBe(baseTitle(embedOf(mine)));
            continue;
          }
          const page = kind === 'j' ? Number(control.options!.at(-1)!.value) : state.page;
          const view = kind === 'j' ? 'answer' : state.view;
          const where = `${view}:${page}`;
          if (kind === 's' || (kind !== 'j' && (control as { disabled?: boolean }).disabled) || seen.has(where))
            continue;
          seen.add(where);
          const press = (invoker: typeof asker) =>
            kind === 'j' ? choose(id, String(page), invoker) : fake.dispatchButton(id, invoker);
          const mine = await fake.waitForMessage(press(asker));
          expect(mine.type).toBe(7);
          expect(baseTitle(embedOf(mine))).toBe(title);
          expect(counter(embedOf(mine))).toBe(String(page + 1));
          expect(/ · (Sources|Nguồn)$/.test(embedOf(mine).title!)).toBe(view === 'sources');
          queue.push(mine);
          const theirs = await fake.waitForMessage(press(other));
          expect([theirs.type, theirs.data.flags! & 64]).toEqual([4, 64]);
          expect(baseTitle(embedOf(theirs))).toBe(title);
          expect(counter(embedOf(theirs))).toBe(String(page + 1));
          // Their copy can be shared: the same page, posted for everyone.
          const share = controls(theirs).find((c) => c.custom_id?.endsWith('#s'))!;
          // In the reader's language (a question in Vietnamese is answered in Vietnamese whatever the client's).
          expect(locale === 'vi' ? ['Chia sẻ'] : ['Share', 'Chia sẻ']).toContain(share.label);
          const shared = await fake.waitForMessage(fake.dispatchButton(share.custom_id!, other));
          expect([shared.type, (shared.data.flags ?? 0) & 64]).toEqual([4, 0]);
          expect(baseTitle(embedOf(shared))).toBe(title);
          expect(counter(embedOf(shared))).toBe(String(page + 1));
          if (locale === 'vi')
            for (const r of [mine, theirs, shared])
              expect(controls(r).map((c) => c.label ?? c.placeholder ?? '')).not.toContainEqual(
                expect.stringMatching(/Previous|Next|Sources|Back|Share|Open article|Show|Jump/),
              );
        }
      }
      if (['ask', 'search', 'dialogue', 'topic', 'timeline'].includes(name)) expect(seen.size).toBeGreaterThan(0);
      if (name === 'ask') {
        // The question does not fit in an id: the buttons carry a key to it.
        const ids = controls(message)
          .filter((c) => c.custom_id)
          .map((c) => decodePageState(c.custom_id!)!);
        expect(ids.every((s) => 'key' in s.ref)).toBe(true);
      }
      expect(fake.validationErrors).toEqual([]);
    },
    30_000,
  );
  it('Back returns to the page Sources was opened from', async () => {
    const { message } = await ask('search', [{ name: 'query', value: 'quốc phòng' }], { userId: '400000000000000303' });
    const second = await fake.waitForMessage(
      fake.dispatchButton(buttons(message).find((b) => /Next/.test(b.label))!.custom_id, {
        userId: '400000000000000303',
      }),
    );
    const sources = buttons(second).find((b) => b.label === 'Sources');
    if (!sources) return; // a corpus with no quoted timeline sources has no Back to test
    const view = await fake.waitForMessage(fake.dispatchButton(sources.custom_id, { userId: '400000000000000303' }));
    const back = buttons(view).find((b) => /Back/.test(b.label))!;
    const again = await fake.waitForMessage(fake.dispatchButton(back.custom_id, { userId: '400000000000000303' }));
    expect(counter(embedOf(again))).toBe('2');
  });
  it('a button whose kept question is gone says the answer has expired, in the presser’s language', async () => {
    const id = fake.dispatchButton('p2;ask;0;0;s;en;400000000000000404;~gone0000', { locale: 'vi' });
    const message = await fake.waitForMessage(id);
    expect(message.data.flags! & 64).toBe(64);
    expect(message.data.content).toMatch(/hết hạn/);
  });
});

describe('menus and sharing, for a Vietnamese reader', () => {
  const asker = { userId: '400000000000000505', locale: 'vi' };
  const other = { userId: '400000000000000606', locale: 'vi' };
  it('a round menu answers the round chosen, the Share button posts another reader’s copy publicly, all in Vietnamese', async () => {
    const { message } = await ask('dialogue', [{ name: 'partner', value: 'japan' }], asker);
    const menu = controls(message).find((c) => c.custom_id?.endsWith('#a'))!;
    expect(menu.placeholder).toBe('Xem một phiên…');
    const round = menu.options!.find((o) => /lần thứ 2/.test(o.label))!;
    expect(round.value).toMatch(/^[a-z-]+:2$/);
    const mine = await fake.waitForMessage(choose(menu.custom_id!, round.value, asker));
    expect(mine.type).toBe(7);
    const field = (mine.data.embeds as { fields: { name: string }[] }[])[0]!.fields;
    expect(field.map((f) => f.name)).toEqual([expect.stringMatching(/lần thứ 2 — /)]);
    // The summary still speaks of the whole record.
    expect(text(mine)).toMatch(/2 phiên/);
    const theirs = await fake.waitForMessage(choose(menu.custom_id!, round.value, other));
    expect(theirs.type).toBe(4);
    expect(theirs.data.flags! & 64).toBe(64);
    const share = controls(theirs).find((c) => c.custom_id?.endsWith('#s'))!;
    expect(share.label).toBe('Chia sẻ');
    const shared = await fake.waitForMessage(fake.dispatchButton(share.custom_id!, other));
    expect(shared.type).toBe(4);
    expect((shared.data.flags ?? 0) & 64).toBe(0);
    expect(shared.data.allowed_mentions).toEqual({ parse: [] });
    expect(text(shared)).toMatch(/lần thứ 2/);
    for (const r of [message, mine, theirs, shared])
      expect(text(r).replace(/"(custom_id|url|image|proxy_url)":"[^"]*"/g, '')).not.toMatch(
        /\b(Sources|Previous|Next|Share|Open article|Back|rounds?|held|on record|Defence|the|and|with)\b/,
      );
  });
  it('the whole timeline offers a partner menu; choosing one shows that partner’s timeline', async () => {
    const { message } = await ask('timeline', [], asker);
    const menu = controls(message).find((c) => c.custom_id?.endsWith('#a'))!;
    expect(menu.placeholder).toBe('Chuyển tới đối tác…');
    const japan = menu.options!.find((o) => o.value === 'JP')!;
    expect(japan.label).toBe('Nhật Bản');
    const chosen = await fake.waitForMessage(choose(menu.custom_id!, japan.value, asker));
    expect(chosen.type).toBe(7);
    expect(text(chosen)).toMatch(/Dòng thời gian: Nhật Bản/);
    expect(fake.validationErrors).toEqual([]);
  });
});

describe('paging and process', () => {
  it('page buttons still work after a restart; anyone else gets their own copy of that page', async () => {
    const { message } = await ask('search', [{ name: 'query', value: 'quốc phòng' }], { userId: '400000000000000777' });
    const next = buttons(message).find((b) => /Next/.test(b.label))!;
    expect(next).toBeDefined();
    expect(decodePageState(next.custom_id)).toMatchObject({ command: 'search', page: 1 });
    await bot.stop();
    bot = startBot(fake);
    await bot.waitForLog(/"msg":"ready"/);
    const other = fake.dispatchButton(next.custom_id, { userId: '400000000000000888', locale: 'vi' });
    const copy = await fake.waitForMessage(other);
    expect(copy.type).toBe(4);
    expect(copy.data.flags! & 64).toBe(64);
    expect(JSON.stringify(copy.data.embeds)).toMatch(/2\/\d/);
    expect(JSON.stringify(copy.data.embeds)).toMatch(/Tìm kiếm: quốc phòng/);
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
    // Cited by outlet and date, never by hash id.
    for (const f of fields) expect(f.value).toMatch(/^> [\s\S]*\n— [^`#\n]+$/);
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
