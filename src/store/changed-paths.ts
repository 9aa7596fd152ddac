/**
 * A reload told which paths changed (the folder watcher's list) updates the last listing instead of walking the whole
 * folder and stat-ing every file: at 100,000 articles the walk and the stats are most of a reload's cost, and an edit
 * names one file. Only what is certain is decided here: a listed article edited or removed, a listed article's sidecar
 * written or removed, a file that is neither (an editor's swap file). Anything else — a folder, a link, a new article,
 * an entry the listing refused, a path outside the folder — asks for a full rescan (null), which decides as a cold
 * start does. The periodic hash check (src/bot/watch.ts) rescans in full too.
 */
import { lstatSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isArticleName, sidecarOf, type CorpusListing } from '../corpus/index.js';

/** The last listing, with what a changed path is looked up by. */
export interface ListingState {
  listing: CorpusListing;
  articles: Set<string>;
  /** Every listed article's sidecar path (whether or not it exists) → the articles it belongs to. */
  bySidecar: Map<string, string[]>;
  refused: Set<string>;
}

export function listingState(listing: CorpusListing): ListingState {
  const bySidecar = new Map<string, string[]>();
  for (const path of listing.articles) {
    const sidecar = sidecarOf(path);
    const owners = bySidecar.get(sidecar);
    if (owners) owners.push(path);
    else bySidecar.set(sidecar, [path]);
  }
  return {
    listing,
    articles: new Set(listing.articles),
    bySidecar,
    refused: new Set(listing.refused.map((r) => r.file)),
  };
}

export interface ListingUpdate {
  /** Listed articles whose file or sidecar changed: the only ones to stat again. */
  touched: Set<string>;
  /** Articles gone from the listing (their ids may have freed a name). */
  removed: number;
}

/** The first index in the sorted `list` whose item is not below `item`. */
function lowerBound(list: readonly string[], item: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < item) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Some listed article lies under `folder`. */
const holdsArticles = (articles: readonly string[], folder: string) =>
  articles[lowerBound(articles, folder + sep)]?.startsWith(folder + sep) ?? false;

/**
 * Update `state` for these changed paths (relative to `dir`, as the watcher names them). Null: rescan in full
 * (`state` may then be half-updated, and is replaced by the full listing).
 */
export function applyChangedPaths(dir: string, state: ListingState, paths: Iterable<string>): ListingUpdate | null {
  const touched = new Set<string>();
  let removed = 0;
  const { listing } = state;
  for (const changed of paths) {
    const path = resolve(dir, changed);
    const rel = relative(dir, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || state.refused.has(rel)) return null;
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (state.articles.has(path)) {
      if (info?.isFile()) touched.add(path);
      else if (info) return null;
      else {
        state.articles.delete(path);
        listing.articles.splice(lowerBound(listing.articles, path), 1);
        touched.delete(path);
        removed++;
      }
    } else if (state.bySidecar.has(path)) {
      if (info?.isFile()) listing.sidecars.add(path);
      else if (info) return null;
      else listing.sidecars.delete(path);
      for (const owner of state.bySidecar.get(path)!) if (state.articles.has(owner)) touched.add(owner);
    } else if (!info) {
      if (holdsArticles(listing.articles, path)) return null;
    } else if (info.isDirectory() || info.isSymbolicLink() || isArticleName(path)) return null;
  }
  return { touched, removed };
}
