// npm run start:sharded against a fake Discord that serves two gateway shards: every shard comes up in one process,
// the corpus is held once (the set of processes the start made weighs less than one bot plus 50 MB a shard), the
// guild's shard answers, SIGTERM stops it cleanly, and a start whose shard Discord refuses leaves no process behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/generate.js';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.js';
import { startBot, type BotProcess } from './bot-process.js';
import { newMarker, peakRssMb, processesMarked } from './process-set.js';

/** A corpus large enough that a second copy of it would show (a few hundred articles, not the five seeds). */
let corpus: string;
const fakes: FakeDiscord[] = [];
const bots: BotProcess[] = [];

async function start(shards: number, args: string[], fakeOptions: Parameters<typeof startFakeDiscord>[0] = {}) {
  const fake = await startFakeDiscord({ heartbeatInterval: 1500, shards, ...fakeOptions });
  const marker = newMarker();
  const bot = startBot(fake, { CACHE_FILE: 'off', CORPUS_DIR: corpus, ...marker }, 'src/bot/main.ts', args);
  fakes.push(fake);
  bots.push(bot);
  return { fake, bot, marker };
}

/** One bot as npm start runs it, after it answered: what one copy of the corpus weighs. */
let oneCopyMb: number;
let sharded: Awaited<ReturnType<typeof start>>;

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'attache-shards-'));
  writeCorpus(corpus, generateCorpus({ articles: 300, seed: 3 }));
  const single = await start(1, []);
  await single.bot.waitForLog(/"msg":"ready"/, 60_000);
  const id = single.fake.dispatchCommand('about', []);
  await single.fake.waitForMessage(id, 15_000);
  oneCopyMb = peakRssMb(single.marker);
  expect(await single.bot.stop('SIGTERM')).toBe(0);
  sharded = await start(2, ['--sharded']);
  await sharded.bot.waitForLog(/"msg":"ready"/, 60_000);
}, 150_000);

afterAll(async () => {
  for (const bot of bots) await bot.stop('SIGTERM');
  for (const fake of fakes) await fake.close();
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});

describe('start:sharded', () => {
  it('runs every shard the API recommends: READY for shard 0 and shard 1 of 2', () => {
    expect([...sharded.fake.gateway.readyShards].sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(sharded.bot.output.join('\n')).toMatch(/"shards":2.*"msg":"ready"/);
  });

  it('the guild’s shard answers commands', async () => {
    const id = sharded.fake.dispatchCommand('about', []);
    expect(JSON.stringify((await sharded.fake.waitForMessage(id, 15_000)).data)).toMatch(/300 articles/);
  });

  it('holds the corpus once: the set of its processes weighs less than one bot plus 50 MB per shard', () => {
    const shardedMb = peakRssMb(sharded.marker);
    expect(oneCopyMb).toBeGreaterThan(0);
    expect(shardedMb).toBeLessThan(oneCopyMb + 2 * 50);
  });

  it('SIGTERM: shuts down cleanly and exits 0, leaving no process', async () => {
    expect(await sharded.bot.stop('SIGTERM')).toBe(0);
    expect(sharded.bot.output.join('\n')).toMatch(/"signal":"SIGTERM".*"msg":"shutting down"/);
    expect(processesMarked(sharded.marker)).toEqual([]);
  });

  it('a shard Discord refuses stops the whole start: exit 1, the reason on stderr, no process left', async () => {
    const failing = await start(2, ['--sharded'], { refuseIdentify: 4004, refuseShard: 1 });
    expect(await failing.bot.exited).toBe(1);
    expect(failing.bot.output.join('\n')).toMatch(/attache: Discord refused the token \(gateway close 4004\)/);
    expect(processesMarked(failing.marker)).toEqual([]);
  }, 60_000);
});
