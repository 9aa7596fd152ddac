/** A per-user sliding window: at most `limit` commands in `windowMs`. Autocomplete is cheap and not counted. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** true when the user may go ahead (and the use is counted). */
  take(user: string): boolean {
    const now = this.now();
    const recent = (this.hits.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(user, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(user, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return true;
  }

  /** When the user may go ahead again: the moment their oldest counted use leaves the window (ms since the epoch). */
  retryAt(user: string): number {
    const now = this.now();
    const recent = (this.hits.get(user) ?? []).filter((t) => now - t < this.windowMs);
    return recent.length ? recent[0]! + this.windowMs : now;
  }

  private prune(now: number) {
    for (const [user, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(user);
  }
}
