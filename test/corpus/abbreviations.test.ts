// data/abbreviations.json: each example stays one sentence, and a sentence after it is still cut off.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/index.js';

const rows: { text: string; example: string }[] = JSON.parse(
  readFileSync('data/abbreviations.json', 'utf8'),
).abbreviations;
const split = (text: string) => splitSentences({ id: 't#1', articleId: 't', index: 1, text }).map((s) => s.text);

describe('the sentence splitter never cuts after an abbreviation', () => {
  it.each(rows.map((r) => [r.text, r.example]))('%s: %s', (text, example) => {
    expect(example).toContain(text);
    expect(split(`${example} Hai bên nhất trí tăng cường hợp tác.`)).toEqual([
      example,
      'Hai bên nhất trí tăng cường hợp tác.',
    ]);
  });

  it.each([
    'Deputy Minister Sen. Lt. Gen. Hoang Xuan Chien and Maj. Gen. Nguyen Van A met Rear Adm. John Smith.',
    'Dr. Jane Doe and J. Smith of the U.S. Navy attended the talks at Building No. 5.',
    'Air Chief Marshal A. B. Sentosa met Gen. Phan Van Giang.',
    'Thiếu tướng, PGS.TS. Nguyễn Văn A dự họp tại TP. Hồ Chí Minh.',
  ])('a name with its rank stays whole: %s', (sentence) => {
    expect(split(`${sentence} Then they left.`)).toEqual([sentence, 'Then they left.']);
  });

  it('a sentence that ends with a word is cut as before', () => {
    expect(split('The two sides met in Hanoi. They agreed on 3 points. 2 of them concern training.')).toHaveLength(3);
  });
});
