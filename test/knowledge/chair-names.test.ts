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

  it('ends a particle name at the comma before a title', () => {
    const names = read(
      'Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng và ông Pieter van Loon, Tổng Giám đốc Chính sách, Bộ Quốc phòng Bỉ đồng chủ trì đối thoại.',
    ).map(([name]) => name);
    expect(names).toEqual(['Trần Văn Nam', 'Pieter van Loon']);
  });

  it('reads a name after a long title ending in a field or a ministry', () => {
    const names = read(
      "Undersecretary for Defense Policy and Strategic Planning Jose R. Cruz and Deputy Secretary for Strategy, Policy and Industry of Canada's Department of Defence Anne K. Miller co-chaired the talks.",
    ).map(([name]) => name);
    expect(names).toEqual(['Jose R. Cruz', 'Anne K. Miller']);
  });

  it('reads "with A and B as co-chairs" and never "Viet Nam" as a name', () => {
    const names = read(
      "Indonesia and Viet Nam held their 3rd Defence Strategic Dialogue in Hanoi on May 2, with Secretary-General of the Indonesian Defence Ministry Air Marshal Adi Wibowo and Viet Nam's Deputy Defence Minister Senior Lieutenant General Tran Van Nam as co-chairs.",
    ).map(([name]) => name);
    expect(names).toEqual(['Adi Wibowo', 'Tran Van Nam']);
  });

  it('knows "Ambassador" as a title and an envoy by the side that sends them', () => {
    const chairs = findChairs(
      'Vietnamese Ambassador to Canada Tran Van Nam and Canadian Ambassador to Vietnam John Carter co-chaired the meeting.',
    ).map((c) => [c.name, c.title, c.side]);
    expect(chairs).toEqual([
      ['Tran Van Nam', 'Ambassador', 'VN'],
      ['John Carter', 'Ambassador', 'CA'],
    ]);
  });
});
