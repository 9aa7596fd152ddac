/** Start the real bot process (npm start's entry) against a fake Discord, and read its log lines. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { FakeDiscord } from '../fake-discord/server.js';

export const FAKE_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.FAKE.tok3n-that-must-never-be-printed';

export interface BotProcess {
  child: ChildProcess;
  output: string[];
  waitForLog: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  exited: Promise<number | null>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * The node flags of the npm script that runs `entry` with `args` (`node <flags> bin/run.mjs <entry> <args>` in
 * package.json; `npm start`'s when no script runs exactly that), so that a test or the bench starts the bot with the
 * flags a user's `npm start` gives it, read from package.json rather than copied.
 */
export function scriptNodeFlags(entry = 'src/bot/main.ts', args: string[] = []): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const parse = (command = '') => {
    const words = command.trim().split(/\s+/);
    const at = words.indexOf('bin/run.mjs');
    return words[0] === 'node' && at > 0 ? { flags: words.slice(1, at), runs: words.slice(at + 1).join(' ') } : null;
  };
  const exact = Object.values(scripts)
    .map(parse)
    .find((script) => script?.runs === [entry, ...args].join(' '));
  return (exact ?? parse(scripts.start))?.flags ?? [];
}

/**
 * `entry` and `args`: src/bot/main.ts (npm start), with `--sharded` for npm run start:sharded, run as those scripts
 * run it (bin/run.mjs, with the scripts' node flags: scriptNodeFlags).
 */
export function startBot(
  fake: FakeDiscord,
  env: Record<string, string> = {},
  entry = 'src/bot/main.ts',
  args: string[] = [],
): BotProcess {
  const child = spawn(process.execPath, [...scriptNodeFlags(entry, args), 'bin/run.mjs', entry, ...args], {
    env: {
      ...process.env,
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      CORPUS_DIR: 'seeds',
      LOG_LEVEL: 'info',
      RATE_LIMIT_COMMANDS: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    for (const l of [...listeners]) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitForLog = (pattern: RegExp, timeoutMs = 45_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = output.find((l) => pattern.test(l));
        if (line) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve(line);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`bot: no log line matching ${pattern} in:\n${output.slice(-20).join('\n')}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null) child.kill(signal);
    return exited;
  };
  return { child, output, waitForLog, exited, stop };
}
