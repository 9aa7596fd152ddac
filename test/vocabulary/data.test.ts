// Every data file goes through the one door (src/vocabulary) and its strict schema: an unknown key is an error.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, readDataFile, PartnersFile, StopwordsFile } from '../../src/vocabulary/index.js';

describe('data/ through src/vocabulary', () => {
  it('has a schema for every file in data/, and every file passes it', () => {
    const files = readdirSync('data').filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(DATA_FILES).sort());
    for (const name of files) expect(() => readDataFile(name as keyof typeof DATA_FILES)).not.toThrow();
  });
  it('refuses a key it does not know, at the top and inside a row', () => {
    expect(StopwordsFile.safeParse({ stopwords: ['và'], glossary: {} }).success).toBe(false);
    const partner = { code: 'CA', name: 'Canada', nameVi: 'Canada', aliases: [], namesVi: [], relationsSince: 1973 };
    expect(PartnersFile.safeParse({ cues: [], guards: {}, partners: [partner] }).success).toBe(true);
    expect(PartnersFile.safeParse({ cues: [], guards: {}, partners: [{ ...partner, nameEn: 'x' }] }).success).toBe(
      false,
    );
  });
  it('dates Vietnam–Indonesia relations from 1955, which anniversaries rely on', () => {
    const id = readDataFile('partners.json').partners.find((p) => p.code === 'ID');
    expect(id?.relationsSince).toBe(1955);
  });
});
