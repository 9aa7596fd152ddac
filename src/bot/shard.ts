/**
 * `npm run start:sharded` (`npm start -- --sharded`): the same bot, one process, its discord.js client running every
 * shard Discord recommends (internal sharding, `shards: 'auto'`). The corpus and its index are what weighs (hundreds
 * of megabytes at 10,000 articles), and a shard's gateway connection is a few: held once, they serve every shard, so
 * memory grows by a shard's connection, not by a corpus. One process also has no spawn to time out during a cold
 * build and nothing to leave behind when a start fails: a shard closed for good ends the process (./gateway-fatal.ts).
 */

/** The client's shards for a start with these arguments: every recommended one with `--sharded`, else one. */
export function shardsFromArgs(args: readonly string[]): 'auto' | undefined {
  return args.includes('--sharded') ? 'auto' : undefined;
}
