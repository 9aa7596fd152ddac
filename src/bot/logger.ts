/** Structured logs (pino, one JSON line per event). The token is redacted wherever it might appear. */
import pino from 'pino';

export function createLogger(level: string, token?: string) {
  const logger = pino({
    level,
    redact: { paths: ['token', '*.token', 'config.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    base: { app: 'attache' },
    hooks: {
      // Belt and braces: a token that slipped into any message string is masked before it is written.
      logMethod(args, method) {
        if (token) for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') args[i] = (args[i] as string).split(token).join('[redacted]');
        method.apply(this, args as Parameters<typeof method>);
      },
    },
  });
  return logger;
}

export type Logger = ReturnType<typeof createLogger>;
