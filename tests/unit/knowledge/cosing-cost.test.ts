// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

/**
 * What a cold service worker pays for its first CosIng lookup, counted rather than timed:
 * the dictionary is found by binary search over key-ordered lines, so a lookup normalises a
 * few dozen names, not 30,059.
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
});
