/**
 * The discord.js Client: the Guilds intent only (interactions need nothing more), no mentions unless a reply asks, the
 * REST base moved when a test Discord is configured, and every gateway and rate-limit event in the log.
 */
import { Client, Events, GatewayIntentBits } from './discord.js';
import type { Config } from '../config.js';
import type { Logger } from './logger.js';

/** `shards: 'auto'` runs every shard Discord recommends in this one client (./shard.ts); by default one. */
export function createClient(config: Config, logger: Logger, shards?: 'auto'): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(shards ? { shards } : {}),
    allowedMentions: { parse: [] },
    // discord.js asks this API for the gateway URL too, so one setting moves both.
    ...(config.discordApiUrl ? { rest: { api: config.discordApiUrl } } : {}),
  });
  client.once(Events.ClientReady, (ready) =>
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size },
      'gateway ready',
    ),
  );
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'shard ready'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'),
  );
  return client;
}
