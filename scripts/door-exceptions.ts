/**
 * Files that code in other folders may import directly, past their folder's door (src/<folder>/index.ts), each with the
 * reason. scripts/doors.ts leaves imports of them alone and keeps them out of the door; test/house/doors.test.ts allows them.
 * Paths are relative to the repository root.
 */
export const DOOR_EXCEPTIONS: Record<string, string> = {
  'src/render/timeline-png.ts':
    'loaded on demand (src/cli/run.ts imports it dynamically): were the render door to re-export it, every importer ' +
    'of the door would load resvg and its fonts at start.',
  'src/render/discord.ts':
    'the Discord renderer imports discord.js: the bot and commands/ import it directly, so that the CLI, which uses ' +
    'the render door for terminal text, never loads discord.js.',
  'src/bot/discord.ts':
    'discord.js loaded through require (a third faster than an import of it): the Discord renderer and commands/ take ' +
    'its classes from here, and would otherwise load the whole bot door with them.',
  'src/corpus/load.ts':
    "the store's scan worker (src/store/scan.ts, run in a thread at a start from the cache) only lists the folder: " +
    'through the corpus door it would load every parser and the vocabulary with its schemas, half a second of its start.',
  'src/search/layout.ts':
    "the store's postings worker (src/store/postings-worker.ts, run in a thread at the end of a cold start) only lays " +
    'out the postings: through the search door it would load the corpus parsers and the vocabulary with its schemas, ' +
    "some 240 ms of CPU (50-75 ms without) on the core the main thread's merge needs.",
};
