// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../lib/detect/lexicon-data';
import { Matcher, withinOneEdit } from '../../../lib/detect/match';
import { parseIngredientText } from '../../../lib/inci/index';
import { normalizeName } from '../../../lib/text/normalize';
import { growth, NAMES, nameSoup, timeOf } from './arbitraries';

/**
 * Matcher properties over the real generated lexicon: it never throws, every lexicon name
 * finds its own entry, a result always names a real entry of the kind it says, one typo
 * never changes the digits of a name, and matching stays linear in the number of items.
 */
const matcher = new Matcher(LEXICON);
const ids = new Set(LEXICON.entries.map((e) => e[0]));
const kindOf = new Map(LEXICON.entries.map((e) => [e[0], e[1]]));

function checkMatch(candidates: string[]): void {
  const m = matcher.matchCandidates(candidates);
  if (m === null) return;
  expect(ids.has(m.entryId)).toBe(true);
  expect(m.kind).toBe(kindOf.get(m.entryId));
  expect(['exact', 'prefix-family', 'fuzzy', 'pattern']).toContain(m.via);
}

describe('matcher properties', () => {
  it('finds every lexicon name as itself (exact)', () => {
    for (const [name, index] of Object.entries(LEXICON.names)) {
      const m = matcher.match(name);
      expect(m?.entryId, name).toBe(LEXICON.entries[index]?.[0]);
      expect(m?.via).toBe('exact');
    }
  });

  it('never throws and only returns real entries, on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 120 }), { maxLength: 4 }), (c) =>
        checkMatch(c),
      ),
      { numRuns: 1500 },
    );
  });

  it('never throws and only returns real entries, on lexicon-name soups and typos', () => {
    fc.assert(
      fc.property(fc.array(nameSoup, { minLength: 1, maxLength: 3 }), (c) => checkMatch(c)),
      { numRuns: 1500 },
    );
  });

  it('a one-edit typo of a long name never matches an entry whose digits differ', () => {
    const long = NAMES.filter((n) => n.length >= 8);
    fc.assert(
      fc.property(
        fc.constantFrom(...long),
        fc.nat(),
        fc.constantFrom('a', 'e', 'x', ' ', '-'),
        (name, at, ch) => {
          const i = at % name.length;
          const typo = name.slice(0, i) + ch + name.slice(i + 1);
          const m = matcher.match(typo);
          if (m?.via !== 'fuzzy') return;
          const digits = (s: string) => s.replace(/\D/g, '');
          const owners = Object.entries(LEXICON.names)
            .filter(([, idx]) => LEXICON.entries[idx]?.[0] === m.entryId)
            .map(([n]) => n);
          expect(owners.some((n) => digits(n) === digits(normalizeName(typo)))).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('withinOneEdit agrees with its definition on short strings', () => {
    const dist1 = (a: string, b: string): boolean => {
      if (a === b) return true;
      if (Math.abs(a.length - b.length) > 1) return false;
      for (let i = 0; i <= Math.max(a.length, b.length); i++) {
        // deletion from either side, substitution, adjacent swap
        if (a.slice(0, i) + a.slice(i + 1) === b || b.slice(0, i) + b.slice(i + 1) === a)
          return true;
        if (a.length === b.length && a.slice(0, i) === b.slice(0, i)) {
          if (a.slice(i + 1) === b.slice(i + 1)) return true;
          if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
            return true;
        }
      }
      return false;
    };
    const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(
      fc.property(small, small, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(dist1(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('parse + match stays linear in the number of items', () => {
    const list = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `${NAMES[i % NAMES.length]}${i % 7 === 0 ? 'x' : ''}`,
      ).join(', ');
    const run = (text: string) => () => {
      for (const l of parseIngredientText(text)) {
        for (const item of l.items) matcher.matchCandidates(item.candidates);
      }
    };
    const small = list(250);
    const large = list(2000);
    // 8× the items; a quadratic path would take ~64× as long. Generous bound against noise.
    expect(growth(timeOf(run(small)), timeOf(run(large)))).toBeLessThan(24);
  });

  it('stays linear in the length of one (absurdly long) name', () => {
    const small = 'ab'.repeat(1000);
    const large = 'ab'.repeat(8000);
    expect(
      growth(
        timeOf(() => matcher.match(small)),
        timeOf(() => matcher.match(large)),
      ),
    ).toBeLessThan(24);
  });
});
