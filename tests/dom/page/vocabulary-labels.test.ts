import { describe, expect, it } from 'vitest';
import { findDomSections } from '../../../lib/page/find/find-sections';

/** A short real list (The Ordinary Niacinamide 10% + Zinc 1%, tests/fixtures/generic/). */
const LIST =
  'Aqua (Water), Niacinamide, Pentylene Glycol, Zinc PCA, Dimethyl Isosorbide, Tamarindus Indica Seed Gum, Xanthan gum, Isoceteth-20, Ethoxydiglycol, Phenoxyethanol, Chlorphenesin';

/** How the finder found the list under the heading: "label:…" when it read the heading. */
function viaUnder(heading: string): string[] {
  const d = document.implementation.createHTMLDocument('t');
  const main = d.body.appendChild(d.createElement('main'));
  main.appendChild(d.createElement('h3')).textContent = heading;
  main.appendChild(d.createElement('p')).textContent = LIST;
  return findDomSections(d).map((s) => s.via);
}

describe('the DOM finder knows the parser’s "Ingredients" words', () => {
  it.each([
    'Ingrediënten',
    'Ingredie\u0308nten',
    'Ingredienser',
    'Ainesosat',
    'Összetevők',
    'Složení',
    'Inhaltsstoffe',
    '전성분',
  ])('<h3>%s</h3>', (heading) => {
    // Without the label the block scan still finds the list, but not as this heading's section.
    const via = viaUnder(heading);
    expect(via).toHaveLength(1);
    expect(via[0]).toMatch(/^label:/);
  });
});
