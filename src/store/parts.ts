/**
 * Bytes gathered into parts of about a megabyte, each written with one call: the cache's sections are written a part
 * at a time rather than as one buffer of the whole section (tens of megabytes at 100,000 articles, at the peak of a
 * cold start), and not as thousands of small writes either.
 *
 * Example: `parts.ascii('{"a":'); parts.add(bytes); yield* parts.take();` … `parts.cut(); yield* parts.take();`
 */
export const PART_BYTES = 1 << 20;

export class Parts {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private ready: Buffer[] = [];

  /** ASCII text (asciiJson's), one byte a character. */
  ascii(text: string): void {
    this.add(Buffer.from(text, 'latin1'));
  }

  add(bytes: Buffer): void {
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    if (this.heldBytes >= PART_BYTES) this.cut();
  }

  /** What is held becomes one part, however small (the end of a section). */
  cut(): void {
    if (this.held.length) this.ready.push(this.held.length === 1 ? this.held[0]! : Buffer.concat(this.held));
    this.held = [];
    this.heldBytes = 0;
  }

  /** The parts ready so far, handed over and no longer kept here. */
  take(): Buffer[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }
}

/** ASCII texts in parts of about PART_BYTES. */
export function* asciiParts(texts: Iterable<string>): Generator<Buffer> {
  const parts = new Parts();
  for (const text of texts) {
    parts.ascii(text);
    yield* parts.take();
  }
  parts.cut();
  yield* parts.take();
}
