/** Structured logs (pino, one JSON line per event). The token is redacted wherever it might appear. */
import pino from 'pino';

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

export function createLogger(level: string, token?: string) {
  const logger = pino({
    level,
    redact: {
      paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'],
      censor: '[redacted]',
    },
    base: { app: 'attache' },
    // Errors are logged by what identifies them; request bodies (pictures, whole answers) stay out of the log.
    serializers: { err: summarizeError },
    hooks: {
      // Belt and braces: a token that slipped into any message string is masked before it is written.
      logMethod(args, method) {
        if (token)
          for (let i = 0; i < args.length; i++)
            if (typeof args[i] === 'string') args[i] = (args[i] as string).split(token).join('[redacted]');
        method.apply(this, args as Parameters<typeof method>);
      },
    },
  });
  return logger;
}

export type Logger = ReturnType<typeof createLogger>;
