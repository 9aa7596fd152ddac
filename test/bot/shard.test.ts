// npm run start:sharded against the fake Discord: the ShardingManager asks the API how many shards, spawns the real bot
// as a shard, the shard answers, and SIGTERM stops the shard cleanly before the manager exits 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.js';
import { startBot, type BotProcess } from './bot-process.js';

let fake: FakeDiscord;
let manager: BotProcess;

beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatInterval: 1500 });
  manager = startBot(fake, { CACHE_FILE: 'off' }, 'src/bot/shard.ts');
  await manager.waitForLog(/all 1 shard\(s\) ready/, 45_000);
}, 60_000);

afterAll(async () => {
  await manager?.stop('SIGTERM');
  await fake?.close();
});

describe('start:sharded', () => {
  it('spawns the shard the API asks for, and the shard identifies as shard 0 of 1', () => {
    expect(manager.output).toContain('attache: shard 0 started');
    expect(fake.gateway.lastIdentify?.shard).toEqual([0, 1]);
  });
  it('the shard answers commands', async () => {
    const id = fake.dispatchCommand('about', []);
    expect(JSON.stringify((await fake.waitForMessage(id)).data)).toMatch(/5 articles/);
  });
  it('SIGTERM: the shard shuts down cleanly, then the manager exits 0', async () => {
    expect(await manager.stop('SIGTERM')).toBe(0);
    // The shard writes to the same pipe; its last lines may arrive just after the manager's exit is seen.
    await manager.waitForLog(/"signal":"SIGTERM".*"msg":"shutting down"/, 5_000);
    expect(manager.output).toContain('attache: SIGTERM: stopping 1 shard(s)');
  });
});
