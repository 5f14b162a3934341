import { describe, expect, it, vi } from 'vitest';
import type { CosingEntry } from '../../../lib/knowledge/cosing';
import { type CosingNames, createLookup } from '../../../lib/knowledge/lookup';
import { TokenIndex } from '../../../lib/knowledge/token-index';
import { normalizeName } from '../../../lib/text/normalize';
import { extKnowledge } from './ext-knowledge';

const COSING: CosingEntry[] = [
  'ACETYL HEXAPEPTIDE-8',
  'NIACINAMIDE',
  'NIACINAMIDE HYDROXYBENZOATE',
  'ARGININE',
  'PHENOXYETHANOL',
  'GLYCERIN',
  'BUTYLENE GLYCOL',
  'SODIUM HYALURONATE',
  'ADIPIC ACID',
  'HUMAN ADIPOCYTE CONDITIONED MEDIA',
].map((name, i) => ({
  name,
  ref: String(1000 + i),
  refs: [String(1000 + i)],
  functions: name === 'GLYCERIN' ? ['humectant', 'skin conditioning'] : ['skin conditioning'],
  annexRefs: [],
  annexII: false,
  annexIIEntries: [],
}));

function fakeDictionary(): CosingNames {
  return {
    names: () => COSING.map((c) => c.name),
    lookup: (name) => COSING.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null,
  };
}

describe('lookup over the knowledge module', () => {
  const lookup = createLookup(extKnowledge);

  it('finds the human adipose stromal cell exosomes entry despite several typos', () => {
    const [top] = lookup.search('Humen adipose stromal cel exosomes');
    expect(top?.target).toEqual({
      kind: 'entry',
      entryId: 'human-adipose-stromal-cell-exosomes',
      entryKind: 'exosome',
    });
  });

  it('finds a claim term written in Japanese, with its language', () => {
    const [top] = lookup.search('エクソソーム');
    expect(top?.target).toEqual({ kind: 'claim', claimId: 'ja-exosome', concept: 'exosome' });
    expect(top?.lang).toBe('ja');
    expect(top?.score).toBe(0);
  });

  it('finds an entry by a misspelt trade name and says which name matched', () => {
    const [top] = lookup.search('argirelin');
    expect(top?.title).toBe('Acetyl Hexapeptide-8');
    expect(top?.matched).toBe('Argireline');
  });

  it('finds niacinamide from a truncated name', () => {
    expect(lookup.search('niacinamid')[0]?.title).toBe('Niacinamide');
  });

  it('finds an entry by a name in another language', () => {
    const [top] = lookup.search('ヒト脂肪幹細胞エクソソーム');
    expect(top?.title).toBe('Human Adipose Stromal Cell Exosomes');
    expect(top?.lang).toBe('ja');
  });

  it('ranks an exact name above fuzzy ones and lists each entry once', () => {
    const results = lookup.search('exosome');
    const ids = results.map((r) =>
      r.target.kind === 'entry'
        ? r.target.entryId
        : r.target.kind === 'claim'
          ? r.target.claimId
          : '',
    );
    expect(ids[0]).toBe('en-exosome');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns nothing for empty or punctuation-only queries and for gibberish', () => {
    expect(lookup.search('')).toEqual([]);
    expect(lookup.search(' ,;- ')).toEqual([]);
    expect(lookup.search('zzqxw')).toEqual([]);
  });

  it('handles very long input without trouble', () => {
    expect(() => lookup.search('a'.repeat(100_000))).not.toThrow();
  });
});

describe('lookup with the CosIng dictionary', () => {
  it('loads the dictionary only when asked for, and once', async () => {
    const load = vi.fn(async () => fakeDictionary());
    const lookup = createLookup(extKnowledge, load);
    lookup.search('glycerin');
    expect(load).not.toHaveBeenCalled();
    await lookup.searchAll('glycerin');
    await lookup.searchAll('glycerine');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('finds a CosIng-only name', async () => {
    const lookup = createLookup(extKnowledge, async () => fakeDictionary());
    const [top] = await lookup.searchAll('glycerine');
    expect(top?.target).toEqual({ kind: 'cosing', name: 'GLYCERIN' });
    // The result carries what CosIng says, for the plain card.
    expect(top?.cosing?.functions).toEqual(['humectant', 'skin conditioning']);
  });

  it('keeps knowledge entries first and drops CosIng duplicates of their names', async () => {
    const lookup = createLookup(extKnowledge, async () => fakeDictionary());
    const results = await lookup.searchAll('niacinamid');
    expect(results[0]?.target).toMatchObject({ kind: 'entry', entryId: 'niacinamide' });
    expect(results.some((r) => r.target.kind === 'cosing' && r.title === 'NIACINAMIDE')).toBe(
      false,
    );
    // Other CosIng names that contain it are still offered.
    expect(results.some((r) => r.title === 'NIACINAMIDE HYDROXYBENZOATE')).toBe(true);

    const argireline = await lookup.searchAll('argirelin');
    expect(argireline[0]?.title).toBe('Acetyl Hexapeptide-8');
  });

  it('retries after a failed dictionary load and still answers from the knowledge module', async () => {
    let calls = 0;
    const lookup = createLookup(extKnowledge, async () => {
      calls++;
      if (calls === 1) throw new Error('chunk failed');
      return fakeDictionary();
    });
    await expect(lookup.searchAll('glycerin')).rejects.toThrow('chunk failed');
    expect((await lookup.searchAll('glycerin'))[0]?.title).toBe('GLYCERIN');
  });

  it('uses the precomputed word index when the dictionary brings one', async () => {
    const dict = fakeDictionary();
    const names = dict.names();
    const index = TokenIndex.fromKeys(names.map(normalizeName));
    const precomputed = { index, size: names.length, nameAt: (i: number) => names[i] };
    const lookup = createLookup(extKnowledge, async () => ({ ...dict, precomputed }));
    const [top] = await lookup.searchAll('phenoxyethanl');
    expect(top?.target).toEqual({ kind: 'cosing', name: 'PHENOXYETHANOL' });
  });

  it('refuses an index built for other names (a stale generated file)', async () => {
    const dict = fakeDictionary();
    const names = dict.names();
    const index = TokenIndex.fromKeys(['glycerin']);
    const precomputed = { index, size: names.length, nameAt: (i: number) => names[i] };
    const lookup = createLookup(extKnowledge, async () => ({ ...dict, precomputed }));
    await expect(lookup.searchAll('glycerin')).rejects.toThrow(/index has 1 names/);
  });

  it('ranks an exosome-type entry above a CosIng look-alike', async () => {
    const lookup = createLookup(extKnowledge, async () => fakeDictionary());
    const results = await lookup.searchAll('human adipose exosomes');
    expect(results[0]?.target).toMatchObject({
      kind: 'entry',
      entryId: 'human-adipose-stromal-cell-exosomes',
    });
  });
});
