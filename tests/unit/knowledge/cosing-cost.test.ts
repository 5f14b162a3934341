// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

/**
 * What a cold service worker pays for its first CosIng lookup, counted rather than timed:
 * the dictionary is found by binary search over key-ordered lines, so a lookup normalises a
 * few dozen names, not 30,059; the lookup reads the precomputed word index instead of
 * normalising them.
 */

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../../lib/text/normalize', async (original) => {
  const real = await original<typeof import('../../../lib/text/normalize')>();
  return {
    ...real,
    normalizeName: (s: string) => {
      calls.n++;
      return real.normalizeName(s);
    },
  };
});

const { createCosingDictionary } = await import('../../../lib/knowledge/cosing');
const { getKnowledge } = await import('../../../lib/knowledge/index');
const { createLookup } = await import('../../../lib/knowledge/lookup');
const { loadCosingLookup } = await import('../../../lib/knowledge/lookup-load');
const { default: dictionaryJson } = await import(
  '../../../lib/knowledge/generated/cosing-dictionary.json'
);

describe('CosIng dictionary cost', () => {
  it('normalises under 40 names for a first lookup and under 20 for each next one', () => {
    const dictionary = createCosingDictionary(dictionaryJson);
    calls.n = 0;
    expect(dictionary.lookup('Sodium Hyaluronate')?.name).toBe('SODIUM HYALURONATE');
    expect(calls.n).toBeGreaterThan(10); // the count sees the dictionary's calls
    expect(calls.n).toBeLessThan(40);
    for (const name of ['Aqua', 'Glycerin', 'Phenoxyethanol', 'Mysteryl Glowamide']) {
      calls.n = 0;
      dictionary.lookup(name);
      expect(calls.n).toBeLessThan(20);
    }
  });

  it('answers a first lookup without normalising the CosIng names (the index is precomputed)', async () => {
    const knowledge = getKnowledge();
    const lookup = createLookup(knowledge, loadCosingLookup);
    calls.n = 0;
    lookup.search('h'); // the knowledge side is built on the first keystroke
    const knowledgeNames = calls.n;
    calls.n = 0;
    const results = await lookup.searchAll('humen adipose exosomes');
    expect(results[0]?.target.kind).toBe('entry');
    // The query, the shortlisted names' words and the results' dictionary lookups.
    expect(calls.n).toBeLessThan(500);
    expect(knowledgeNames).toBeLessThan(3_000);
  });
});
