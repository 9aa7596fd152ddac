// Equal evidence within a file's facts becomes one object (src/knowledge/share-evidence.ts): the same facts, as JSON
// with fewer objects held (the merged table of shared facts is checked whole by the store's tests: a cold build, a
// build held in memory and a warm start serve the same).
import { describe, expect, it } from 'vitest';
import { extractArticle, shareEvidence } from '../../src/knowledge/index.js';
import { libraryOf } from '../helpers/library.js';

/** The distinct evidence objects (by identity) and the distinct evidence values in a fact tree. */
function census(node: unknown, objects = new Set<object>(), values = new Set<string>()) {
  if (Array.isArray(node)) for (const item of node) census(item, objects, values);
  else if (node && typeof node === 'object') {
    const r = node as Record<string, unknown>;
    if (typeof r.passage === 'string' && typeof r.quote === 'string') {
      objects.add(r);
      values.add(JSON.stringify(r));
    } else for (const value of Object.values(r)) census(value, objects, values);
  }
  return { objects: objects.size, values: values.size };
}

describe('evidence shared within a file', () => {
  it('leaves the facts as they were, with one object per distinct evidence', async () => {
    const { corpus } = await libraryOf('seeds');
    const facts = corpus.articles.map((a) => extractArticle(a));
    const before = census(facts.map((f) => f.rounds));
    const json = JSON.stringify(facts);
    for (const f of facts) shareEvidence(f);
    const after = census(facts.map((f) => f.rounds));
    expect(JSON.stringify(facts)).toBe(json);
    expect(before.objects).toBeGreaterThan(before.values);
    expect(after.objects).toBe(after.values);
    expect(after.values).toBe(before.values);
  });
});
