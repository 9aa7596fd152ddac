/** Structured logs (pino, one JSON line per event). The token is redacted wherever it might appear. */
import { createRequire } from 'node:module';
import type pinoModule from 'pino';

// pino is CommonJS: required, not imported, so that Node's ESM loader does not lex its modules at start (as
// ./discord.ts does for discord.js).
const pino = createRequire(import.meta.url)('pino') as typeof pinoModule;

export function summarizeError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    type: e.name,
    message: e.message,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.status !== undefined ? { status: e.status } : {}),
    ...(e.method !== undefined ? { method: e.method } : {}),
    ...(typeof e.url === 'string'
      ? {
          url: e.url
            .replace(/\/webhooks\/(\d+)\/[^/]+/, '/webhooks/$1/[token]')
            .replace(/\/interactions\/(\d+)\/[^/]+/, '/interactions/$1/[token]'),
        }
      : {}),
    stack: e.stack?.split('\n').slice(0, 6).join('\n'),
  };
}

/**
 * The shape of a Discord token (the user id in base64, a timestamp, an HMAC): a user may paste one into an option,
 * and logs outlive the message. Any such string, and the bot's own token, is masked wherever it appears.
 */
const DISCORD_TOKEN_SHAPE = /[A-Za-z\d_-]{23,28}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,}/g;
const MAX_DEPTH = 6;

/** A copy of a log record's values with every secret masked (plain objects and arrays only; the original is kept). */
export function redactSecrets(value: unknown, token?: string, depth = 0): unknown {
  if (typeof value === 'string') {
    const masked = value.replace(DISCORD_TOKEN_SHAPE, '[redacted]');
    return token ? masked.split(token).join('[redacted]') : masked;
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, token, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value; // an Error: its serializer masks what it keeps
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactSecrets(v, token, depth + 1)]));
}

export function createLogger(level: string, token?: string) {
  const logger = pino({
    level,
    redact: {
      paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'],
      censor: '[redacted]',
    },
    base: { app: 'attache' },
    // Errors are logged by what identifies them; request bodies (pictures, whole answers) stay out of the log.
    serializers: { err: (error: unknown) => redactSecrets(summarizeError(error), token) },
    formatters: { log: (record) => redactSecrets(record, token) as Record<string, unknown> },
    hooks: {
      // Belt and braces: a token that slipped into any message string is masked before it is written.
      logMethod(args, method) {
        for (let i = 0; i < args.length; i++)
          if (typeof args[i] === 'string') args[i] = redactSecrets(args[i], token) as string;
        method.apply(this, args as Parameters<typeof method>);
      },
    },
  });
  return logger;
}

export type Logger = ReturnType<typeof createLogger>;
