import { describe, expect, it } from 'vitest';
import { buildCard } from '../../../lib/cards-build';
import { renderTooltip } from '../../../lib/page/tooltip/render';
import { extKnowledge as k } from '../../unit/ext/ext-knowledge';

/** The tooltip text for an entry's card in a region, rendered as the content script does. */
function tooltipText(entryId: string, region: 'eu' | 'kr' | 'us'): string {
  const card = buildCard(k, entryId, region);
  const tip = document.createElement('div');
  renderTooltip(tip, {
    kind: card?.kind ?? 'exosome',
    written: card?.name ?? entryId,
    card,
    pending: false,
    positionHint: null,
    claimNote: null,
  });
  return tip.textContent ?? '';
}

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

  it('a confounder shows its evidence label, caveat and the COI tag of its source', () => {
    const text = tooltipText('sh-oligopeptide-1', 'eu');
    expect(text).toContain('Also on the list: common active (evidence not reviewed)');
    expect(text).toContain('Note: Identity of some commercial material disputed.');
    expect(text).toContain('(undated, read on 2026-11-20; author has a commercial interest)');
  });
});
