// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/analyze';
import { findClaims } from '../../../lib/detect/claims';
import { LEXICON } from '../../../lib/detect/lexicon-data';
import { PageReport } from '../../../lib/report';
import { copySoup, growth, nameSoup, TERMS, timeOf } from './arbitraries';

/**
 * Claim finder and whole-analysis properties: never throw, every offset inside its text with
 * the hit's text as exactly that slice, hits in order and never overlapping, linear time, and
 * the analysis always a valid PageReport whose ingredient offsets point into its sections.
 */
const termIds = new Set(LEXICON.claims.map((c) => c[1]));

function checkClaims(text: string, lang?: string): void {
  const hits = findClaims(text, LEXICON, lang);
  let previousEnd = -1;
  for (const h of hits) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(termIds.has(h.termId)).toBe(true);
    expect(h.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = h.end;
  }
}

const analyzer = createAnalyzer(LEXICON);

describe('claim finder properties', () => {
  it('holds on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkClaims(s)),
      { numRuns: 1000 },
    );
  });

  it('holds on copy made of claim terms, counts and noise, in any page language', () => {
    fc.assert(
      fc.property(
        copySoup,
        fc.constantFrom(undefined, 'en', 'fr', 'ko', 'zh-CN', 'ja', 'de'),
        (s, l) => checkClaims(s, l),
      ),
      { numRuns: 2000 },
    );
  });

  it('finds every claim term standing alone', () => {
    for (const term of TERMS) {
      const hits = findClaims(`Our ${term} serum.`, LEXICON);
      expect(hits.length, term).toBeGreaterThan(0);
    }
  });

  it('stays linear in the length of the copy, even dense with claims', () => {
    const unit = 'A light serum with 10 billion exosomes, 엑소좀 and 外泌体 for glow. ';
    const small = unit.repeat(200);
    const large = unit.repeat(1600);
    expect(
      growth(
        timeOf(() => findClaims(small, LEXICON)),
        timeOf(() => findClaims(large, LEXICON)),
      ),
    ).toBeLessThan(24);
  });
});

describe('analysis properties', () => {
  it('always yields a valid report whose offsets point into its own text', () => {
    const section = fc
      .tuple(
        fc.array(fc.oneof(nameSoup, fc.string({ maxLength: 20 })), { maxLength: 30 }),
        fc.constantFrom(', ', ',', '; ', ' • ', '\n'),
      )
      .map(([xs, sep]) => xs.join(sep));
    fc.assert(
      fc.property(
        fc.array(section, { maxLength: 3 }),
        fc.array(copySoup, { maxLength: 3 }),
        (secs, copy) => {
          const report = analyzer.analyze({
            url: 'https://example.org/p',
            retailer: 'generic',
            title: null,
            sections: secs.map((text) => ({ source: 'heuristic' as const, text })),
            copy: copy.map((text) => ({ field: 'description' as const, text })),
          });
          expect(PageReport.safeParse(report).success).toBe(true);
          for (const list of report.ingredientLists) {
            const text = secs[list.section] as string;
            list.ingredients.forEach((ing, i) => {
              expect(ing.position).toBe(i + 1);
              expect(ing.start).toBeGreaterThanOrEqual(0);
              expect(ing.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(ing.start, ing.end)).toBe(ing.text);
            });
          }
          for (const c of report.exosome.claims) {
            const text = copy[c.copy] as string;
            expect(text.slice(c.start, c.end)).toBe(c.text);
          }
          const exo = report.exosome.ingredients.length;
          expect(report.exosome.verdict).toBe(
            exo > 0 ? 'ingredient' : report.exosome.claims.length > 0 ? 'claim-only' : 'none',
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
