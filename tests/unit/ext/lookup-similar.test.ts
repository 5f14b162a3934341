import { describe, expect, it } from 'vitest';
import { splitSimilar } from '../../../components/popup/LookupBox';
import { getKnowledge } from '../../../lib/knowledge';
import { createLookup } from '../../../lib/knowledge/lookup';
import { loadCosingLookup } from '../../../lib/knowledge/lookup-load';

const lookup = createLookup(getKnowledge(), loadCosingLookup);

describe('lookup results in the popup', () => {
  it('groups CosIng look-alikes after an exact knowledge answer', async () => {
    const { shown, similar } = splitSimilar(await lookup.searchAll('niacinamide'));
    expect(shown.map((r) => r.title)).toEqual(['Niacinamide']);
    expect(similar.length).toBeGreaterThan(3);
    expect(similar.every((r) => r.target.kind === 'cosing')).toBe(true);
  });

  it('keeps every result in view when the best one is not an exact knowledge match', async () => {
    const results = await lookup.searchAll('glyceryl caprylate');
    const { shown, similar } = splitSimilar(results);
    expect(similar).toEqual([]);
    expect(shown).toEqual(results);
  });
});
