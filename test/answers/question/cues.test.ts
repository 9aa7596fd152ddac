// Every row of data/question-cues.json carries an example question: the parser must read the row's meaning from it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../../src/answers/index.js';
import { libraryOf } from '../../helpers/library.js';
import { detectLanguage, parseQuestion } from '../../../src/answers/question/index.js';

const file = JSON.parse(readFileSync(new URL('../../../data/question-cues.json', import.meta.url), 'utf8')) as {
  cues: { kind: string; value: string; example: string }[];
  adjectives: { partner: string; example: string }[];
  shortNames: { partner: string; example: string }[];
};
const today = new Date('2026-06-15T00:00:00Z');
let lib: Library;
beforeAll(async () => {
  lib = await libraryOf('seeds');
});

describe('data/question-cues.json: each row read from its example', () => {
  it.each(file.cues.map((c) => [c.kind, c.value, c.example]))('%s %s: %s', (kind, value, example) => {
    if (kind === 'language') {
      expect(detectLanguage(example)).toBe(value);
      return;
    }
    const q = parseQuestion(lib, example, today);
    if (kind === 'field') expect([...q.fields]).toContain(value);
    if (kind === 'round') expect(q.round?.kind).toBe(value);
    if (kind === 'compare') expect(q.compare).toBe(true);
    if (kind === 'time') expect(q.period?.from.slice(0, 4)).toBe(value === 'last-year' ? '2025' : '2026');
  });
  it.each([...file.adjectives, ...file.shortNames].map((r) => [r.partner, r.example]))(
    'partner %s: %s',
    (code, example) => {
      expect(parseQuestion(lib, example, today).partners.map((p) => p.code)).toContain(code);
    },
  );
});
