/**
 * Every setting of Attaché, read, validated and documented here and nowhere else: the environment (and .env, through
 * dotenv, for the bot) and the CLI's flags meet in this file. Each setting's default stands beside its meaning in
 * `defaults`, as minisearch keeps its `defaultOptions`. A missing or malformed variable is one line naming it — never
 * its value. An empty variable (`RATE_LIMIT_COMMANDS=` in a copied .env.example) means unset: its default applies.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

export const defaults = {
  /** CORPUS_DIR, or the CLI's --corpus: the folder of articles, read recursively (*.txt, *.md). The bundled seeds. */
  corpusDir: 'seeds',
  /** Where CACHE_FILE puts the cache when it names no file: one file per corpus folder, so two never share one. */
  cacheDir: '.cache',
  /** LOG_LEVEL: pino's level for the bot's JSON log lines. */
  logLevel: 'info',
  /** HEALTH_HOST: the address /healthz listens on (when HEALTH_PORT is set); not reachable from other machines. */
  healthHost: '127.0.0.1',
  /** RATE_LIMIT_COMMANDS: commands (and page clicks) one user may run per window; autocomplete is not counted. */
  rateLimitCommands: 5,
  /** RATE_LIMIT_WINDOW_SECONDS: the length of that window. */
  rateLimitWindowSeconds: 10,
  /**
   * HASH_CHECK_MINUTES: how often the bot hashes every corpus file again, to catch an edit that kept the file's size
   * and modification time (which the watcher and the size/time check cannot see); 0 turns the check off.
   */
  hashCheckMinutes: 10,
  /** A burst of changes in the corpus folder is gathered until it has been quiet this long, then reloaded… */
  reloadQuietMs: 300,
  /** …but never longer than this after the burst's first change: a file rewritten without pause still gets reloaded. */
  reloadMaxWaitMs: 2000,
  /**
   * A corpus file larger than this is read, parsed and extracted in a worker thread of its own, even in a reload of
   * one file, so that the event loop stays free (a few hundred kilobytes of text take about a second to extract).
   */
  largeFileBytes: 256 * 1024,
  /** The per-file budget: a large file not read, parsed and extracted in this long is skipped with its reason. */
  fileBudgetMs: 60_000,
} as const;

/** The value of CACHE_FILE that turns the disk cache off. */
export const CACHE_OFF = 'off';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The corpus settings, shared by the bot and the CLI. */
const CorpusEnv = z.object({
  CORPUS_DIR: z.string().default(defaults.corpusDir),
  /** A file path, "off", or unset for one file per corpus folder under `defaults.cacheDir`. */
  CACHE_FILE: z.string().optional(),
});

/** The bot's settings (npm start, start:sharded and deploy-commands), by the names they have in the environment. */
export const ConfigSchema = CorpusEnv.extend({
  DISCORD_TOKEN: z.string({ message: 'is missing' }).regex(/^[\w.-]{20,200}$/, 'does not look like a bot token'),
  DISCORD_CLIENT_ID: snowflake,
  /** Register the commands in this server only (instant, for testing) rather than globally. */
  DISCORD_GUILD_ID: snowflake.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default(defaults.logLevel),
  /** Test only: a fake Discord's REST base, e.g. http://127.0.0.1:4567/api (test/fake-discord/). */
  DISCORD_API_URL: z.string().url().optional(),
  /** Serve GET /healthz on this port (one process, whatever number of shards it runs). */
  HEALTH_PORT: whole(1, 65535).optional(),
  HEALTH_HOST: z.string().default(defaults.healthHost),
  RATE_LIMIT_COMMANDS: whole(1, 1000).default(defaults.rateLimitCommands),
  RATE_LIMIT_WINDOW_SECONDS: whole(1, 3600).default(defaults.rateLimitWindowSeconds),
  HASH_CHECK_MINUTES: whole(0, 10_080).default(defaults.hashCheckMinutes),
});

