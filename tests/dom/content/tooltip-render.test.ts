import { describe, expect, it } from 'vitest';
import { buildCard } from '../../../lib/cards/build';
import type { MarkKind } from '../../../lib/page/mark/highlight';
import { renderTooltip } from '../../../lib/page/mark/tooltip/render';
import { extKnowledge as k } from '../../unit/ext/ext-knowledge';

/** The tooltip for an entry's card in a region, rendered as the content script does. */
function tooltipFor(entryId: string, region: 'eu' | 'kr' | 'us' = 'eu', kind?: MarkKind) {
  const card = entryId ? buildCard(k, entryId, region) : null;
  const tip = document.createElement('div');
  renderTooltip(tip, {
    kind: kind ?? card?.kind ?? 'exosome',
    written: card?.name ?? 'Exosome',
    card,
    pending: false,
    positionHint: null,
    claimNote: kind === 'claim' ? 'No ingredient list was found on this page.' : null,
  });
  return tip;
}
const tooltipText = (entryId: string, region: 'eu' | 'kr' | 'us') =>
  tooltipFor(entryId, region).textContent ?? '';
/** The first line: why this name is marked. */
const firstLine = (entryId: string, kind?: MarkKind) =>
  tooltipFor(entryId, 'eu', kind).firstElementChild?.textContent ?? '';

describe('tooltip text follows the material', () => {
  it('a bare "Exosomes" label shows the range, saying the label does not say the source', () => {
    const text = tooltipText('exosomes-unspecified', 'eu');
    expect(text).toContain('Made from: not stated: the label does not say what they come from');
    expect(text).toContain('European Union: depends on what they come from');
    expect(text).toContain('If human-derived material: Prohibited');
    expect(text).toContain('If animal, plant, alga or microbial material: No specific rule');
    // Never the human ruling stated as plain fact for an unstated source.
    expect(text).not.toMatch(/European Union: Prohibited/);
  });

  it('a human entry shows its own ruling, the checked date and an undated source as such', () => {
    const text = tooltipText('human-adipose-stromal-cell-exosomes', 'kr');
    expect(text).toContain('South Korea: Allowed with conditions');
    expect(text).toContain('not confirmed');
    expect(text).toContain('Checked as of 2026-11-20');
  });

  it('an other active shows how strong its evidence is, its caveat and the COI tag of its source', () => {
    const text = tooltipText('sh-oligopeptide-1', 'eu');
    expect(text).toContain('Evidence: not reviewed by ExoCheck');
    expect(text).not.toMatch(/confounder|well.studied/i);
    expect(text).toContain('Note: Identity of some commercial material disputed.');
    expect(text).toContain('(undated, read on 2026-11-20; author has a commercial interest)');
  });
});

describe('the first line says why the name is marked', () => {
  it('an exosome-type ingredient: what it is made from, or that the label does not say', () => {
    expect(firstLine('human-adipose-stromal-cell-exosomes')).toBe(
      'Exosome-type ingredient: made from human vesicles',
    );
    expect(firstLine('centella-callus-vesicles')).toBe(
      'Exosome-type ingredient: made from plant material',
    );
    expect(firstLine('exosomes-unspecified')).toBe(
      'Exosome-type ingredient: the label does not say what it is made from',
    );
  });

  it('a related ingredient: not an exosome, and what it is made from', () => {
    expect(firstLine('soy-phytoplacenta')).toBe(
      'Related, not an exosome: made from plant material',
    );
    expect(tooltipFor('soy-phytoplacenta').textContent).toContain('Why it is not an exosome: ');
  });

  it('an other active: its class, and that it may explain results (never "well studied")', () => {
    expect(firstLine('acetyl-hexapeptide-8')).toBe('Other active (peptide): may explain results');
    expect(firstLine('sh-oligopeptide-1')).toBe(
      'Other active (growth factor): may explain results',
    );
    // The class is left out where it repeats the name.
    expect(firstLine('niacinamide')).toBe('Other active: may explain results');
    expect(tooltipFor('niacinamide').textContent).toContain('Evidence: well studied. ');
  });

  it('a claim: in the product text; without a card, the kind alone', () => {
    expect(firstLine('', 'claim')).toBe('Exosome claim in the product text');
    expect(firstLine('', 'related')).toBe('Related, not an exosome');
  });

  it('one vocabulary: Made from for the material, Sources for citations', () => {
    const text = tooltipText('human-adipose-stromal-cell-exosomes', 'eu');
    expect(text).toContain('Made from: ');
    expect(text).toMatch(/Sources: [^.]/);
    expect(text).not.toMatch(/Source: /);
  });
});
