/**
 * The answers for the last few keys of a pure function, remembered: extraction asks about the same sentence or phrase
 * several times (round mentions, events and people read the same text again).
 *
 * Two generations rather than deleting the oldest entry at each miss: a Map's first live entry is found by skipping
 * every deleted one before it, which cost as much as the look-ups themselves. A key is looked for in both; when the
 * recent one is full it becomes the older one and a new recent one starts.
 *
 * Example: `const dates = new RecentMemo(64, readTextDates); dates.get(sentence)` reads each sentence once while it is
 * among the last 64 to 128 asked about.
 */
export class RecentMemo<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(
    private readonly size: number,
    private readonly compute: (key: string) => V,
  ) {}

  /** The value for `key`, remembered or computed now. Callers that change it must copy it. */
  get(key: string): V {
    let value = this.recent.get(key) ?? this.older.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.recent.size >= this.size) {
        this.older = this.recent;
        this.recent = new Map();
      }
      this.recent.set(key, value);
    }
    return value;
  }
}
