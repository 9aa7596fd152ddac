/**
 * `npm start`: validate the environment, read and index the corpus, log in, serve slash commands.
 * SIGINT/SIGTERM stop taking interactions, destroy the client and exit 0.
 *
 * The corpus loads while the commands load and the client logs in: at 100,000 articles a start from the cache takes
 * seconds, and the gateway's handshake is waiting on the network meanwhile. The bot is ready (the "ready" line, and
 * /healthz) once both are done; a command that comes in before the corpus waits for it (./early.ts); a corpus folder
 * that cannot be read exits non-zero before anything is answered.
 */
import { ConfigError, readConfig } from '../config.js';
import { CorpusError } from '../corpus/index.js';
import { CorpusStore } from '../store/index.js';
import { memoryStatus, startHealthServer } from './health.js';
import { watchCorpus } from './watch.js';
import type { BotContext } from './context.js';
import { createLogger } from './logger.js';
import { RateLimiter } from './rate-limit.js';
import { shardsFromArgs } from './shard.js';

/** The token, once read: every line the process writes on its way out is redacted with it. */
let secret: string | undefined;
const redacted = (text: string) => (secret ? text.split(secret).join('[redacted]') : text);

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  secret = config.discordToken;
  const logger = createLogger(config.logLevel, config.discordToken);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception; exiting so the process manager restarts the bot');
    process.exit(1);
  });

  const store = new CorpusStore(config.corpusDir, {
    ...(config.cacheFile ? { cacheFile: config.cacheFile } : {}),
    log: (level, fields, message) => logger[level](fields, message),
  });
  // Started now, awaited below: a broken command module or a refused login still stops the start at once.
  const loading = store.load();
  loading.catch(() => undefined);
  // discord.js and the commands, imported now: the store's worker walks the folder meanwhile.
  const {
    Events,
    createClient,
    CommandIds,
    fetchCommandIds,
    CommandLoadError,
    loadCommands,
    afterLoad,
    gatewayReady,
    loginFailureMessage,
    onFatalClose,
    handleInteraction,
  } = await import('./discord-side.js');

  let commands;
  try {
    commands = await loadCommands();
  } catch (error) {
    process.stderr.write(
      `attache: ${error instanceof CommandLoadError ? error.message : `cannot load commands/: ${(error as Error).message}`}\n`,
    );
    process.exit(1);
  }
  const library = () => store.library!;

  const client = createClient(config, logger, shardsFromArgs(process.argv.slice(2)));
  let accepting = true;
  let loaded = false;
  const ctx: BotContext = {
    library,
    logger,
    limiter: new RateLimiter(config.rateLimit.commands, config.rateLimit.windowMs),
    commands,
    commandIds: new CommandIds(),
  };
  client.once(Events.ClientReady, (ready) =>
    fetchCommandIds(client, ready.application.id, config.discordGuildId, ctx.commandIds!, logger),
  );
  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    if (loaded) void handleInteraction(interaction, ctx);
    else
      void afterLoad(interaction, loading, (early) => (accepting ? handleInteraction(early, ctx) : Promise.resolve()));
  });
  // Ready to answer: the gateway's READY and the corpus loaded, whichever comes last.
  let gatewayUp = false;
  const announceReady = () => {
    if (!gatewayUp || !loaded || !client.isReady()) return;
    logger.info({ user: client.user.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.size }, 'ready');
    setImmediate(() => store.warmUp());
  };
  client.once(Events.ClientReady, () => {
    gatewayUp = true;
    announceReady();
  });

  let watcher: { close(): void } | null = null;
  // Under start:sharded too, one process and one port: every shard is in this client (./shard.ts).
  const health = config.healthPort
    ? startHealthServer(
        config.healthPort,
        config.healthHost,
        () => ({
          // Not ready whenever the gateway is gone (reconnecting, or closed for good): no command can arrive then;
          // nor before the corpus is loaded.
          ready: loaded && gatewayReady(client),
          gatewayLatencyMs: client.ws.ping,
          ...(loaded
            ? {
                articles: library().corpus.articles.length,
                skipped: library().corpus.skipped.length,
                lastReload: library().loadedAt.toISOString(),
              }
            : { loading: true }),
          memory: memoryStatus(),
        }),
        logger,
      )
    : null;

  const shutdown = (signal: string) => {
    if (!accepting) return;
    accepting = false;
    logger.info({ signal }, 'shutting down');
    watcher?.close();
    health?.close();
    // A cache write still pending from a recent reload is finished, so the next start re-reads nothing.
    void Promise.allSettled([client.destroy(), store.flush()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  // A refused token, refused intents or required sharding: nothing will arrive, so say what to fix and exit non-zero.
  const fatal = (line: string) => {
    if (!accepting) return;
    accepting = false;
    process.stderr.write(`attache: ${redacted(line)}\n`);
    process.exit(1);
  };
  onFatalClose(client, fatal);
  const login = client.login(config.discordToken).catch((error: unknown) => fatal(loginFailureMessage(error)));

  try {
    await loading;
  } catch (error) {
    if (error instanceof CorpusError) {
      accepting = false;
      process.stderr.write(`attache: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (!accepting) return;
  for (const skipped of library().corpus.skipped)
    logger.warn({ file: skipped.file, reason: skipped.reason }, 'file skipped');
  for (const warning of library().corpus.warnings ?? [])
    logger.warn({ file: warning.file, reason: warning.reason }, 'file loaded with a warning');
  logger.info(
    {
      articles: library().corpus.articles.length,
      rounds: library().knowledge.rounds.length,
      corpus: config.corpusDir,
      ...store.lastStats,
    },
    'corpus indexed',
  );
  watcher = watchCorpus(store, logger, config.reload);
  loaded = true;
  announceReady();
  await login;
}

// A start that fails (an unexpected error before the bot serves) exits non-zero rather than idling half-started.
main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`attache: start failed: ${redacted(message)}\n`);
  process.exit(1);
});
