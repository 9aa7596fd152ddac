/**
 * Hot reload: the corpus folder is watched; a burst of changes is gathered until the folder has been quiet for a
 * moment (but never longer than a bound, so a file rewritten without pause cannot postpone every reload), then the
 * store re-reads only what changed and swaps the Library whole. A periodic check hashes every file again, for an edit
 * that kept a file's size and modification time. A failed reload keeps the previous Library answering.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { CorpusStore } from '../store/index.js';
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
  let again: { verifyContent: boolean } | null = null;
  const reload = async (verifyContent = false) => {
    if (running) {
      again = { verifyContent: verifyContent || (again?.verifyContent ?? false) };
      return;
    }
    running = true;
    try {
      const library = await store.reload({ verifyContent });
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
      const pending = again as { verifyContent: boolean } | null;
      again = null;
      if (pending) void reload(pending.verifyContent);
    }
  };
  const fire = () => {
    quietTimer = null;
    burstStarted = null;
    void reload();
  };
  const onChange = () => {
    const now = Date.now();
    burstStarted ??= now;
    if (quietTimer) clearTimeout(quietTimer);
    // Wait for quiet, but only up to maxWaitMs after the burst's first change.
    const wait = Math.max(0, Math.min(timing.quietMs, burstStarted + timing.maxWaitMs - now));
    quietTimer = setTimeout(fire, wait);
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(store.dir, { recursive: true }, onChange);
    watcher.on('error', (error) => logger.warn({ err: error }, 'corpus watcher error'));
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
