/**
 * The answers for the last few keys of a pure function, remembered: extraction asks about the same sentence or phrase
 * several times (round mentions, events and people read the same text again; every vocabulary matcher keys it).
 *
 * A small table rather than a Map: a Map hashes every character of each new string key (a sentence, a window cut
 * from one) and grows and rehashes as it fills, and its look-ups were the largest single cost of the vocabulary
 * matchers after their regexes. Here a key's place is picked by its length and four of its characters (spotHash);
 * the key found there is compared with ===, so two keys that share a place only take turns in it, never share an
 * answer. Each place has two slots, the one used last first, so two texts asked about in turn do not push each other out.
 *
 * Example: `const dates = new RecentMemo(64, readTextDates); dates.get(sentence)` reads each sentence once while it is
 * among the last 64 or so asked about.
 */
export class RecentMemo<V> {
  /** Two slots a place: place p holds slots 2p (used last) and 2p + 1. */
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];
  private readonly placeMask: number;

  /**
   * `size`: how many of the last keys to keep. The table has a power of two of places, at least twice `size`, so that
   * few places are asked to hold three of them (about 3 % of the last `size` keys are pushed out early).
   */
  constructor(
    size: number,
    private readonly compute: (key: string) => V,
  ) {
    let places = 1;
    while (places < size * 2) places *= 2;
    this.placeMask = places - 1;
    this.keys = new Array<string | undefined>(places * 2).fill(undefined);
    this.values = new Array<V | undefined>(places * 2).fill(undefined);
  }

  /** The value for `key`, remembered or computed now. Callers that change it must copy it. */
  get(key: string): V {
    const first = (spotHash(key) & this.placeMask) * 2;
    const keys = this.keys;
    const values = this.values;
    if (keys[first] === key) return values[first] as V;
    let value: V;
    if (keys[first + 1] === key) value = values[first + 1] as V;
    else value = this.compute(key);
    // The key goes first, the one that was there second (a key found second swaps with it).
    keys[first + 1] = keys[first];
    values[first + 1] = values[first];
    keys[first] = key;
    values[first] = value;
    return value;
  }
}

/** A hash of a string's length and its first, last and two inner characters: cheap, and enough to spread texts out. */
function spotHash(key: string): number {
  const length = key.length;
  if (length === 0) return 0;
  let hash = Math.imul(length, 0x9e3779b1);
  hash = Math.imul(hash ^ key.charCodeAt(0), 0x85ebca6b);
  hash = Math.imul(hash ^ key.charCodeAt(length - 1), 0xc2b2ae35);
  hash = Math.imul(hash ^ key.charCodeAt(length >> 1), 0x85ebca6b);
  hash = Math.imul(hash ^ key.charCodeAt(length >> 2), 0xc2b2ae35);
  return hash ^ (hash >>> 15);
}
