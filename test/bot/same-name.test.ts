// The bot on a corpus where two files share a name in two folders: /source answers each by its own id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.js';
import { SAME_NAME, sameNameCorpus } from '../helpers/same-name-corpus.js';
import { startBot, type BotProcess } from './bot-process.js';

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatInterval: 1500 });
  bot = startBot(fake, { CORPUS_DIR: sameNameCorpus(), CACHE_FILE: 'off' });
  await bot.waitForLog(/"msg":"ready"/);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('two files of one name in two folders', () => {
  it.each([SAME_NAME.canada, SAME_NAME.japan])('/source $id answers that article', async ({ id, title }) => {
    const reply = await fake.waitForMessage(fake.dispatchCommand('source', [{ name: 'article', value: id }]));
    const text = JSON.stringify(reply.data);
    expect(text).toContain(title);
    expect(text).not.toMatch(/not found|ambiguous/i);
  });
  it('autocomplete offers both', async () => {
    const id = fake.dispatchAutocomplete('source', [{ name: 'article', value: 'report', focused: true }]);
    const response = await fake.waitFor(() => fake.responsesOf(id).find((r) => r.type === 8));
    const values = response.data.choices!.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(['a/report', 'b/report']));
  });
});
