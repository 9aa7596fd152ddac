/**
 * Text keys for matching Vietnamese and English the way people type them.
 * The original text is never changed by these: they make comparison keys only.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALL_MARKS = /\p{M}/gu;

/** Clean what the web leaves in text: NFC, BOM, CRLF, NBSP and zero-width characters. */
export function cleanText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** Lower case, no diacritics, đ → d: "Hà Nội" → "ha noi". Unicode decomposition does not fold đ, so it is done by hand. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(ALL_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * Lower case with diacritics kept, but the tone mark moved to the end of each syllable,
 * so that old and new tone placement ("hoà"/"hòa", "thuỷ"/"thủy") give the same key.
 */
export function toneKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{L}\p{M}]+/gu, (syllable) => {
      const tones = syllable.match(TONE_MARKS);
      if (!tones) return syllable;
      return syllable.replace(TONE_MARKS, '') + tones[0];
    })
    .normalize('NFC');
}

/** Word tokens (letters and digits), keeping diacritics. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** True when the text carries Vietnamese diacritics (so the user typed them on purpose). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}
