import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distances, fullOf, prefixOf } from '../../../lib/knowledge/edit-distance';

/** Unbounded optimal-string-alignment distance, the textbook way: the reference. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min(
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const prefixRef = (a: string, b: string) =>
  Math.min(...Array.from({ length: b.length + 1 }, (_, j) => osa(a, b.slice(0, j))));

describe('distances', () => {
  it.each([
    ['humen', 'human', 1, 1],
    ['mlik', 'milk', 1, 1],
    ['niacinamid', 'niacinamide', 1, 0],
    ['hyalronate', 'hyaluronate', 1, 1],
    ['exosomes', 'exosomes', 0, 0],
    ['', 'abc', 3, 0],
  ])('%s → %s: full %i, prefix %i', (a, b, full, prefix) => {
    const packed = distances(a, b, 2);
    expect(fullOf(packed)).toBe(full);
    expect(prefixOf(packed)).toBe(prefix);
  });

  it('caps both answers at max + 1', () => {
    const packed = distances('glycerin', 'phenoxyethanol', 2);
    expect(fullOf(packed)).toBe(3);
    expect(prefixOf(packed)).toBe(3);
  });

  it('agrees with the unbounded reference, capped, on random short strings', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const packed = distances(a, b, max);
        expect(fullOf(packed)).toBe(Math.min(osa(a, b), max + 1));
        expect(prefixOf(packed)).toBe(Math.min(prefixRef(a, b), max + 1));
      }),
      { numRuns: 800 },
    );
  });

  it('compares strings past its row length only for equality and prefix', () => {
    const long = 'x'.repeat(80);
    expect(fullOf(distances(long, long, 2))).toBe(0);
    expect(fullOf(distances(long, `${long}y`, 2))).toBe(3);
    expect(prefixOf(distances(long, `${long}y`, 2))).toBe(0);
  });
});
