/**
 * The k best of a stream of scored items, in the order a stable sort by descending score would give them: ties keep
 * the order in which they were offered, or the order the caller gives (an item may be offered before another that
 * a full ranking would put first: pruned ranking visits passages by ordinal). A binary heap with the worst kept item
 * on top, so that an item that cannot enter costs one comparison, and only k items are ever held (a common term
 * offers hundreds of thousands).
 */
export class TopK<T> {
  private readonly scores: Float64Array;
  /** The order of each kept item (offering order unless given): among equal scores, the later is the worse. */
  private readonly seqs: Float64Array;
  private readonly items: T[] = [];
  private size = 0;
  private offered = 0;

  constructor(readonly k: number) {
    this.scores = new Float64Array(Math.max(0, k));
    this.seqs = new Float64Array(Math.max(0, k));
  }

  /**
   * Whether an item with this score would be kept: offered now (every earlier equal score beats it), or with this
   * order.
   */
  wouldTake(score: number, order?: number): boolean {
    if (this.size < this.k) return true;
    if (this.k === 0) return false;
    const worst = this.scores[0]!;
    return score > worst || (order !== undefined && score === worst && order < this.seqs[0]!);
  }

  /** `order` ranks equal scores (lower first); by default, the order of offering. Orders must differ. */
  offer(score: number, item: T, order: number = this.offered++): void {
    if (this.size < this.k) {
      this.put(this.size++, score, order, item);
      this.up(this.size - 1);
    } else if (this.wouldTake(score, order)) {
      this.put(0, score, order, item);
      this.down(0);
    }
  }

  /** All k kept: then nothing enters that does not beat the worst kept (worstScore, worstOrder). */
  get full(): boolean {
    return this.size === this.k;
  }

  get worstScore(): number {
    return this.size ? this.scores[0]! : Number.NEGATIVE_INFINITY;
  }

  get worstOrder(): number {
    return this.size ? this.seqs[0]! : Number.POSITIVE_INFINITY;
  }

  /** The kept items, best first. */
  sorted(): { score: number; item: T }[] {
    const out = Array.from({ length: this.size }, (_, i) => ({
      score: this.scores[i]!,
      seq: this.seqs[i]!,
      item: this.items[i]!,
    }));
    out.sort((a, b) => b.score - a.score || a.seq - b.seq);
    return out.map(({ score, item }) => ({ score, item }));
  }

  private put(at: number, score: number, seq: number, item: T) {
    this.scores[at] = score;
    this.seqs[at] = seq;
    this.items[at] = item;
  }

  /** Slot a holds a worse item than slot b. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.seqs[a]! > this.seqs[b]!);
  }

  private swap(a: number, b: number) {
    const score = this.scores[a]!;
    const seq = this.seqs[a]!;
    const item = this.items[a]!;
    this.put(a, this.scores[b]!, this.seqs[b]!, this.items[b]!);
    this.put(b, score, seq, item);
  }

  private up(at: number) {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(at, parent)) return;
      this.swap(at, parent);
      at = parent;
    }
  }

  private down(at: number) {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < this.size && this.worse(left, worst)) worst = left;
      if (right < this.size && this.worse(right, worst)) worst = right;
      if (worst === at) return;
      this.swap(at, worst);
      at = worst;
    }
  }
}
