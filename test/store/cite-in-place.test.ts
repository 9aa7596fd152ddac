// The merge at the end of a cold start and a warm start's table replace citations in the records they just parsed
// (citeInPlace) rather than copying them (mapCitations): the records must come out the same, field for field, in the
// same order, whatever a record holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeInPlace, mapCitations } from '../../src/store/index.js';

/** A citation: a number, cited as an object that says which. */
const cite = (n: unknown) => (typeof n === 'number' ? { cited: n } : n);

const citation = fc.oneof(fc.nat(50), fc.string({ maxLength: 3 }));
const withEvidence = fc.record({ name: fc.string({ maxLength: 4 }), evidence: citation }, { requiredKeys: [] });
const fieldNames = fc.constantFrom('date', 'venues', '__proto__', 'format', 'x');
const record = fc.record(
  {
    id: fc.string({ maxLength: 4 }),
    sources: fc.array(citation, { maxLength: 4 }),
    evidence: fc.dictionary(fieldNames, fc.oneof(fc.array(citation, { maxLength: 3 }), fc.string())),
    coChairs: fc.array(fc.oneof(withEvidence, fc.string(), fc.constant(null)), { maxLength: 3 }),
    agreements: fc.oneof(fc.array(withEvidence, { maxLength: 3 }), fc.constant('none')),
    conflicts: fc.dictionary(fieldNames, fc.array(withEvidence, { maxLength: 2 })),
    tail: fc.string({ maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe('citeInPlace', () => {
  it('gives what mapCitations gives, for any record read from JSON', () => {
    fc.assert(
      fc.property(record, (value) => {
        const text = JSON.stringify(value);
        const copied = mapCitations(JSON.parse(text) as Record<string, unknown>, cite);
        const inPlace = citeInPlace(JSON.parse(text) as Record<string, unknown>, cite);
        expect(JSON.stringify(inPlace)).toBe(JSON.stringify(copied));
        expect(inPlace).toEqual(copied);
      }),
      { numRuns: 500 },
    );
  });
});

describe('citeInPlace as a walk (the knowledge section numbers its evidence so)', () => {
  it('visits the citations mapCitations visits, in the same order, and leaves the record as it was', () => {
    fc.assert(
      fc.property(record, (value) => {
        const text = JSON.stringify(value);
        const copiedOrder: unknown[] = [];
        mapCitations(JSON.parse(text) as Record<string, unknown>, (n: unknown) => copiedOrder.push(n));
        const walkedOrder: unknown[] = [];
        const walked = JSON.parse(text) as Record<string, unknown>;
        citeInPlace(walked, (n: unknown) => {
          walkedOrder.push(n);
          return n;
        });
        expect(walkedOrder).toEqual(copiedOrder);
        expect(JSON.stringify(walked)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
