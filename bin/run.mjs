#!/usr/bin/env node
/**
 * `npm start`, `npm run start:sharded`, `npm run ask`: runs a TypeScript entry (the first argument, from the project
 * root) with tsx's loader and tsx's compile cache off. tsx otherwise keeps compiled code in a folder of the shared
 * temporary directory (/tmp/tsx-<uid>); on a shared host another user who creates that folder first can put code
 * there that the bot would run. With the cache off every start compiles in memory (measured in README: Performance),
 * and nothing is read from or written to /tmp. The tsx CLI is not used either: it keeps an IPC socket in that folder.
 */
// Read by tsx when its loader is imported, and inherited by worker threads and shard processes.
process.env.TSX_DISABLE_CACHE = '1';
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bin/run.mjs <entry.ts> [arguments…]\n');
  process.exit(2);
}
// The entry sees its own arguments where it expects them: process.argv[2] onwards.
process.argv.splice(2, process.argv.length - 2, ...args);
const { register } = await import('tsx/esm/api');
register();
await import(new URL(`../${entry}`, import.meta.url).href);
