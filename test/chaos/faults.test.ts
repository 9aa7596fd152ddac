// Discord faults, floods, bad files and hot reload against the running bot process and the fake Discord.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  cpSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/server.js';
import { FAKE_TOKEN, startBot, type BotProcess } from '../bot/bot-process.js';

let fake: FakeDiscord;
let bot: BotProcess;
let corpus: string;
let outside: string;
let healthPort: number;
let nextUser = 500000000000000000n;
const newUser = () => String(++nextUser);
const text = (v: unknown) => JSON.stringify(v);

async function ask(name: string, options: { name: string; value: string }[] = [], userId = newUser()) {
  const id = fake.dispatchCommand(name, options, { userId });
  return fake.waitForMessage(id, 10_000);
}

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'attache-chaos-'));
  outside = mkdtempSync(join(tmpdir(), 'attache-chaos-outside-'));
  cpSync('seeds', corpus, { recursive: true });
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]));
  writeFileSync(join(corpus, 'latin1.txt'), Buffer.from('Đối thoại quốc phòng\n\nHai bên nhất trí.', 'latin1'));
  copyFileSync('test/fixtures/articles/nfd-encoded.txt', join(corpus, 'nfd.txt'));
  // Not regular files inside the folder: a pipe as an article and as a sidecar, a sidecar linked outside, a link to /dev/zero.
  spawnSync('mkfifo', [join(corpus, 'pipe.txt')]);
  spawnSync('mkfifo', [join(corpus, '000_064f160b2ba67829.meta.json')]);
  writeFileSync(
    join(outside, 'meta.json'),
    JSON.stringify({ outlet: 'Outside Outlet', url: 'https://outside.example/' }),
  );
  symlinkSync(join(outside, 'meta.json'), join(corpus, '001_bee81db2a34faaf4.meta.json'));
  symlinkSync('/dev/zero', join(corpus, 'zero.txt'));
  writeFileSync(join(corpus, 'long-word.txt'), `Tiêu đề\n\nMột ${'a'.repeat(4_300_000)} hết.\n`);
  const huge = openSync(join(corpus, 'huge.txt'), 'w');
  ftruncateSync(huge, 50 * 1024 * 1024);
  closeSync(huge);
  fake = await startFakeDiscord({ heartbeatInterval: 1000 });
  healthPort = 20000 + Math.floor(Math.random() * 20000);
  bot = startBot(fake, {
    CORPUS_DIR: corpus,
    RATE_LIMIT_COMMANDS: '5',
    CACHE_FILE: 'off',
    HEALTH_PORT: String(healthPort),
  });
  await bot.waitForLog(/"msg":"ready"/);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  rmSync(corpus, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('bad files', () => {
  it('the bot starts, answers, and /about and the log list each skipped file with its reason', async () => {
    const about = text((await ask('about')).data);
    expect(about).toMatch(/\d+ files skipped/);
    const log = bot.output.filter((l) => /"msg":"file (skipped|loaded with a warning)"/.test(l)).join('\n');
    for (const [file, reason] of [
      ['empty.txt', 'empty file'],
      ['binary.txt', 'binary'],
      ['latin1.txt', 'UTF-8'],
      ['huge.txt', 'larger than 5 MB'],
      ['pipe.txt', 'named pipe'],
      ['000_064f160b2ba67829.meta.json', 'named pipe'],
      ['001_bee81db2a34faaf4.meta.json', 'outside the corpus folder'],
      ['zero.txt', 'outside the corpus folder'],
      ['long-word.txt', 'with no space'],
    ]) {
      expect(log).toMatch(new RegExp(`"file":"${file}","reason":"[^"]*${reason}`));
    }
    // The first page of /about names the first of them; the log names them all.
    expect(about).toContain('binary');
    expect(about).not.toMatch(/Outside Outlet|outside\.example/);
    expect(text((await ask('dialogue', [{ name: 'partner', value: 'india' }])).data)).toMatch(
      /11th Strategic Defence Dialogue|Strategic Defence Dialogue/,
    );
  });
});

describe('hot reload', () => {
  it('a new file is picked up and answered from; a file removed mid-reload does no harm', async () => {
    writeFileSync(
      join(corpus, 'new-laos.txt'),
      'Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 3\n\n05/05/2022 10:00\n\nSáng 4/5, tại Viêng Chăn, hai bên đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Lào lần thứ 3./.\n\nNguồn: qdnd.vn\n',
    );
    writeFileSync(join(corpus, 'gone.txt'), 'Tiêu đề\n\nMột đoạn văn sẽ biến mất.\n');
    rmSync(join(corpus, 'gone.txt'));
    await bot.waitForLog(/"msg":"corpus reloaded"/, 10_000);
    await fake.waitFor(async () => false, 10).catch(() => undefined);
    const answer = text((await ask('dialogue', [{ name: 'partner', value: 'laos' }])).data);
    expect(answer).toMatch(/3rd Defence Policy Dialogue/);
    expect(answer).toMatch(/Vientiane/);
  });
});

describe('Discord faults', () => {
  it('a non-resumable close (4009): identifies again and keeps answering', async () => {
    const identifies = fake.identifies;
    fake.closeGateway(4009);
    await fake.waitFor(() => fake.identifies > identifies, 20_000, 'a new IDENTIFY');
    expect(text((await ask('partners')).data)).toMatch(/Japan/);
  });
  it('missed heartbeat ACKs: the bot notices, reconnects, keeps answering', async () => {
    const sessions = fake.identifies + fake.resumes;
    fake.stopHeartbeatAcks();
    await fake.waitFor(() => fake.identifies + fake.resumes > sessions, 20_000, 'a reconnect after missed ACKs');
    fake.resumeHeartbeatAcks();
    expect(text((await ask('partners')).data)).toMatch(/Japan/);
  });
  it('a REST 500 on the callback is retried', async () => {
    fake.failNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, { status: 500 });
    expect(text((await ask('about')).data)).toMatch(/articles/);
  });
  it('a slow REST answer is waited for', async () => {
    fake.failNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, { delayMs: 1200 });
    expect(text((await ask('about')).data)).toMatch(/articles/);
  });
  it('an interaction that expired (10062) is logged, and the next one is answered', async () => {
    fake.failNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, { delayMs: 3300 });
    const id = fake.dispatchCommand('about', [], { userId: newUser() });
    await bot.waitForLog(/"msg":"interaction failed"/, 15_000);
    expect(fake.responsesOf(id)).toEqual([]);
    expect(text((await ask('partners')).data)).toMatch(/Japan/);
  });
  it('a 429 with retry-after on a callback is waited out', async () => {
    fake.failNext(/^POST \/interactions\/\d+\/[^/]+\/callback$/, { status: 429, retryAfter: 0.5 });
    expect(text((await ask('partners')).data)).toMatch(/Japan/);
  });
});

