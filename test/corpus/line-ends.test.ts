// The parser reads what a line ends with off its last characters (src/corpus/line-ends.ts), and judges an article's
// language piece by piece: each is held here to the expression or the joined text it stands for, on every line and
// every page of the seeds and the fixtures, and on lines made for the edge cases.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  endMarkerAt,
  endsSentence,
  endsStopBeforeBracket,
  endsWithOneOf,
  languageOfPieces,
  parseArticle,
  parseDateLine,
  withoutTrailingDots,
} from '../../src/corpus/index.js';
import { cleanTextOf } from '../../src/text/index.js';

function textFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(?:txt|md)$/u.test(name) ? [path] : [];
  });
}

const files = [...textFiles('seeds'), ...textFiles('test/fixtures')];
const MADE = [
  '',
  '.',
  ')',
  '.)',
  '!)',
  'x)',
  '…”',
  '?»',
  'Hai bên ký kết./.',
  'Hai bên ký kết ./.  ',
  'Hai bên ký kết.\u00a0./.',
  '././.',
  './. ./. x',
  'Trang 2 - Ảnh 2',
  'Ảnh: TTXVN)',
  'Hết...',
  'Còn tiếp…..',
  'toán học 𝐀',
  '𝐀.',
];
const lines = [
  ...MADE,
  ...files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    // Each line as written and trimmed: the parser asks about trimmed lines, the helpers hold for any.
    return text.split('\n').flatMap((l) => [l, l.trim()]);
  }),
];

const END_MARKER = /\s*\.\/\.\s*$/;

describe('line ends', () => {
  it('has real lines to check', () => {
    expect(lines.length).toBeGreaterThan(1000);
  });

  it.each([
    ['0123456789', /\d$/],
    ['.!?', /[.!?]$/],
    ['.:;,', /[.:;,]$/],
    ['.!?…:;”"»)', /[.!?…:;”"»)]$/u],
  ] as const)('endsWithOneOf %s is %s', (units, expression) => {
    for (const line of lines) expect(endsWithOneOf(line, units), line).toBe(expression.test(line));
  });

  it('endsSentence is /[.!?…]["”»’)]?$/u', () => {
    for (const line of lines) expect(endsSentence(line), line).toBe(/[.!?…]["”»’)]?$/u.test(line));
  });

  it('endsStopBeforeBracket is /[.!?]$/ once a closing bracket at the end is cut', () => {
    for (const line of lines) expect(endsStopBeforeBracket(line), line).toBe(/[.!?]$/.test(line.replace(/\)$/, '')));
  });

  it('withoutTrailingDots is replace(/[.…]+$/, "")', () => {
    for (const line of lines) expect(withoutTrailingDots(line), line).toBe(line.replace(/[.…]+$/, ''));
  });

  it('endMarkerAt is where /\\s*\\.\\/\\.\\s*$/ matches, and the marker replaced so is the replace', () => {
    let found = 0;
    for (const line of lines) {
      const at = endMarkerAt(line);
      expect(at, line).toBe(END_MARKER.exec(line)?.index ?? -1);
      if (at >= 0) {
        found++;
        expect(`${line.slice(0, at)}.`).toBe(line.replace(END_MARKER, '.'));
      }
    }
    expect(found).toBeGreaterThan(10);
  });
});

describe('an article judged piece by piece', () => {
  it('every page is in the language of its joined text, and a surely-NFC page joins into an NFC text', () => {
    let surely = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const article = parseArticle({ id: file, file, text });
      const passages = article.passages.map((p) => p.text);
      const joined = `${article.title} ${passages.join(' ')}`;
      expect(languageOfPieces(article.title, passages), file).toBe(detectLanguage(joined));
      if (!article.units) expect(article.language, file).toBe(detectLanguage(joined));
      if (cleanTextOf(text).surelyNfc) {
        surely++;
        expect(joined.normalize('NFC'), file).toBe(joined);
      }
    }
    expect(surely).toBeGreaterThan(files.length / 2);
  });

  it('pieces that cross the share early or late, with no paragraph at all and with letters outside the BMP', () => {
    const cases: [string, string[]][] = [
      ['Đối thoại', []],
      ['', []],
      ['Dialogue', ['The two sides met.', 'Hà Nội']],
      ['𝐀𝐁𝐂 dialogue', ['𝐃 ờ', 'plain English text follows here, long enough to dilute the share']],
    ];
    for (const [title, paragraphs] of cases)
      expect(languageOfPieces(title, paragraphs)).toBe(detectLanguage(`${title} ${paragraphs.join(' ')}`));
  });
});

/** cleanText as it was before cleanTextOf said what it knows of the text. */
const SURELY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;
function cleanTextBefore(raw: string): string {
  if (!/[\r\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF]/.test(raw))
    return SURELY_NFC.test(raw) ? raw : raw.normalize('NFC');
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
}

describe('cleanTextOf', () => {
  const made = [
    'a\tb',
    'a  b',
    'a\u00a0 b',
    'a\u00a0b',
    'a\rb',
    '\ufeffa\r\nb',
    'a\u200bb',
    'e\u0301',
    'e\u0301  x',
    'x',
    '',
  ];
  it('cleans as cleanText did, and what it says of the text is so', () => {
    let oneSpaced = 0;
    for (const raw of [...made, ...files.map((file) => readFileSync(file, 'utf8'))]) {
      const cleaned = cleanTextOf(raw);
      expect(cleaned.text).toBe(cleanTextBefore(raw));
      if (cleaned.surelyNfc) expect(SURELY_NFC.test(cleaned.text)).toBe(true);
      if (cleaned.oneSpaced) {
        oneSpaced++;
        expect(cleaned.text.includes('  ') || cleaned.text.includes('\t')).toBe(false);
      }
    }
    expect(oneSpaced).toBeGreaterThan(files.length / 2);
  });
});

describe('date lines', () => {
  it('a day is a date when the calendar has it (counted, not asked of Date)', () => {
    const wrong: string[] = [];
    for (let y = 1899; y <= 2101; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 31; d++) {
          const real = y >= 1900 && y <= 2100 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          if ((parseDateLine(`${d}/${m}/${y}`) !== null) !== real) wrong.push(`${d}/${m}/${y}`);
        }
    expect(wrong).toEqual([]);
  });

  it('a date line leaves at most three other units, counted in UTF-16 units', () => {
    expect(parseDateLine('abc 12/03/2024')?.iso).toBe('2024-03-12');
    expect(parseDateLine('abcd 12/03/2024')).toBeNull();
    expect(parseDateLine('𝐀x 12/03/2024')?.iso).toBe('2024-03-12');
    expect(parseDateLine('𝐀𝐁 12/03/2024')).toBeNull();
    expect(parseDateLine('12/03/2024 10:30 (GMT+7) | ab')?.time).toBe('10:30');
  });
});
