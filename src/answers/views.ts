/**
 * Views of a Library that answers read many times: rounds and events by partner, held-round counts. Built once per
 * Library (a reload makes a new Library, so a new view) and kept beside it, never inside it.
 */
import type { EventRecord, RoundRecord } from '../knowledge/index.js';
import { compareIso } from './compose.js';
import type { Library } from './library.js';

export interface LibraryViews {
  roundsByPartner: Map<string, RoundRecord[]>;
  eventsByPartner: Map<string, EventRecord[]>;
  roundsByTopic: Map<string, RoundRecord[]>;
  /** Per topic: its rounds latest first (undated last, ties in table order), and how many partners they are with. */
  recentByTopic: Map<string, { rounds: RoundRecord[]; partners: number }>;
  heldCount: Map<string, number>;
}

const cache = new WeakMap<Library, LibraryViews>();

function group<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) for (const key of keys(item)) (map.get(key) ?? map.set(key, []).get(key)!).push(item);
  return map;
}

export function viewsOf(lib: Library): LibraryViews {
  let views = cache.get(lib);
  if (!views) {
    const { rounds, events } = lib.knowledge;
    const heldCount = new Map<string, number>();
    for (const r of rounds) if (r.status === 'held') heldCount.set(r.partner, (heldCount.get(r.partner) ?? 0) + 1);
    const roundsByTopic = group(rounds, (r) => r.topics);
    views = {
      roundsByPartner: group(rounds, (r) => [r.partner]),
      eventsByPartner: group(events, (e) => [e.partner]),
      roundsByTopic,
      recentByTopic: new Map(
        [...roundsByTopic].map(([topic, list]) => [
          topic,
          {
            rounds: [...list].sort((a, b) => compareIso(b.date ?? '', a.date ?? '')),
            partners: new Set(list.map((r) => r.partner)).size,
          },
        ]),
      ),
      heldCount,
    };
    cache.set(lib, views);
  }
  return views;
}
