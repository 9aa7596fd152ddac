// classifiedAs answers as classifyLine does for the rules asked about, trying fewer rules: checked on every line of
// the seeds and the fixture pages, with each line's neighbours, and on lines made to match each rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifiedAs, classifyLine, FURNITURE_RULES } from '../../src/corpus/index.js';

function textFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(?:txt|md)$/u.test(name) ? [path] : [];
  });
}

const lines = [...textFiles('seeds'), ...textFiles('test/fixtures')].flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
);
const MADE = ['Tin liên quan:', 'Nguồn: QĐND', 'Đang cập nhật dữ liệu!', 'Hai bên trao đổi - Ảnh 2', 'Ảnh: TTXVN'];

const ASKED = [
  new Set(['section-header', 'loading-notice', 'source-line']),
  new Set(['image-alt']),
  new Set(['short-caption', 'tags']),
  new Set(FURNITURE_RULES.map((r) => r.name)),
];

describe('classifiedAs', () => {
  it('has real lines to check', () => {
    expect(lines.length).toBeGreaterThan(500);
  });

  it.each(ASKED.map((names) => [[...names].join(', '), names] as const))('asked about %s', (_, names) => {
    const all = [...MADE, ...lines];
    for (let i = 0; i < all.length; i++) {
      const ctx = { line: all[i]!, next: all[i + 1], previous: all[i - 1], position: i % 3 };
      const name = classifyLine(ctx)?.name ?? null;
      expect(classifiedAs(ctx, names), all[i]).toBe(name !== null && names.has(name) ? name : null);
    }
  });
});
