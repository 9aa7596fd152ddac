// The environment: one line naming a missing or malformed variable, never its value.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cacheFileFor, ConfigError, readCliConfig, readConfig } from '../../src/config.js';

const good = { DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAx.FAKE.abcdefghijk', DISCORD_CLIENT_ID: '100000000000000001' };

describe('config', () => {
  it('reads a good environment with defaults', () => {
    expect(readConfig(good, { dotenv: false })).toMatchObject({
      corpusDir: 'seeds',
      logLevel: 'info',
      rateLimit: { commands: 5, windowMs: 10_000 },
      healthPort: undefined,
    });
  });
  it('an empty variable, as in a copied .env.example, is unset: its default applies', () => {
    const empty = { RATE_LIMIT_COMMANDS: '', RATE_LIMIT_WINDOW_SECONDS: '', HEALTH_PORT: '', DISCORD_GUILD_ID: '' };
    expect(readConfig({ ...good, ...empty }, { dotenv: false })).toMatchObject({
      rateLimit: { commands: 5, windowMs: 10_000 },
      healthPort: undefined,
      discordGuildId: undefined,
    });
  });
  it('HEALTH_PORT is the one port of the one process, however many shards it runs', () => {
    expect(readConfig({ ...good, HEALTH_PORT: '8080' }, { dotenv: false })).toMatchObject({ healthPort: 8080 });
  });
  it('the CLI: --corpus before CORPUS_DIR before the bundled seeds; CACHE_FILE=off turns the cache off', () => {
    expect(readCliConfig({}, {})).toMatchObject({ corpusDir: 'seeds' });
    expect(readCliConfig({}, { CORPUS_DIR: 'archive' })).toMatchObject({ corpusDir: 'archive' });
    expect(readCliConfig({ corpus: 'mine' }, { CORPUS_DIR: 'archive' })).toMatchObject({ corpusDir: 'mine' });
    expect(readCliConfig({}, { CACHE_FILE: 'off' }).cacheFile).toBeUndefined();
  });
  it('one cache file per corpus folder by default, none when off', () => {
    expect(cacheFileFor('seeds', undefined)).toMatch(/^\.cache\/attache-[0-9a-f]{12}\.cache$/);
    expect(cacheFileFor('seeds', undefined)).not.toBe(cacheFileFor('other', undefined));
    expect(cacheFileFor('seeds', '/tmp/x.cache')).toBe('/tmp/x.cache');
    expect(cacheFileFor('seeds', 'off')).toBeUndefined();
  });
  it.each([
    [
      { DISCORD_CLIENT_ID: good.DISCORD_CLIENT_ID },
      /^attache: DISCORD_TOKEN is missing .*npm run ask -- dialogue canada$/,
    ],
    [{ ...good, DISCORD_CLIENT_ID: 'abc' }, /^attache: DISCORD_CLIENT_ID must be a Discord id/],
    [{ ...good, LOG_LEVEL: 'loud' }, /^attache: LOG_LEVEL /],
    [{ ...good, DISCORD_GUILD_ID: '12' }, /^attache: DISCORD_GUILD_ID /],
    [{ ...good, RATE_LIMIT_COMMANDS: 'many' }, /^attache: RATE_LIMIT_COMMANDS /],
    [{ ...good, HEALTH_PORT: '99999' }, /^attache: HEALTH_PORT /],
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
