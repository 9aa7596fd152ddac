/**
 * Arguments too long for a button's custom id (a 200-character question) are kept here under a short random key that
 * the buttons carry. Entries live a day and at most MAX_ENTRIES are kept (the oldest go first); a button whose key is
 * gone — expired, evicted, or the bot restarted — answers "this answer has expired, ask again", never a different answer.
 */
import { randomBytes } from 'node:crypto';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_ENTRIES = 20_000;

interface Kept {
  command: string;
  args: Record<string, string>;
  expires: number;
}

export class AnswerKeys {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly lifeMs = DAY_MS,
    private readonly maxEntries = MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  put(command: string, args: Record<string, string>): string {
    const key = randomBytes(6).toString('base64url');
    this.kept.set(key, { command, args: { ...args }, expires: this.now() + this.lifeMs });
    // A Map iterates in insertion order: the first key is the oldest.
    while (this.kept.size > this.maxEntries) this.kept.delete(this.kept.keys().next().value!);
    return key;
  }

  /** The arguments kept for this command under `key`, or null once they have expired. */
  get(command: string, key: string): Record<string, string> | null {
    const kept = this.kept.get(key);
    if (!kept || kept.command !== command) return null;
    if (kept.expires <= this.now()) {
      this.kept.delete(key);
      return null;
    }
    return kept.args;
  }
}

/** The bot's one store (one per process, like the Library). */
export const answerKeys = new AnswerKeys();
