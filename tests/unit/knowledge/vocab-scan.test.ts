import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import lookupJson from '../../../lib/knowledge/generated/cosing-lookup.json';
import { maxEdits, wordCost } from '../../../lib/knowledge/name-match';
import { TokenIndex } from '../../../lib/knowledge/token-index';
import { sharedPrefixes, similarWords } from '../../../lib/knowledge/vocab-scan';

/** What the walk must return: `wordCost` against every word, one by one. */
function bruteForce(vocab: readonly string[], q: string) {
  return vocab
    .map((w, word) => ({ word, cost: wordCost(q, w) }))
    .filter((m) => m.cost < Number.POSITIVE_INFINITY);
}

const sorted = (ms: Array<{ word: number; cost: number }>) =>
  [...ms].sort((a, b) => a.word - b.word);

describe('similarWords', () => {
  const vocab = TokenIndex.decode(lookupJson).vocab;
  const shared = sharedPrefixes(vocab);

  it.each([
    'humen',
    'adipose',
    'exosome',
    'hyalronate',
    'niacinamid',
    'glycerine',
    'extracelular',
    'mlik',
    'cel',
    'phenoxyethanl',
  ])('finds what word-by-word comparison finds over the CosIng vocabulary: %s', (q) => {
    const got = sorted(similarWords(vocab, shared, q, maxEdits(q)));
    expect(got).toEqual(sorted(bruteForce(vocab, q)));
    expect(got.length).toBeGreaterThan(0);
  });

  it('counts the characters each word shares with the one before it', () => {
    expect([...sharedPrefixes(['cell', 'cellulose', 'ceramide', 'exosomes'])]).toEqual([
      0, 4, 2, 0,
    ]);
  });

  it('agrees with word-by-word comparison on random vocabularies and words', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', 'e'),
      minLength: 1,
      maxLength: 9,
    });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, (words, q) => {
        const v = [...words].sort();
        const edits = maxEdits(q);
        if (edits === 0) return; // exact-only words are looked up, not scanned
        expect(sorted(similarWords(v, sharedPrefixes(v), q, edits))).toEqual(
          sorted(bruteForce(v, q)),
        );
      }),
      { numRuns: 500 },
    );
  });
});
