/**
 * `npm run start:sharded`: the same bot under discord.js's ShardingManager, one process per shard.
 * Discord requires sharding past 2,500 guilds; each shard holds its own copy of the index.
 * SIGINT/SIGTERM stop every shard the way `npm start` stops (each finishes cleanly), then exit 0.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { ConfigError, readConfig, type Config } from '../config.js';

/**
 * 'auto' asks discord.com for the shard count and cannot be pointed elsewhere, so against a test Discord
 * (DISCORD_API_URL) the same question is asked of that API instead.
 */
async function shardCount(config: Config): Promise<number | 'auto'> {
  if (!config.discordApiUrl) return 'auto';
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
  const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return shards;
}

function stopOnSignals(manager: ShardingManager): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`attache: ${signal}: stopping ${manager.shards.size} shard(s)\n`);
    // Shard.kill() sends SIGTERM without respawning; each shard then shuts down as `npm start` does.
    await Promise.all(
      manager.shards.map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            shard.kill();
          }),
      ),
    );
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

try {
  const config = readConfig();
  // main.ts under tsx, main.js once built: the entry beside this file.
  const entry = fileURLToPath(new URL(`./main${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  const manager = new ShardingManager(entry, {
    token: config.discordToken,
    totalShards: await shardCount(config),
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => process.stdout.write(`attache: shard ${shard.id} started\n`));
  stopOnSignals(manager);
  await manager.spawn();
  process.stdout.write(`attache: all ${manager.shards.size} shard(s) ready\n`);
} catch (error) {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `start:sharded: ${(error as Error).message}`}\n`,
  );
  process.exit(1);
}
