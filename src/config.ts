/**
 * The bot's environment, from .env (dotenv) and the process, validated with zod. A missing or malformed variable is
 * one line naming it — never its value — and exit code 1.
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

export const ConfigSchema = z.object({
  DISCORD_TOKEN: z
    .string({ message: 'is missing' })
    .min(1, 'is missing')
    .regex(/^[\w.-]{20,200}$/, 'does not look like a bot token'),
  DISCORD_CLIENT_ID: snowflake,
  DISCORD_GUILD_ID: z
    .union([snowflake, z.literal('')])
    .optional()
    .transform((v) => v || undefined),
  CORPUS_DIR: z
    .string()
    .optional()
    .transform((v) => v || 'seeds'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .transform((v) => v ?? 'info'),
  /** Test only: a fake Discord's REST base, e.g. http://127.0.0.1:4567/api. */
  DISCORD_API_URL: z
    .union([z.string().url(), z.literal('')])
    .optional()
    .transform((v) => v || undefined),
  /** Where the parsed corpus and index are cached between starts (default: .cache/, one file per corpus folder); "off" disables it. */
  CACHE_FILE: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  HEALTH_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  HEALTH_HOST: z
    .string()
    .optional()
    .transform((v) => v || '127.0.0.1'),
  RATE_LIMIT_COMMANDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .transform((v) => v ?? 5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3600)
    .optional()
    .transform((v) => v ?? 10),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

const OFFLINE_HINT = 'To try Attaché offline without Discord: npm run ask -- dialogue canada';

export function readConfig(env: NodeJS.ProcessEnv = process.env, options: { dotenv?: boolean } = {}): Config {
  if (options.dotenv !== false) loadDotenv({ quiet: true } as Parameters<typeof loadDotenv>[0]);
  const result = ConfigSchema.safeParse(env);
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
