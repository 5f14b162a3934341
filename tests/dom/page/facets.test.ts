import { describe, expect, it } from 'vitest';
import { isFilterFacet } from '../../../lib/page/find/facets';
import { findDomSections } from '../../../lib/page/find/find-sections';

/** The facet markup a category page uses; real INCI names as checkbox labels. */
const FACET = `<main><h1>Skincare</h1><aside><h3>Ingredients</h3><ul>
${['Hyaluronic Acid', 'Niacinamide', 'Retinol', 'Salicylic Acid', 'Glycerin']
  .map((n, i) => `<li><label><input type="checkbox" value="${n}"> ${n} (${40 - i})</label></li>`)
  .join('')}</ul></aside></main>`;

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = html; // test markup, not page text
  return d;
}

describe('an "Ingredients" filter facet is not an ingredient section', () => {
  it('finds no section in a facet of checkboxes', () => {
    expect(findDomSections(doc(FACET))).toEqual([]);
  });

  it('finds no section when the facet has no counts either', () => {
    expect(findDomSections(doc(FACET.replace(/ \(\d+\)/g, '')))).toEqual([]);
  });

  it('still finds a real list next to one control', () => {
    const d = doc(
      '<main><h3>Ingredients</h3><p>Aqua, Glycerin, Niacinamide, Squalane, Citric Acid</p><label><input type="checkbox"> Show all</label></main>',
    );
    expect(findDomSections(d)).toHaveLength(1);
    expect(isFilterFacet(d.body)).toBe(false);
  });
});
