/**
 * `npm run start:sharded`: the same bot under discord.js's ShardingManager, one process per shard.
 * Discord requires sharding past 2,500 guilds; each shard holds its own copy of the index.
 */
import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from '../config.js';

try {
  const config = readConfig();
  const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
    token: config.DISCORD_TOKEN,
    totalShards: 'auto',
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => process.stdout.write(`attache: shard ${shard.id} started\n`));
  await manager.spawn();
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `start:sharded: ${(error as Error).message}`}\n`);
  process.exit(1);
}
