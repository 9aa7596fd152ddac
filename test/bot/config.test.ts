// The environment: one line naming a missing or malformed variable, never its value.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';

const good = { DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.FAKE.abcdefghijk', DISCORD_CLIENT_ID: '100000000000000001' };

describe('config', () => {
  it('reads a good environment with defaults', () => {
    expect(readConfig(good, { dotenv: false })).toMatchObject({
      CORPUS_DIR: 'seeds',
      LOG_LEVEL: 'info',
      RATE_LIMIT_COMMANDS: 5,
    });
  });
  it.each([
    [
      { DISCORD_CLIENT_ID: good.DISCORD_CLIENT_ID },
      /^attache: DISCORD_TOKEN is missing .*npm run ask -- dialogue canada$/,
    ],
    [{ ...good, DISCORD_CLIENT_ID: 'abc' }, /^attache: DISCORD_CLIENT_ID must be a Discord id/],
    [{ ...good, LOG_LEVEL: 'loud' }, /^attache: LOG_LEVEL /],
    [{ ...good, DISCORD_GUILD_ID: '12' }, /^attache: DISCORD_GUILD_ID /],
  ])('%j', (env, message) => {
    expect(() => readConfig(env, { dotenv: false })).toThrow(ConfigError);
    expect(() => readConfig(env, { dotenv: false })).toThrow(message);
  });
  it('never prints the value of a malformed token', () => {
    const secret = 'short secret value';
    const read = () => readConfig({ ...good, DISCORD_TOKEN: secret }, { dotenv: false });
    expect(read).toThrow(/^attache: DISCORD_TOKEN does not look like a bot token/);
    expect(() => read()).not.toThrow(secret);
  });
  it('npm start without a token: one line, exit code 1, and how to try Attaché offline', () => {
    const env = { ...process.env };
    delete env.DISCORD_TOKEN;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/DISCORD_TOKEN is missing.*npm run ask -- dialogue canada/),
    ]);
  });
});