describe('floods', () => {
  it('past 5 commands in 10 s a user is told to slow down; another user is still answered', async () => {
    const flooder = newUser();
    const replies = [];
    for (let i = 0; i < 8; i++) replies.push(await ask('about', [], flooder));
    const slowed = replies.filter((r) => /asking quickly/.test(text(r.data)));
    expect(slowed).toHaveLength(3);
    for (const r of slowed) expect(r.data.flags! & 64).toBe(64);
    expect(text((await ask('about')).data)).toMatch(/articles/);
  });
});

describe('the process', () => {
  it('serves /healthz on 127.0.0.1 with readiness, gateway latency, corpus size, last reload and memory', async () => {
    await bot.waitForLog(/"msg":"health endpoint listening"/);
    const response = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      ready: true,
      articles: expect.any(Number),
      lastReload: expect.any(String),
      gatewayLatencyMs: expect.any(Number),
    });
    expect(body.memory.peakRssMb).toBeGreaterThanOrEqual(body.memory.rssMb);
    expect(body.memory.heapUsedMb).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${healthPort}/other`)).status).toBe(404);
  });
  it('logged each fault, let no rejection escape, never printed the token, sent nothing invalid', () => {
    const log = bot.output.join('\n');
    expect(log).not.toContain(FAKE_TOKEN);
    expect(log).not.toMatch(/unhandled rejection|uncaught exception/);
    expect(log).toMatch(/"msg":"gateway (resumed|reconnecting)"/);
    expect(fake.validationErrors).toEqual([]);
    expect(bot.child.exitCode).toBeNull();
  });
});
