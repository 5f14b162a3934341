// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isFootnotePhrase } from '../../../lib/inci/footnotes';
import { parseIngredientText } from '../../../lib/inci/index';

const items = (text: string) =>
  parseIngredientText(text).flatMap((l) => l.items.map((i) => i.text));
const phrase = (s: string) => isFootnotePhrase(s, 0, s.length);

describe('footnotes after the last item are not items', () => {
  it.each([
    'Aqua, Glycerin, Parfum, Linalool. Fragrance made of 100% natural essential oils and/or plant extracts',
    'Aqua, Glycerin, Parfum, Linalool\nFragrance made of 100% natural essential oils and/or plant extracts',
    'Aqua, Glycerin, Parfum, Linalool, Fragrance made of 100% natural essential oils and/or plant extracts',
  ])('English provenance note: %j', (text) => {
    expect(items(text)).toEqual(['Aqua', 'Glycerin', 'Parfum', 'Linalool']);
  });

  it.each([
    'Aqua, Glycerin, Parfum*, Citral, *erhalten aus natürlichen ätherischen Ölen',
    'Aqua, Glycerin, Parfum, Citral, erhalten aus natürlichen ätherischen Ölen',
    'Aqua, Glycerin, Parfum*, Citral.\n*erhalten aus natürlichen ätherischen Ölen',
  ])('German provenance note: %j', (text) => {
    expect(items(text)).toEqual(['Aqua', 'Glycerin', 'Parfum', 'Citral']);
  });

  it.each([
    'Water, Aloe Barbadensis Leaf Juice*, Glycerin, Citric Acid, *Certified Organic',
    'Water, Aloe Barbadensis Leaf Juice*, Glycerin, Citric Acid, Certified Organic',
    'Water, Aloe Barbadensis Leaf Juice*, Glycerin, Citric Acid\nCertified Organic',
  ])('a status note: %j', (text) => {
    expect(items(text)).toEqual([
      'Water',
      'Aloe Barbadensis Leaf Juice',
      'Glycerin',
      'Citric Acid',
    ]);
  });

  it('keeps names that carry a provenance word', () => {
    expect(items('Aqua, Glycerin, Organic Aloe Barbadensis Leaf Juice')).toEqual([
      'Aqua',
      'Glycerin',
      'Organic Aloe Barbadensis Leaf Juice',
    ]);
    expect(items('Water, Glycerin, Natural Fragrance')).toEqual([
      'Water',
      'Glycerin',
      'Natural Fragrance',
    ]);
    expect(items('Aqua, Glycerin, Lavandula Angustifolia Oil (from organic farming)')).toEqual([
      'Aqua',
      'Glycerin',
      'Lavandula Angustifolia Oil (from organic farming)',
    ]);
  });

  it('reads a note in the middle of a list as an item (only the end is a footnote)', () => {
    expect(items('Aqua, Certified Organic, Glycerin, Citric Acid')).toContain('Certified Organic');
  });

  it('tells notes from names', () => {
    expect(phrase('Certified Organic')).toBe(true);
    expect(phrase('*Natural Origin')).toBe(true);
    expect(phrase('Fragrance made of 100% natural essential oils')).toBe(true);
    expect(phrase('issus de l’agriculture biologique')).toBe(true);
    expect(phrase('Citric Acid')).toBe(false);
    expect(phrase('Organic Jojoba Oil')).toBe(false);
    expect(phrase('Rosa Damascena Flower Oil (natural origin)')).toBe(false);
  });
});
