// data/date-lines.json: every label, weekday, time zone and month row is read with the date line it shows.
import { describe, expect, it } from 'vitest';
import { parseDateLine, dateLineWords } from '../../src/corpus/index.js';

const words = dateLineWords();

describe('date-line words, each with its example', () => {
  it.each([...words.labels, ...words.weekdays, ...words.zones].map((w) => [w.text, w.example]))(
    '%s: %s is a date line',
    (text, example) => {
      expect(example.toLowerCase()).toContain(text);
      expect(parseDateLine(example)).not.toBeNull();
    },
  );

  it.each(words.months.map((m) => [m.number, m.example]))('month %i: %s', (number, example) => {
    expect(parseDateLine(example)?.iso.slice(5, 7)).toBe(String(number).padStart(2, '0'));
  });

  it('a line of segments is a date line when one segment is one', () => {
    expect(parseDateLine('Cập nhật: 20/01/2026 | Chuyên đề: Đối ngoại quốc phòng')?.iso).toBe('2026-01-20');
    expect(parseDateLine('Thứ Năm, ngày 12/09/2024 | Hà Nội 31°C Mây thay đổi')?.iso).toBe('2024-09-12');
  });

  it('a wire date line with its city and agency is a date line', () => {
    expect(parseDateLine('Hà Nội, 06/01/2026 (TTXVN)')?.iso).toBe('2026-01-06');
    expect(parseDateLine('Hanoi, 12 March 2026 (VNA)')?.iso).toBe('2026-03-12');
    expect(parseDateLine('Hà Nội, tháng 3 có nhiều sự kiện (TTXVN)')).toBeNull();
  });

  it('a sentence that mentions a date is not a date line', () => {
    expect(parseDateLine('Last year the two sides met on March 20, 2024.')).toBeNull();
    expect(parseDateLine('Ngày 26/8/2024, hai bên đã gặp nhau tại Hà Nội')).toBeNull();
  });
});
