/**
 * Hot reload: the corpus folder is watched; a burst of changes is gathered until the folder has been quiet for a
 * moment (but never longer than a bound, so a file rewritten without pause cannot postpone every reload), then the
 * store looks at the paths the watcher named (no walk of the folder, no stat of the other files) and re-reads only
 * what changed, and swaps the Library whole. An event without a name rescans everything. A periodic check hashes every file again, for an edit
 * that kept a file's size and modification time. A failed reload keeps the previous Library answering.
 */
import type { CorpusStore } from '../store/index.js';
import { watchFolderTree } from './folder-watch.js';
import type { Logger } from './logger.js';

export interface WatchTiming {
  quietMs: number;
  maxWaitMs: number;
  /** 0: no periodic hash check. */
  hashCheckMs: number;
}

export function watchCorpus(store: CorpusStore, logger: Logger, timing: WatchTiming): { close: () => void } {
  let quietTimer: NodeJS.Timeout | null = null;
  let burstStarted: number | null = null;
  let running = false;
  /** A reload asked for while one runs: whether it hashes everything, and its paths (null: rescan everything). */
  let again: { verifyContent: boolean; paths: Set<string> | null } | null = null;
  /** The paths named since the last reload started; null once an event came without one. */
  let named: Set<string> | null = new Set();
  const reload = async (verifyContent = false, paths: Set<string> | null = null) => {
    if (running) {
      const pending = again as { verifyContent: boolean; paths: Set<string> | null } | null;
      const merged = pending ? pending.paths && paths && new Set([...pending.paths, ...paths]) : paths;
      again = { verifyContent: verifyContent || (pending?.verifyContent ?? false), paths: merged };
      return;
    }
    running = true;
    try {
      const library = await store.reload({ verifyContent, ...(paths ? { paths } : {}) });
      logger.info(
        {
          ...store.lastStats,
          articles: library.corpus.articles.length,
          skipped: library.corpus.skipped,
          ...(verifyContent ? { hashCheck: true } : {}),
        },
        'corpus reloaded',
      );
    } catch (error) {
      logger.error({ err: error }, 'corpus reload failed; the previous corpus keeps answering');
    } finally {
      running = false;
      const pending = again as { verifyContent: boolean; paths: Set<string> | null } | null;
      again = null;
      if (pending) void reload(pending.verifyContent, pending.paths);
    }
  };
  const fire = () => {
    quietTimer = null;
    burstStarted = null;
    const paths = named;
    named = new Set();
    void reload(false, paths);
  };
  const onChange = (_event: string, filename: string | Buffer | null) => {
    if (filename === null || named === null) named = null;
    else named.add(filename.toString());
    const now = Date.now();
    burstStarted ??= now;
    if (quietTimer) clearTimeout(quietTimer);
    // Wait for quiet, but only up to maxWaitMs after the burst's first change.
    const wait = Math.max(0, Math.min(timing.quietMs, burstStarted + timing.maxWaitMs - now));
    quietTimer = setTimeout(fire, wait);
  };
  let watcher: { close: () => void } | null = null;
  try {
    watcher = watchFolderTree(store.dir, onChange, (error) => logger.warn({ err: error }, 'corpus watcher error'));
  } catch (error) {
    logger.warn({ err: error }, 'cannot watch the corpus folder; restart the bot to reload it');
  }
  const hashCheck = timing.hashCheckMs > 0 ? setInterval(() => void reload(true), timing.hashCheckMs) : null;
  hashCheck?.unref();
  return {
    close: () => {
      if (quietTimer) clearTimeout(quietTimer);
      if (hashCheck) clearInterval(hashCheck);
      watcher?.close();
    },
  };
}
