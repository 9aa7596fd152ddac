/**
 * Hot reload: the corpus folder is watched; a burst of changes is gathered for a moment, then the store re-reads only
 * what changed and swaps the Library whole. A failed reload keeps the previous Library answering.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { CorpusStore } from '../store/store.js';
import type { Logger } from './logger.js';

export function watchCorpus(store: CorpusStore, logger: Logger, debounceMs = 300): { close: () => void } {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let again = false;
  const reload = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const library = await store.reload();
      logger.info(
        { ...store.lastStats, articles: library.corpus.articles.length, skipped: library.corpus.skipped },
        'corpus reloaded',
      );
    } catch (error) {
      logger.error({ err: error }, 'corpus reload failed; the previous corpus keeps answering');
    } finally {
      running = false;
      if (again) {
        again = false;
        void reload();
      }
    }
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(store.dir, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reload(), debounceMs);
    });
    watcher.on('error', (error) => logger.warn({ err: error }, 'corpus watcher error'));
  } catch (error) {
    logger.warn({ err: error }, 'cannot watch the corpus folder; restart the bot to reload it');
  }
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}
