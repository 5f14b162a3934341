import { describe, expect, it } from 'vitest';
import { COST, maxEdits, scoreName, wordCost } from '../../../lib/knowledge/name-match';

const words = (s: string) => s.split(' ');
const score = (q: string, name: string) => scoreName(words(q), words(name));

describe('wordCost', () => {
  it('allows no edit in short words, one up to six letters, two from seven', () => {
    expect(maxEdits('ab')).toBe(0);
    expect(maxEdits('humen')).toBe(1);
    expect(maxEdits('hyalronate')).toBe(2);
    expect(wordCost('humen', 'human')).toBe(1);
    expect(wordCost('hylauronate', 'hyaluronate')).toBe(1); // a swap is one edit
    expect(wordCost('hyalronte', 'hyaluronate')).toBe(2);
    expect(wordCost('hyalronat', 'hyaluronate')).toBe(1 + COST.prefix); // unfinished, one typo
    expect(wordCost('cel', 'col')).toBe(1);
    expect(wordCost('ce', 'co')).toBe(Number.POSITIVE_INFINITY);
  });

  it('never bends a number: PEG-40 is not PEG-45, CI 77491 not CI 77492', () => {
    expect(wordCost('40', '45')).toBe(Number.POSITIVE_INFINITY);
    expect(wordCost('77491', '77492')).toBe(Number.POSITIVE_INFINITY);
    expect(wordCost('7749', '77491')).toBe(COST.prefix);
    expect(wordCost('77', '77491')).toBe(COST.prefix); // a number being typed
  });

  it('reads a word being typed as the start of a longer one', () => {
    expect(wordCost('niacinamid', 'niacinamide')).toBe(COST.prefix);
    expect(wordCost('exosome', 'exosomes')).toBe(COST.prefix);
    expect(wordCost('hyalur', 'hyaluronate')).toBe(COST.prefix);
    expect(wordCost('hu', 'human')).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('scoreName', () => {
  it('is 0 for the same words and grows with typos and left-out words', () => {
    expect(score('milk exosomes', 'milk exosomes')).toBe(0);
    expect(score('mlik exosomes', 'milk exosomes')).toBe(1);
    const short = score('human adipose exosomes', 'human adipose stromal cell exosomes');
    const long = score('human adipose exosomes', 'human adipose derived mesenchymal cell exosomes');
    expect(short).toBeCloseTo(2 * COST.extraWord);
    expect(long).toBeGreaterThan(short);
  });

  it('puts an exosome name above an extract that lacks the word exosomes', () => {
    expect(score('human adipose exosomes', 'human adipose stromal cell exosomes')).toBeLessThan(
      score('human adipose exosomes', 'human adipose stromal cell extract'),
    );
  });

  it('reads missing and extra spaces', () => {
    expect(score('rose stemcell exosomes', 'rose stem cell exosomes')).toBeCloseTo(COST.space);
    expect(score('hexa peptide 8', 'hexapeptide 8')).toBeCloseTo(COST.space);
    expect(score('acetylhexapeptide8', 'acetyl hexapeptide 8')).toBeCloseTo(COST.space);
  });

  it('costs a little for words in another order', () => {
    expect(score('exosomes milk', 'milk exosomes')).toBeCloseTo(COST.order);
  });

  it('is no match when less than half of the query is found', () => {
    expect(score('human platelet lysate', 'human hair keratin')).toBe(Number.POSITIVE_INFINITY);
    expect(score('zzqxw', 'glycerin')).toBe(Number.POSITIVE_INFINITY);
  });

  it('tells growth factors and peptides apart by their numbers', () => {
    expect(score('palmitoyl tripeptide 1', 'palmitoyl tripeptide 1')).toBe(0);
    expect(score('palmitoyl tripeptide 1', 'palmitoyl tripeptide 5')).toBeGreaterThanOrEqual(
      COST.unmatched,
    );
  });
});
