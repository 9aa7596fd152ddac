import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNfc, toneKey } from '../../src/text/index.js';

/** The ranges toNfc trusts to be NFC already (src/text/normalize.ts, SURELY_NFC). */
const TRUSTED = [
  [0x0000, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
];

/** The tone key as the rule says it, one syllable at a time, with no shortcut: the model the fast scan must match. */
function modelToneKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/\p{L}+/gu, (syllable) => {
      const parts = syllable.normalize('NFD');
      const tones = parts.match(/[\u0300\u0301\u0303\u0309\u0323]/g);
      if (!tones) return syllable;
      const bare = parts.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
      let last = -1;
      for (let i = 0; i < bare.length; i++) if (/[aeiouy]/.test(bare[i]!)) last = i;
      if (last < 0) return syllable;
      let at = last + 1;
      while (at < bare.length && /\p{M}/u.test(bare[at]!)) at++;
      return (bare.slice(0, at) + tones[0] + bare.slice(at)).normalize('NFC');
    });
}

describe('toNfc', () => {
  it('leaves a text of trusted characters as it is, and NFC would too, for every pair of them', () => {
    const chars: string[] = [];
    for (const [from, to] of TRUSTED) for (let c = from!; c <= to!; c++) chars.push(String.fromCharCode(c));
    const changed: string[] = [];
    for (const a of chars) for (const b of chars) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    expect(changed).toEqual([]);
  });
  it('normalises anything else', () => {
    const decomposed = 'Hà Nội, Đối thoại'.normalize('NFD');
    expect(toNfc(decomposed)).toBe('Hà Nội, Đối thoại');
    expect(toNfc('\u212b')).toBe('\u00c5');
    expect(toNfc('Phía Canada – “đồng chủ trì”…')).toBe('Phía Canada – “đồng chủ trì”…');
  });
});

describe('toneKey', () => {
  it('puts the tone mark on the last vowel, whatever the old or new spelling', () => {
    expect(toneKey('Hòa bình')).toBe('hoà bình');
    expect(toneKey('Thủy quân')).toBe('thuỷ quân');
    expect(toneKey('của Quốc phòng')).toBe('cuả quốc phòng');
    expect(toneKey('España')).toBe(modelToneKey('España'));
    expect(toneKey('Defence Policy Dialogue')).toBe('defence policy dialogue');
  });
  it('is the rule applied syllable by syllable, for any text of Vietnamese letters, marks and others', () => {
    const letters = [...'aăâeêioôơuưyàáảãạằắặầấậèéẻẽẹềếệìíỉĩịòóỏõọồốộờớợùúủũụừứựỳýỷỹỵbcdđghklmnqtxñçüöÀĐÑ'];
    const others = [
      ' ',
      '-',
      ',',
      '\u0300',
      '\u0301',
      '\u0303',
      '\u0309',
      '\u0323',
      '\u0302',
      '\u031b',
      '😀',
      '𝒜',
      'İ',
    ];
    const text = fc
      .array(fc.constantFrom(...letters, ...letters, ...others), { maxLength: 24 })
      .map((units) => units.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(toneKey(t)).toBe(modelToneKey(t));
        expect(toneKey(t.normalize('NFD'))).toBe(modelToneKey(t.normalize('NFD')));
      }),
      { numRuns: 3000 },
    );
  });
});
