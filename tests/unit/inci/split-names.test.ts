// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIngredientText } from '../../../lib/inci/index';

/** Item texts with whitespace collapsed (the item keeps the "\n" of its slice). */
const items = (text: string) =>
  parseIngredientText(text).flatMap((l) => l.items.map((i) => i.text.replace(/\s+/g, ' ')));

describe('a name split over two block elements inside a comma list is one item', () => {
  it.each([
    ['Aqua, Isoamyl\nLaurate, Squalane', 'Isoamyl Laurate'],
    ['Isoamyl\nLaurate, Caprylic/Capric Triglyceride, Squalane', 'Isoamyl Laurate'],
    ['Aqua, Rosa Canina\nFruit Oil, Glycerin', 'Rosa Canina Fruit Oil'],
    ['Aqua, Sodium\nHyaluronate, Glycerin', 'Sodium Hyaluronate'],
    ['Aqua, Glycerin, Cetearyl\nAlcohol', 'Cetearyl Alcohol'],
    ['Aqua, PEG-\n40 Hydrogenated Castor Oil, Glycerin', 'PEG- 40 Hydrogenated Castor Oil'],
  ])('%j', (text, name) => {
    expect(items(text)).toContain(name);
    expect(items(text)).toHaveLength(3);
  });

  it('keeps whole names on both sides of a line break apart', () => {
    expect(items('Aqua, Glycerin, Citric Acid\nLinalool, Limonene, Citral')).toEqual([
      'Aqua',
      'Glycerin',
      'Citric Acid',
      'Linalool',
      'Limonene',
      'Citral',
    ]);
    expect(items('Aqua, Citric Acid\nNiacinamide, Glycerin')).toContain('Niacinamide');
    expect(items('Aqua,\nGlycerin,\nCitric Acid')).toEqual(['Aqua', 'Glycerin', 'Citric Acid']);
  });

  it('does not join a label line to an all lower-case list', () => {
    expect(items('Ingredients\nsnail secretion filtrate, betaine, sodium hyaluronate')).toEqual([
      'snail secretion filtrate',
      'betaine',
      'sodium hyaluronate',
    ]);
  });

  it('keeps the joined item a slice of the input', () => {
    const text = 'Aqua, Isoamyl\nLaurate, Glycerin';
    const item = parseIngredientText(text)[0]?.items[1];
    expect(item && text.slice(item.start, item.end)).toBe('Isoamyl\nLaurate');
  });
});
