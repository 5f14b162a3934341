import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../../../lib/knowledge';
import { createLookup } from '../../../lib/knowledge/lookup';
import { loadCosingLookup } from '../../../lib/knowledge/lookup-load';

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
  const lookup = createLookup(getKnowledge(), loadCosingLookup);

  it('offers a CosIng-only name with its functions', async () => {
    const [top] = await lookup.searchAll('glycerine');
    expect(top?.target).toEqual({ kind: 'cosing', name: 'GLYCERIN' });
    expect(top?.cosing?.functions).toContain('humectant');
  });

  it('still ranks the knowledge entry first when CosIng has the same name', async () => {
    const [top] = await lookup.searchAll('niacinamid');
    expect(top?.target).toMatchObject({ kind: 'entry', entryId: 'niacinamide' });
  });

  it('finds "humen adipose exosomes", which the fuse.js lookup missed', async () => {
    const [top] = await lookup.searchAll('humen adipose exosomes');
    expect(top?.target).toMatchObject({ kind: 'entry', entryKind: 'exosome' });
  });
});
