// A very large paste (issue 13: a 5 MB, 100k-line file took over a minute): parsing and extraction compared every
// paragraph with every other (teasers), every sentence with the other rounds' sentences, and every mention with the
// mentions before it. These check what a generated large paste yields, so a linear rewrite keeps the result; the
// time is the bench's business, not a test's.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/index.js';
import { extractArticle } from '../../src/knowledge/index.js';

const PARTNERS = ['Canada', 'Japan', 'India', 'Australia', 'New Zealand'];

/** A report of one round, then many paragraphs of history: each names an earlier round of one partner, in passing. */
function largePaste(paragraphs: number): string {
  const lines = [
    'Vietnam, Chile hold second defence policy dialogue',
    'Last updated: June 6, 2025 10:00',
    'HANOI (VNA) — The second Vietnam–Chile Defence Policy Dialogue took place in Hanoi on June 5, 2025, co-chaired by Sen. Lt. Gen. Pham Van Tien, Deputy Minister of National Defence, and Chilean Undersecretary of Defence Ms. Ana M. Rojas.',
  ];
  for (let i = 0; i < paragraphs; i++) {
    const partner = PARTNERS[i % PARTNERS.length]!;
    const round = (i % 9) + 1;
    const year = 2000 + (i % 20);
    lines.push(
      `${partner}'s Defence Policy Dialogue with Vietnam has a long record: its ${ordinal(round)} round was held in ${year}, and observers noted paragraph ${i} of this history with interest.`,
    );
  }
  return lines.join('\n\n');
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ordinal = (n: number) => ORDINALS[n - 1]!;

describe('a very large paste', () => {
  const count = 6_000;
  const article = parseArticle({ id: 'large', file: 'large.txt', text: largePaste(count) });
  const facts = extractArticle(article);

  it('keeps every paragraph as a passage', () => {
    expect(article.passages).toHaveLength(count + 1);
    expect(article.title).toBe('Vietnam, Chile hold second defence policy dialogue');
  });

  it('reports the round of its lead, with date, venue and both co-chairs', () => {
    const held = facts.rounds.filter((r) => r.status === 'held');
    expect(held.map((r) => r.id)).toEqual(['cl-defence-policy-dialogue-2']);
    expect(held[0]).toMatchObject({ date: '2025-06-05', venues: ['Hanoi'], format: 'in-person' });
    expect(held[0]!.coChairs.map((c) => c.name)).toEqual(['Pham Van Tien', 'Ana M. Rojas']);
  });

  it('files each round named in passing once, under the partner named before it, never as held', () => {
    const mentioned = facts.rounds.filter((r) => r.status === 'mentioned');
    // Five partners, each with the rounds 1–9 its paragraphs name (i % 5 and i % 9 meet every pair over 45).
    expect(mentioned).toHaveLength(PARTNERS.length * 9);
    const canada3 = mentioned.find((r) => r.partner === 'CA' && r.round === 3);
    // The first paragraph naming Canada's third round is i = 20 (i % 5 = 0, i % 9 = 2): held in 2000 + 20 % 20.
    expect(canada3).toMatchObject({ mechanism: 'defence-policy-dialogue', date: '2000' });
  });
});
