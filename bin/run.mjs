#!/usr/bin/env node
/**
 * `npm start`, `npm run start:sharded`, `npm run ask`, `npm run deploy-commands`: runs a TypeScript entry (the first
 * argument, from the project root).
 *
 * Compiled when it can: if dist/ holds a build of exactly the sources now on disk (scripts/build.mjs, run by `npm ci`
 * and `npm run build`; checked in a few milliseconds by bin/build-state.mjs), the entry's JavaScript in dist/ runs, with
 * no compiler loaded. Otherwise (never built, a build that failed, or a source edited since) the sources run through
 * tsx's loader, with one line on stderr when a build exists but is out of date: edited code never runs stale, nor a
 * bundle of discord.js made from packages since reinstalled at another version (dist/vendor, bin/build-state.mjs).
 *
 * tsx runs with its compile cache off. It otherwise keeps compiled code in a folder of the shared temporary directory
 * (/tmp/tsx-<uid>); on a shared host another user who creates that folder first can put code there that the bot would
 * run. With the cache off every start compiles in memory, and nothing is read from or written to /tmp. The tsx CLI is
 * not used either: it keeps an IPC socket in that folder.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_DIR, buildState } from './build-state.mjs';

// Read by tsx when its loader is imported, and inherited by worker threads.
process.env.TSX_DISABLE_CACHE = '1';
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bin/run.mjs <entry.ts> [arguments…]\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = entry.replace(/^(?:\.\/)?((?:src|commands)\/.+)\.ts$/, `${BUILD_DIR}/$1.js`);
const state = compiled === entry ? 'absent' : buildState(root);
if (state === 'stale')
  process.stderr.write(
    'attaché: sources or installed packages changed since the last build; running the sources through tsx (npm run build)\n',
  );

// The entry sees its own arguments where it expects them (process.argv[2] onwards) and itself as process.argv[1], as
// if node had been given it.
const file = new URL(state === 'fresh' ? compiled : entry, pathToFileURL(root));
process.argv.splice(1, process.argv.length - 1, fileURLToPath(file), ...args);
if (state !== 'fresh') {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(file.href);
