// Every row of data/cues.json shows its cue in its example sentence: the example, read by the extractor, gives that kind.
import { describe, expect, it } from 'vitest';
import {
  findChairs,
  findRoundMentions,
  isHabitual,
  saysLastWeek,
  tiedToRound,
  venuesIn,
} from '../../src/knowledge/index.js';
import { loadChairCues, loadRoundCues, loadVenueCues } from '../../src/vocabulary/index.js';

describe('round cues (data/cues.json)', () => {
  for (const row of loadRoundCues()) {
    it(`${row.kind} ${row.where} "${row.cue}": ${row.example}`, () => {
      expect(row.example.toLowerCase()).toContain(row.cue.toLowerCase());
      if (row.kind === 'occasion') {
        expect(tiedToRound(row.example)).toBe(true);
        return;
      }
      if (row.kind === 'bloc') {
        // A bloc's dialogue with a country is no round of Vietnam's.
        expect(findRoundMentions(row.example)).toEqual([]);
        return;
      }
      if (row.kind === 'lastWeek') {
        expect(saysLastWeek(row.example)).toBe(true);
        return;
      }
      if (row.kind === 'habitual') {
        expect(isHabitual(row.example)).toBe(true);
        expect(findRoundMentions(row.example)[0], 'the example names a mechanism').toBeDefined();
        return;
      }
      const mention = findRoundMentions(row.example)[0];
      expect(mention, 'the example names a mechanism').toBeDefined();
      if (row.kind === 'held') {
        expect(mention!.held).toBe(true);
        expect(mention!.cue).toBe('none');
      } else {
        expect(mention!.cue).toBe(row.kind);
      }
    });
  }
  it('a plain report has no cue and is not held without a verb that says so', () => {
    const [m] = findRoundMentions('Đối thoại Chính sách Quốc phòng lần thứ 5 giữa hai nước.');
    expect(m).toMatchObject({ cue: 'none', held: false, round: 5 });
  });
});

describe('venue cues (data/cues.json)', () => {
  for (const row of loadVenueCues()) {
    it(`${row.kind} "${row.cue}": ${row.example}`, () => {
      expect(row.example.toLowerCase()).toContain(row.cue.toLowerCase());
      const venue = venuesIn(row.example);
      if (row.kind === 'online') expect(venue.online).toBe(true);
      else expect(venue.places.length, 'a place is read as the venue').toBeGreaterThan(0);
      if (row.cue === 'between' || row.cue === 'giữa') expect(venue.places.length).toBe(2);
    });
  }
  it('a place without a cue is no venue, and an outlet tag "(… Online)" does not make a round online', () => {
    expect(venuesIn('Hai bên ghi nhận Hà Nội đã thay đổi nhiều.').places).toEqual([]);
    expect(venuesIn('(QĐ Online) - Đối thoại lần thứ 5 diễn ra sáng 5/6.').online).toBe(false);
  });
});

describe('chair cues (data/cues.json)', () => {
  for (const row of loadChairCues()) {
    it(`${row.kind} "${row.cue}": ${row.example}`, () => {
      expect(row.example.toLowerCase()).toContain(row.cue.toLowerCase());
      const chairs = findChairs(row.example);
      expect(chairs.length, 'a person is read').toBeGreaterThan(0);
      const role =
        row.kind === 'host'
          ? 'host'
          : row.kind.startsWith('head') || row.kind === 'sideHas'
            ? 'delegation-head'
            : 'co-chair';
      expect(chairs[0]!.role).toBe(role);
      const two = / (?:và|and|with) |; /u.test(row.example);
      if (row.kind === 'namesAfter' || row.kind === 'namesBefore') expect(chairs.length).toBe(two ? 2 : 1);
    });
  }
  it('a person who only receives a delegation is no chair', () => {
    expect(findChairs('Thượng tướng Phạm Văn Tiến, Thứ trưởng Bộ Quốc phòng tiếp ông John Carter.')).toEqual([]);
  });
});
