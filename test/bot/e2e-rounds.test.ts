// The real bot against a fake Discord, over a corpus of two articles of mine in which one partner held a 9th round of
// two different mechanisms: both are offered in autocomplete, each choice answers its own round, and the summary
// counts every round on record whichever is chosen. Also a Vietnamese user's view of it: no English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandPayloads, loadCommands } from '../../src/bot/index.js';
import { startFakeDiscord, type FakeDiscord, type InteractionResponse } from '../fake-discord/server.js';
import { startBot, type BotProcess } from './bot-process.js';

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatInterval: 1500 });
  fake.registry.overwrite(fake.guildId, commandPayloads(await loadCommands()) as never);
  bot = startBot(fake, { CORPUS_DIR: 'test/fixtures/two-mechanisms', CACHE_FILE: 'off' });
  await bot.waitForLog(/"msg":"ready"/);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const text = (r: InteractionResponse) => JSON.stringify(r.data);
async function roundChoices(locale: string) {
  const id = fake.dispatchAutocomplete(
    'dialogue',
    [
      { name: 'partner', value: 'SG' },
      { name: 'round', value: '', focused: true },
    ],
    { locale },
  );
  return (await fake.waitFor(() => fake.responsesOf(id).find((r) => r.type === 8))).data.choices!;
}
async function dialogue(round: string, locale = 'en') {
  const id = fake.dispatchCommand(
    'dialogue',
    [
      { name: 'partner', value: 'SG' },
      { name: 'round', value: round },
    ],
    { locale },
  );
  return fake.waitForMessage(id);
}

describe('rounds of two mechanisms with one partner', () => {
  it('both 9th rounds are offered, named by their mechanism, with values told apart', async () => {
    const choices = await roundChoices('en');
    const ninth = choices.filter((c) => /^9th /.test(c.name));
    expect(ninth.map((c) => c.name)).toEqual([
      expect.stringMatching(/^9th Defence Policy Dialogue/),
      expect.stringMatching(/^9th Political, Security and Defence Dialogue/),
    ]);
    expect(new Set(ninth.map((c) => c.value)).size).toBe(2);
  });
  it('each choice answers its own round, and the summary counts both rounds on record', async () => {
    const [policy, political] = (await roundChoices('en')).filter((c) => /^9th /.test(c.name));
    const first = text(await dialogue(String(policy!.value)));
    const second = text(await dialogue(String(political!.value)));
    for (const answer of [first, second]) {
      expect(answer).toMatch(/1 defence policy dialogue \(/);
      expect(answer).toMatch(/1 political, security and defence dialogue \(/);
    }
    expect(first).toMatch(/"name":"[^"]*9th Defence Policy Dialogue/);
    expect(first).not.toMatch(/"name":"[^"]*9th Political/);
    expect(second).toMatch(/"name":"[^"]*9th Political, Security and Defence Dialogue/);
    expect(second).not.toMatch(/"name":"[^"]*9th Defence Policy/);
  });
  it('a Vietnamese user reads the rounds in Vietnamese, with no English in the labels', async () => {
    const names = (await roundChoices('vi')).map((c) => c.name);
    expect(names.join(' ')).toMatch(/Đối thoại Chính sách Quốc phòng lần thứ 9/);
    expect(names.join(' ')).not.toMatch(/\b(Dialogue|round|latest|all)\b/);
  });
  it('an answer whose article has a URL (from its sidecar) carries an "Open article" link and a clickable title', async () => {
    const [policy] = (await roundChoices('en')).filter((c) => /^9th /.test(c.name));
    const message = await dialogue(String(policy!.value));
    const links = (message.data.components ?? [])
      .flatMap((row) => row.components ?? [])
      .filter((b) => (b as { style?: number }).style === 5) as { url: string; label: string }[];
    expect(links).toEqual([
      expect.objectContaining({
        label: 'Open article',
        url: 'https://example.org/vietnam-singapore-9th-defence-policy-dialogue',
      }),
    ]);
    expect((message.data.embeds as { url?: string }[])[0]!.url).toBe(links[0]!.url);
    const vi = await dialogue(String(policy!.value), 'vi');
    expect(text(vi)).toMatch(/Mở bài báo/);
  });
  it('a Vietnamese user sees no English in partner and topic suggestions or in the answer', async () => {
    const partners = fake.dispatchAutocomplete('dialogue', [{ name: 'partner', value: 'sing', focused: true }], {
      locale: 'vi',
    });
    const partnerNames = (await fake.waitFor(() => fake.responsesOf(partners).find((r) => r.type === 8))).data
      .choices!.map((c) => c.name)
      .join(' ');
    expect(partnerNames).toMatch(/Singapore · 2 phiên/);
    expect(partnerNames).not.toMatch(/\bround|\//);
    const topics = fake.dispatchAutocomplete('topic', [{ name: 'topic', value: 'bom', focused: true }], {
      locale: 'vi',
    });
    const topicNames = (await fake.waitFor(() => fake.responsesOf(topics).find((r) => r.type === 8))).data.choices!.map(
      (c) => c.name,
    );
    expect(topicNames[0]).toMatch(/bom mìn/i);
    expect(topicNames.join(' ')).not.toMatch(/demining|\//i);
    const message = await dialogue('all', 'vi');
    const labels = (message.data.components ?? []).flatMap((row) => row.components ?? []).map((b) => b.label);
    const answer = JSON.stringify([message.data.embeds, labels]);
    expect(answer).not.toMatch(/\b(Sources|Previous|Next|Open article|rounds?|held|on record|Defence)\b/);
  });
  it('sent nothing Discord would reject', () => {
    expect(fake.validationErrors).toEqual([]);
  });
});
