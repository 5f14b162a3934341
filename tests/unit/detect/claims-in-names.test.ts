import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/analyze';
import { findClaims } from '../../../lib/detect/claims';
import { withoutIngredientNames } from '../../../lib/detect/claims-in-names';
import { LEXICON } from '../../../lib/detect/lexicon-data';

const analyzer = createAnalyzer(LEXICON);
const LIST = 'Glycerin, Human Adipose Stromal Cell Conditioned Media, Water, Linalool';

function claimsOf(copy: string): string[] {
  const report = analyzer.analyze({
    url: 'https://shop.example/p/1',
    retailer: 'generic',
    title: null,
    sections: [{ source: 'heuristic', text: LIST }],
    copy: [{ field: 'description', text: copy }],
  });
  return report.exosome.claims.map((c) => c.text);
}

describe('a claim term inside an ingredient name is part of the ingredient', () => {
  it('drops a hit that lies within a listed name repeated in the copy', () => {
    expect(claimsOf(`A calming serum. Ingredients: ${LIST}.`)).toEqual([]);
  });

  it('keeps the same term standing on its own in the copy', () => {
    expect(claimsOf('Powered by conditioned media for visible renewal.')).toEqual([
      'conditioned media',
    ]);
  });

  it('keeps a claim next to the repeated list', () => {
    expect(claimsOf(`With 5 billion exosomes. ${LIST}`)).toEqual(['5 billion exosomes']);
  });

  it('needs the whole name around the hit, not only the term', () => {
    const text = 'Stromal cell conditioned media, a breakthrough.';
    const hits = findClaims(text, LEXICON);
    expect(hits.map((h) => h.text)).toEqual(['conditioned media']);
    expect(
      withoutIngredientNames(text, hits, ['human adipose stromal cell conditioned media']),
    ).toHaveLength(1);
    expect(withoutIngredientNames(text, hits, ['stromal cell conditioned media'])).toEqual([]);
  });

  it('finds nothing to drop without lists', () => {
    const text = 'Human Adipose Stromal Cell Conditioned Media';
    const hits = findClaims(text, LEXICON);
    expect(withoutIngredientNames(text, hits, [])).toEqual(hits);
  });
});
