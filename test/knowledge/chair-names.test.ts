// Names and ranks of co-chairs read from one sentence: a particle inside a foreign name, and a title that contains a
// rank word ("Director-General") giving no rank.
import { describe, expect, it } from 'vitest';
import { findChairs } from '../../src/knowledge/index.js';

const read = (sentence: string) => findChairs(sentence).map((c) => [c.name, c.rank]);

describe('co-chair names', () => {
  it('keeps a lower-case particle between capitalised words of a name', () => {
    expect(
      read(
        'The dialogue was co-chaired by Deputy Minister Tran Van Nam and Dutch Director-General for Policy Pieter de Groot.',
      ),
    ).toContainEqual(['Pieter de Groot', null]);
  });

  it('reads no rank "General" out of the title "Director-General"', () => {
    expect(
      read(
        'The dialogue was co-chaired by Deputy Minister Tran Van Nam and Dutch Director-General for Policy Pieter Groot.',
      ),
    ).toContainEqual(['Pieter Groot', null]);
  });
});
