import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../../../lib/knowledge';
import { loadCosing } from '../../../lib/knowledge/cosing-load';
import { createLookup } from '../../../lib/knowledge/lookup';

/** The lookup cases the issue names, against the shipped knowledge data. */
describe('lookup over the shipped knowledge', () => {
  const lookup = createLookup(getKnowledge());
  const top = (q: string) => lookup.search(q)[0];

  it('finds human adipose stromal cell exosomes from a misspelt name', () => {
    expect(top('Humen adipose stromal cel exosomes')?.target).toMatchObject({
      kind: 'entry',
      entryId: 'human-adipose-stromal-cell-exosomes',
    });
  });

  it('finds the Japanese exosome claim term', () => {
    const r = top('エクソソーム');
    expect(r?.target).toMatchObject({ kind: 'claim', concept: 'exosome' });
    expect(r?.lang).toBe('ja');
  });

  it('finds Acetyl Hexapeptide-8 from "argirelin"', () => {
    expect(top('argirelin')?.title).toBe('Acetyl Hexapeptide-8');
  });

  it('finds niacinamide from "niacinamid"', () => {
    expect(top('niacinamid')?.title).toBe('Niacinamide');
  });
});

describe('lookup with the shipped CosIng dictionary', () => {
  const lookup = createLookup(getKnowledge(), loadCosing);

  it('offers a CosIng-only name with its functions', async () => {
    const [top] = await lookup.searchAll('glycerine');
    expect(top?.target).toEqual({ kind: 'cosing', name: 'GLYCERIN' });
    expect(top?.cosing?.functions).toContain('humectant');
  });

  it('still ranks the knowledge entry first when CosIng has the same name', async () => {
    const [top] = await lookup.searchAll('niacinamid');
    expect(top?.target).toMatchObject({ kind: 'entry', entryId: 'niacinamide' });
  });
});
