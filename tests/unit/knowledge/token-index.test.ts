import { describe, expect, it } from 'vitest';
import lookupJson from '../../../lib/knowledge/generated/cosing-lookup.json';
import { TokenIndex, writeNumber } from '../../../lib/knowledge/token-index';

const KEYS = [
  'glycerin',
  'diglycerin',
  'butylene glycol',
  'sodium hyaluronate',
  'sodium pca',
  'aqua',
];

const postings = (index: TokenIndex) =>
  Object.fromEntries(index.vocab.map((w, i) => [w, [...index.docsOf(i)]]));

describe('TokenIndex', () => {
  const index = TokenIndex.fromKeys(KEYS);

  it('holds the sorted vocabulary and, per word, the names that contain it', () => {
    expect(index.vocab).toEqual([...index.vocab].sort());
    expect(postings(index).sodium).toEqual([3, 4]);
    expect(postings(index).glycerin).toEqual([0]);
    expect([...index.wordCounts]).toEqual([1, 1, 2, 2, 2, 1]);
  });

  it('finds words exactly and by prefix', () => {
    expect(index.vocab[index.find('sodium')]).toBe('sodium');
    expect(index.find('sodiu')).toBe(-1);
    const [from, to] = index.prefixRange('gly');
    expect(index.vocab.slice(from, to)).toEqual(['glycerin', 'glycol']);
    expect(index.prefixRange('zz')).toEqual([index.vocab.length, index.vocab.length]);
  });

  it('survives its JSON form unchanged', () => {
    const again = TokenIndex.decode(JSON.parse(JSON.stringify(index.encode())));
    expect(again.vocab).toEqual(index.vocab);
    expect(postings(again)).toEqual(postings(index));
    expect(again.docs).toBe(KEYS.length);
  });

  it('writes gaps of any size in characters JSON leaves alone', () => {
    const gaps = [0, 1, 69, 70, 71, 1609, 1610, 30_058, 99_999];
    const keys = Array.from({ length: 100_001 }, () => '');
    let id = -1;
    for (const g of gaps) {
      id += g + 1;
      keys[id] = 'w';
    }
    const big = TokenIndex.fromKeys(keys);
    const compact = big.encode();
    expect(compact.postings).not.toMatch(/["\\\s]/);
    expect([...TokenIndex.decode(compact).docsOf(0)]).toEqual([...big.docsOf(0)]);
    // CosIng's 30,059 names need at most three characters a gap; larger gaps take more.
    for (const n of gaps) expect(writeNumber(n).length).toBeLessThanOrEqual(n < 35_000 ? 3 : 4);
  });

  it('refuses a different format version or a corrupt postings string', () => {
    const compact = index.encode();
    expect(() => TokenIndex.decode({ ...compact, version: 99 })).toThrow(/version 99/);
    expect(() => TokenIndex.decode({ ...compact, postings: `${compact.postings}"` })).toThrow();
    expect(() => TokenIndex.decode({ ...compact, pairs: compact.pairs + 1 })).toThrow();
  });

  it('decodes the shipped CosIng index: 30,059 names, every name with a word', () => {
    const cosing = TokenIndex.decode(lookupJson);
    expect(cosing.docs).toBe(30_059);
    expect(cosing.wordCounts.every((n) => n > 0)).toBe(true);
    expect(cosing.find('exosomes')).toBeGreaterThanOrEqual(0);
  });
});
