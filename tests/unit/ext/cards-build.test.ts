import { describe, expect, it } from 'vitest';
import { allRegulation, buildCard, evidenceLines, rulingKind } from '../../../lib/cards-build';
import { extKnowledge as k } from './ext-knowledge';

describe('buildCard', () => {
  it('gives a human-origin exosome entry the human ruling of the region asked for', () => {
    const card = buildCard(k, 'human-adipose-stromal-cell-exosomes', 'eu');
    expect(card).toMatchObject({
      kind: 'exosome',
      name: 'Human Adipose Stromal Cell Exosomes',
      sourceClass: 'human-cell',
      sourceClassLabel: 'Human cells',
      detail: 'adipose-derived stromal cells',
      regulation: {
        jurisdiction: 'eu',
        jurisdictionName: 'European Union',
        status: 'prohibited',
        confirmed: true,
      },
    });
    expect(card?.regulation?.sources[0]).toMatchObject({
      id: 's-reg',
      url: 'https://example.org/notice',
      confidence: 'primary',
      coi: false,
    });
  });

  it('gives a plant entry the non-human ruling', () => {
    const card = buildCard(k, 'centella-callus-vesicles', 'eu');
    expect(card?.regulation?.status).toBe('no-specific-rule');
    expect(card?.sourceClassLabel).toBe('Plant');
  });

  it('keeps "not confirmed" rulings marked as such', () => {
    expect(buildCard(k, 'human-adipose-stromal-cell-exosomes', 'us')?.regulation?.confirmed).toBe(
      false,
    );
  });

  it('uses the human ruling for an unstated source', () => {
    expect(rulingKind('unspecified')).toBe('human');
    expect(buildCard(k, 'exosomes-unspecified', 'kr')?.regulation?.status).toBe('conditional');
  });

  it('carries why a related entry is not an exosome', () => {
    const card = buildCard(k, 'soy-phytoplacenta', 'eu');
    expect(card?.kind).toBe('related');
    expect(card?.whyNotExosome).toMatch(/not human/);
    expect(card?.regulation?.status).toBe('no-specific-rule');
  });

  it('gives a confounder its class label, evidence line and caveat, and no regulation', () => {
    const card = buildCard(k, 'sh-oligopeptide-1', 'eu');
    expect(card).toMatchObject({
      kind: 'confounder',
      confounderClass: 'growth-factor',
      classLabel: 'Growth factor',
      evidence: 'evidence not reviewed',
      summary: 'evidence not reviewed',
      caveat: 'Identity of some commercial material disputed.',
      detail: 'Copies human epidermal growth factor',
    });
    expect(card?.regulation).toBeUndefined();
    // The DOI becomes a link; the COI flag travels with the source.
    expect(card?.sources[0]).toMatchObject({ url: 'https://doi.org/10.1000/xyz', coi: true });
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
    expect(lines[0]?.status).toBe('conditional');
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
  it('picks the evidence for the entry source class, with sources resolved', () => {
    const plant = k.entry('centella-callus-vesicles');
    if (!plant) throw new Error('fixture entry missing');
    const lines = evidenceLines(k, plant);
    expect(lines.map((l) => l.id)).toEqual(['ev-plant']);
    expect(lines[0]?.sources[0]?.citation).toBe('Supplier brochure about exosomes');
  });
});
