// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCosingDictionary } from '../../../lib/knowledge/cosing';
import dictionaryJson from '../../../lib/knowledge/generated/cosing-dictionary.json';
import { getKnowledge } from '../../../lib/knowledge/index';
import { createLookup, type LookupResult } from '../../../lib/knowledge/lookup';
import { loadCosingLookup } from '../../../lib/knowledge/lookup-load';
import typos from '../../fixtures/lookup/typo-queries.json';

/**
 * The benchmark set of typo'd queries (tests/fixtures/lookup/typo-queries.json): every query's
 * top result must be one of its expected answers. Ranks only, no clock; scripts/bench-lookup.ts
 * times the same set.
 */

const knowledge = getKnowledge();
const dictionary = createCosingDictionary(dictionaryJson);

const answerOf = (r: LookupResult | undefined): string => {
  if (!r) return 'nothing';
  const t = r.target;
  if (t.kind === 'entry') return `entry:${t.entryId}`;
  if (t.kind === 'claim') return `claim:${t.claimId}`;
  return `cosing:${t.name}`;
};

describe('the typo benchmark set', () => {
  it('has at least 30 queries, each expecting answers that exist in the data', () => {
    expect(typos.queries.length).toBeGreaterThanOrEqual(30);
    for (const { q, expect: answers } of typos.queries) {
      for (const a of answers) {
        const [kind, ...rest] = a.split(':');
        const id = rest.join(':');
        if (kind === 'entry') expect(knowledge.entry(id), `${q}: ${a}`).toBeDefined();
        else if (kind === 'claim') expect(knowledge.claim(id), `${q}: ${a}`).toBeDefined();
        else expect(dictionary.lookup(id)?.name, `${q}: ${a}`).toBe(id);
      }
    }
  });

  it('finds the expected answer first for every query', async () => {
    const lookup = createLookup(knowledge, loadCosingLookup);
    const misses: string[] = [];
    for (const { q, expect: answers } of typos.queries) {
      const results = await lookup.searchAll(q);
      const got = answerOf(results[0]);
      if (!answers.includes(got)) misses.push(`${q} → ${got} (expected ${answers.join(' or ')})`);
    }
    expect(misses).toEqual([]);
  });

  it('ranks exosome-type entries above CosIng look-alikes for human adipose exosomes', async () => {
    const lookup = createLookup(knowledge, loadCosingLookup);
    for (const q of ['human adipose exosomes', 'humen adipose exosomes']) {
      const results = await lookup.searchAll(q);
      expect(results.length).toBeGreaterThan(1);
      const firstOther = results.findIndex(
        (r) => r.target.kind !== 'entry' || r.target.entryKind !== 'exosome',
      );
      // Both human adipose exosome entries come before anything else.
      expect(firstOther === -1 || firstOther >= 2).toBe(true);
    }
  });
});
