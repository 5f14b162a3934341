import { describe, expect, it } from 'vitest';
import { allRegulation, buildCard, evidenceLines } from '../../../lib/cards/build';
import { extKnowledge as k } from './ext-knowledge';

describe('buildCard', () => {
  it('gives a human-origin exosome entry the ruling for its material in the region asked for', () => {
    const card = buildCard(k, 'human-adipose-stromal-cell-exosomes', 'eu');
    expect(card).toMatchObject({
      kind: 'exosome',
      name: 'Human Adipose Stromal Cell Exosomes',
      sourceClass: 'human-cell',
      materialType: 'human-vesicles',
      materialLabel: 'Human cell vesicles (exosomes)',
      detail: 'adipose-derived stromal cells',
      regulation: {
        jurisdiction: 'eu',
        code: 'EU',
        jurisdictionName: 'European Union',
        checkedAsOf: '2026-11-20',
        unspecified: false,
      },
    });
    expect(card?.regulation?.rulings).toHaveLength(1);
    expect(card?.regulation?.rulings[0]).toMatchObject({ status: 'prohibited', confirmed: true });
    expect(card?.regulation?.rulings[0]?.sources[0]).toMatchObject({
      id: 's-reg',
      url: 'https://example.org/notice',
      published: '2024-05-02',
      accessed: '2026-11-20',
      confidence: 'primary',
      coi: false,
    });
  });

  it('gives a plant entry the non-human ruling', () => {
    const card = buildCard(k, 'centella-callus-vesicles', 'eu');
    expect(card?.regulation?.rulings.map((r) => r.status)).toEqual(['no-specific-rule']);
    expect(card?.materialLabel).toBe('Plant');
  });

  it('keeps "not confirmed" rulings marked as such', () => {
    const card = buildCard(k, 'human-adipose-stromal-cell-exosomes', 'us');
    expect(card?.regulation?.rulings[0]?.confirmed).toBe(false);
  });

  it('shows the range of rulings, each naming its materials, for an unstated source', () => {
    const line = buildCard(k, 'exosomes-unspecified', 'kr')?.regulation;
    expect(line?.unspecified).toBe(true);
    expect(line?.rulings.map((r) => [r.materialsLabel, r.status])).toEqual([
      ['human-derived material', 'allowed-with-conditions'],
      ['animal, plant, alga or microbial material', 'no-specific-rule'],
    ]);
  });

  it('says when CosIng gives a human-origin name no II/416 reference (EU rules only)', () => {
    const eu = buildCard(k, 'human-adipose-stromal-cell-exosomes', 'eu')?.regulation;
    expect(eu?.note).toMatch(/^Not a registered INCI name/);
    expect(buildCard(k, 'human-adipose-stromal-cell-exosomes', 'kr')?.regulation?.note).toBe(
      undefined,
    );
  });

  it('carries why a related entry is not an exosome', () => {
    const card = buildCard(k, 'soy-phytoplacenta', 'eu');
    expect(card?.kind).toBe('related');
    expect(card?.whyNotExosome).toMatch(/not human/);
    expect(card?.regulation?.rulings[0]?.status).toBe('no-specific-rule');
  });

  it('gives a confounder its class label, evidence label, caveat, and no regulation', () => {
    const card = buildCard(k, 'sh-oligopeptide-1', 'eu');
    expect(card).toMatchObject({
      kind: 'confounder',
      confounderClass: 'growth-factor',
      classLabel: 'Growth factor',
      evidence: 'evidence not reviewed',
      evidenceVerdict: 'not-reviewed',
      evidenceLabel: 'Common active (evidence not reviewed by ExoCheck)',
      summary: 'evidence not reviewed',
      caveat: 'Identity of some commercial material disputed.',
      detail: 'Copies human epidermal growth factor',
    });
    expect(card?.regulation).toBeUndefined();
    // The DOI becomes a link; the COI flag travels with the source.
    expect(card?.sources[0]).toMatchObject({ url: 'https://doi.org/10.1000/xyz', coi: true });
  });

  it('calls only reviewed, positive evidence well-studied', () => {
    expect(buildCard(k, 'niacinamide', 'eu')?.evidenceLabel).toBe('Well-studied active');
    expect(buildCard(k, 'acetyl-hexapeptide-8', 'eu')?.evidenceLabel).toBe(
      'Active with limited evidence',
    );
  });

  it('returns null for an unknown id and leaves out a missing jurisdiction', () => {
    expect(buildCard(k, 'no-such-entry', 'eu')).toBeNull();
    const card = buildCard(k, 'human-adipose-stromal-cell-exosomes', 'jp');
    expect(card).not.toBeNull();
    expect(card?.regulation).toBeUndefined();
  });

  it('produces plain JSON (the background sends cards to the content script)', () => {
    const card = buildCard(k, 'acetyl-hexapeptide-8', 'eu');
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe('allRegulation', () => {
  const entry = k.entry('human-adipose-stromal-cell-exosomes');
  if (!entry) throw new Error('fixture entry missing');

  it('lists every jurisdiction with the requested one first', () => {
    const lines = allRegulation(k, entry, 'kr');
    expect(lines.map((l) => l.jurisdiction)).toEqual(['kr', 'us', 'eu']);
    expect(lines[0]?.rulings[0]?.status).toBe('allowed-with-conditions');
  });

  it('keeps the data order when the region is already first or absent', () => {
    expect(allRegulation(k, entry, 'us').map((l) => l.jurisdiction)).toEqual(['us', 'eu', 'kr']);
    expect(allRegulation(k, entry, 'jp').map((l) => l.jurisdiction)).toEqual(['us', 'eu', 'kr']);
  });

  it('is empty for a confounder', () => {
    const c = k.entry('niacinamide');
    if (!c) throw new Error('fixture entry missing');
    expect(allRegulation(k, c, 'eu')).toEqual([]);
  });
});

describe('evidenceLines', () => {
  it('picks evidence linked to the entry, with sources resolved', () => {
    const plant = k.entry('centella-callus-vesicles');
    if (!plant) throw new Error('fixture entry missing');
    const lines = evidenceLines(k, plant);
    expect(lines.map((l) => l.id)).toEqual(['ev-plant']);
    expect(lines[0]?.sources[0]?.citation).toBe('Supplier brochure about exosomes');
  });

  it('picks evidence by material type only for exosome-type entries', () => {
    const human = k.entry('human-adipose-stromal-cell-exosomes');
    const soy = k.entry('soy-phytoplacenta');
    if (!human || !soy) throw new Error('fixture entry missing');
    expect(evidenceLines(k, human).map((l) => l.id)).toEqual(['ev-human-topical']);
    // A plant culture medium is not a vesicle preparation: no vesicle evidence lands on it.
    expect(evidenceLines(k, soy)).toEqual([]);
  });
});
