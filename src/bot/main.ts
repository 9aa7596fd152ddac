/**
 * `npm start`: validate the environment, read and index the corpus, log in, serve slash commands.
 * SIGINT/SIGTERM stop taking interactions, destroy the client and exit 0.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { loadLibrary, type Library } from '../answers/index.js';
import { ConfigError, readConfig } from '../config.js';
import { CorpusError } from '../corpus/load.js';
import { handleInteraction, type BotContext } from './interactions.js';
import { createLogger } from './logger.js';
import { RateLimiter } from './rate-limit.js';

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
  const logger = createLogger(config.LOG_LEVEL, config.DISCORD_TOKEN);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception; exiting so the process manager restarts the bot');
    process.exit(1);
  });

  let library: Library;
  try {
    library = await loadLibrary(config.CORPUS_DIR);
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(`attache: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  for (const skipped of library.corpus.skipped) logger.warn({ file: skipped.file, reason: skipped.reason }, 'file skipped');
  logger.info({ articles: library.corpus.articles.length, rounds: library.knowledge.rounds.length, corpus: config.CORPUS_DIR }, 'corpus indexed');

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
  let accepting = true;
  const ctx: BotContext = {
    library: () => library,
    logger,
    limiter: new RateLimiter(config.RATE_LIMIT_COMMANDS, config.RATE_LIMIT_WINDOW_SECONDS * 1000),
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) void handleInteraction(interaction, ctx);
  });
  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'ready'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) => logger.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'));

  const shutdown = (signal: string) => {
    if (!accepting) return;
    accepting = false;
    logger.info({ signal }, 'shutting down');
    void client.destroy().finally(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  await client.login(config.DISCORD_TOKEN);
}

void main();
