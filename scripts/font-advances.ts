/**
 * Prints the advance widths of DejaVu Sans (regular and bold) for the characters our labels use,
 * grouped by width, as the table in src/render/text-width.ts. Run: npx tsx scripts/font-advances.ts
 * Why a table and not the font at run time: the SVG builder stays pure (no file reads) and fast.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function table(font: Buffer, tag: string): number {
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    if (font.toString('latin1', rec, rec + 4) === tag) return font.readUInt32BE(rec + 8);
  }
  throw new Error(`table ${tag} not found`);
}

/** Glyph id for a BMP code point from the Windows Unicode (3,1) format-4 cmap. */
function glyphFinder(font: Buffer): (code: number) => number {
  const cmap = table(font, 'cmap');
  const n = font.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < n; i++) {
    const rec = cmap + 4 + i * 8;
    if (font.readUInt16BE(rec) === 3 && font.readUInt16BE(rec + 2) === 1) sub = cmap + font.readUInt32BE(rec + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error('no format-4 (3,1) cmap');
  const segs = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const ranges = deltas + segs * 2;
  return (code) => {
    for (let s = 0; s < segs; s++) {
      if (font.readUInt16BE(ends + s * 2) < code) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (start > code) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const rangeAt = ranges + s * 2;
      const range = font.readUInt16BE(rangeAt);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeAt + range + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function advances(path: string, chars: string[]): Map<number, string> {
  const font = readFileSync(path);
  const unitsPerEm = font.readUInt16BE(table(font, 'head') + 18);
  const metrics = font.readUInt16BE(table(font, 'hhea') + 34);
  const hmtx = table(font, 'hmtx');
  const glyphOf = glyphFinder(font);
  const byWidth = new Map<number, string>();
  for (const ch of chars) {
    const glyph = glyphOf(ch.codePointAt(0)!);
    if (glyph === 0) continue;
    const units = font.readUInt16BE(hmtx + Math.min(glyph, metrics - 1) * 4);
    const per1000 = Math.round((units / unitsPerEm) * 1000);
    byWidth.set(per1000, (byWidth.get(per1000) ?? '') + ch);
  }
  return new Map([...byWidth].sort((a, b) => a[0] - b[0]));
}

const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const bases = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'.split('');
const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const vietnamese = [...bases, ...bases.flatMap((b) => tones.map((t) => (b + t).normalize('NFC'))), 'đ', 'Đ'];
const punctuation = ['·', '…', '–', '—', '‘', '’', '“', '”', '•', '→'];
const chars = [...new Set([...ascii, ...vietnamese, ...punctuation])].filter((c) => [...c].length === 1);

for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
  const path = require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
  console.log(`// ${file}: advance in thousandths of an em → characters`);
  for (const [width, group] of advances(path, chars)) console.log(`  [${width}, ${JSON.stringify(group)}],`);
}