type Env = z.infer<typeof ConfigSchema>;

export interface Config {
  discordToken: Env['DISCORD_TOKEN'];
  discordClientId: Env['DISCORD_CLIENT_ID'];
  discordGuildId: Env['DISCORD_GUILD_ID'];
  discordApiUrl: Env['DISCORD_API_URL'];
  logLevel: Env['LOG_LEVEL'];
  corpusDir: string;
  /** The cache file to use, or undefined for none. */
  cacheFile: string | undefined;
  /** The port this process serves /healthz on, or undefined for none. */
  healthPort: number | undefined;
  healthHost: string;
  rateLimit: { commands: number; windowMs: number };
  /** Hot reload: gather changes until quiet for quietMs (at most maxWaitMs); hash every file each hashCheckMs (0: never). */
  reload: { quietMs: number; maxWaitMs: number; hashCheckMs: number };
}

/** What the CLI needs: the corpus, from --corpus or the environment. */
export interface CliConfig {
  corpusDir: string;
  cacheFile: string | undefined;
}

export class ConfigError extends Error {}

const OFFLINE_HINT = 'To try Attaché offline without Discord: npm run ask -- dialogue canada';

/**
 * The cache file for a corpus folder, from the CACHE_FILE setting: "off" for none, a path, or by default one file
 * per folder under .cache/, so two bots (or the bot and the CLI) on two folders never share one.
 */
export function cacheFileFor(dir: string, setting: string | undefined): string | undefined {
  if (setting === CACHE_OFF) return undefined;
  const folder = createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 12);
  return setting || join(defaults.cacheDir, `attache-${folder}.cache`);
}

/** An empty variable is an unset one: `NAME=` in .env keeps the default instead of failing validation. */
const withoutEmpty = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));

function parseEnv<T extends z.ZodTypeAny>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(withoutEmpty(env));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? 'environment');
  const message = issue.code === 'invalid_type' ? 'is missing' : issue.message;
  const hint =
    name === 'DISCORD_TOKEN' || name === 'DISCORD_CLIENT_ID'
      ? ` (set it in .env, see .env.example). ${OFFLINE_HINT}`
      : ' (see .env.example)';
  throw new ConfigError(`attache: ${name} ${message}${hint}`);
}

/** The bot's settings, from .env and the process's environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, options: { dotenv?: boolean } = {}): Config {
  if (options.dotenv !== false) loadDotenv({ quiet: true } as Parameters<typeof loadDotenv>[0]);
  const e = parseEnv(ConfigSchema, env);
  return {
    discordToken: e.DISCORD_TOKEN,
    discordClientId: e.DISCORD_CLIENT_ID,
    discordGuildId: e.DISCORD_GUILD_ID,
    discordApiUrl: e.DISCORD_API_URL,
    logLevel: e.LOG_LEVEL,
    corpusDir: e.CORPUS_DIR,
    cacheFile: cacheFileFor(e.CORPUS_DIR, e.CACHE_FILE),
    healthPort: e.HEALTH_PORT,
    healthHost: e.HEALTH_HOST,
    rateLimit: { commands: e.RATE_LIMIT_COMMANDS, windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    reload: {
      quietMs: defaults.reloadQuietMs,
      maxWaitMs: defaults.reloadMaxWaitMs,
      hashCheckMs: e.HASH_CHECK_MINUTES * 60_000,
    },
  };
}

/**
 * The CLI's settings: --corpus before CORPUS_DIR before the default. The CLI reads no .env: it needs no secret, and
 * a bot's .env should not redirect a person's questions to another folder.
 */
export function readCliConfig(flags: { corpus?: string | undefined }, env: NodeJS.ProcessEnv = process.env): CliConfig {
  const e = parseEnv(CorpusEnv, env);
  const corpusDir = flags.corpus || e.CORPUS_DIR;
  return { corpusDir, cacheFile: cacheFileFor(corpusDir, e.CACHE_FILE) };
}
