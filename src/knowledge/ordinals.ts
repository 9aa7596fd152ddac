/** Round numbers as articles write them: digits, Vietnamese number words, English ordinals. */

const VI_UNITS: Record<string, number> = {
  nhất: 1,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

/** "nhất", "hai", "tư", "mười", "mười một", "mười lăm", "hai mươi", "hai mươi mốt". */
export function parseVietnameseNumber(words: string[]): { value: number; used: number } | null {
  const [a, b, c] = words.map((w) => w.toLowerCase());
  if (a === undefined) return null;
  if (a === 'mười') {
    const unit = b !== undefined ? VI_UNITS[b] : undefined;
    return unit !== undefined && unit !== 1
      ? { value: 10 + unit, used: 2 }
      : b === 'một'
        ? { value: 11, used: 2 }
        : { value: 10, used: 1 };
  }
  const tens = VI_UNITS[a];
  if (tens === undefined) return null;
  if (tens >= 2 && b === 'mươi') {
    const unit = c !== undefined ? VI_UNITS[c] : undefined;
    return unit !== undefined ? { value: tens * 10 + unit, used: 3 } : { value: tens * 10, used: 2 };
  }
  return { value: tens, used: 1 };
}

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  inaugural: 1,
};

/** "4th", "14th", "fourth", "fourteenth", "twenty-first" → number. */
export function parseEnglishOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d{1,2})(st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const direct = EN_ORDINALS[w];
  if (direct !== undefined) return direct;
  const compound = /^(twenty|thirty)-(\w+)$/.exec(w);
  if (compound) {
    const unit = EN_ORDINALS[compound[2] ?? ''];
    if (unit !== undefined && unit < 10) return (compound[1] === 'twenty' ? 20 : 30) + unit;
  }
  return null;
}

export const EN_ORDINAL_PATTERN =
  '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|inaugural|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))';

/** English display: 1 → "1st", 22 → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "II" → 2, "IV" → 4, "XIV" → 14; null for anything not a well-formed numeral up to 60. */
export function parseRoman(text: string): number | null {
  if (!/^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(text) || text === '') return null;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const here = ROMAN[text[i] ?? ''] ?? 0;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}
