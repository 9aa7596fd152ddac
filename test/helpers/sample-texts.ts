/** The raw text of every seed and of every article of test/fixtures/unseen: real pages to hold a rewrite to. */
import { readdirSync, readFileSync } from 'node:fs';

export function seedAndUnseenTexts(): string[] {
  const texts: string[] = [];
  for (const folder of ['../../seeds/', '../fixtures/unseen/articles/']) {
    const url = new URL(folder, import.meta.url);
    for (const f of readdirSync(url)) if (f.endsWith('.txt')) texts.push(readFileSync(new URL(f, url), 'utf8'));
  }
  return texts;
}
