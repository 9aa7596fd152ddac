// Discord's answers that no retry can fix end the bot with a non-zero code and one line naming the cause; /healthz is
// not ready while the gateway is gone.
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_TOKEN, startBot, type BotProcess } from '../bot/bot-process.js';
import { startFakeDiscord, type FakeDiscord, type FakeOptions } from '../fake-discord/server.js';

let fake: FakeDiscord | undefined;
let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop();
  await fake?.close();
  bot = fake = undefined;
});

/** The bot on one seed article (a fast start), against a fake with these options; no cache. */
async function startAgainst(options: FakeOptions, env: Record<string, string> = {}) {
  fake = await startFakeDiscord({ heartbeatInterval: 1000, ...options });
  bot = startBot(fake, { CORPUS_DIR: 'test/fixtures/articles', CACHE_FILE: 'off', ...env });
  return { fake, bot };
}

async function exitWithin30s(b: BotProcess): Promise<number | null> {
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref());
  const code = await Promise.race([b.exited, timeout]);
  expect(code, `the bot did not exit:\n${b.output.slice(-5).join('\n')}`).not.toBe('timeout');
  return code as number | null;
}

/** The one line the bot printed for a fatal cause (not JSON: meant for the operator reading the service's output). */
const causeLines = (b: BotProcess) => b.output.filter((l) => l.startsWith('attache: '));

describe('fatal answers at login', () => {
  for (const [name, options, cause] of [
    ['an invalid token (REST 401)', { token: 'another-token' }, /refused the token .*DISCORD_TOKEN/],
    ['a token the gateway refuses (4004)', { refuseIdentify: 4004 }, /refused the token \(gateway close 4004\)/],
    ['invalid intents (4013)', { refuseIdentify: 4013 }, /intents .*4013/],
    ['disallowed intents (4014)', { refuseIdentify: 4014 }, /intents .*4014.*Privileged Gateway Intents/],
    ['sharding required (4011)', { refuseIdentify: 4011 }, /sharding .*4011.*start:sharded/],
  ] as const) {
    it(`${name}: exits non-zero within 30 s with one line naming the cause`, async () => {
      const { bot } = await startAgainst(options);
      const code = await exitWithin30s(bot);
      expect(code).not.toBe(0);
      expect(causeLines(bot)).toHaveLength(1);
      expect(causeLines(bot)[0]).toMatch(cause);
      expect(bot.output.join('\n')).not.toContain(FAKE_TOKEN);
    }, 40_000);
  }
});

describe('after ready', () => {
  it('a fatal close (4014) ends the process non-zero with its line', async () => {
    const { fake, bot } = await startAgainst({});
    await bot.waitForLog(/"msg":"ready"/);
    fake.closeGateway(4014);
    expect(await exitWithin30s(bot)).not.toBe(0);
    expect(causeLines(bot)).toEqual([expect.stringMatching(/4014/)]);
  }, 40_000);

  it('/healthz says not ready while the gateway is gone, ready again once it is back', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const { fake, bot } = await startAgainst({}, { HEALTH_PORT: String(port) });
    await bot.waitForLog(/"msg":"ready"/);
    await bot.waitForLog(/"msg":"health endpoint listening"/);
    const health = async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
    expect(await health()).toBe(200);
    fake.setGatewayDown(true);
    await bot.waitForLog(/"msg":"gateway (reconnecting|disconnected)"/);
    expect(await health()).toBe(503);
    const sessions = fake.identifies + fake.resumes;
    fake.setGatewayDown(false);
    await fake.waitFor(() => fake.identifies + fake.resumes > sessions, 30_000, 'a new session');
    await bot.waitForLog(/"msg":"gateway resumed"|"msg":"ready"/);
    let status = 0;
    // The bot marks its shard ready a moment after the fake sent RESUMED/READY: ask until it has (a few requests).
    for (let i = 0; i < 200 && status !== 200; i++) status = await health();
    expect(status).toBe(200);
  }, 60_000);
});
