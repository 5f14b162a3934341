// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIngredientText } from '../../../lib/inci/index';

const items = (text: string) =>
  parseIngredientText(text).flatMap((l) => l.items.map((i) => i.text));

describe('a filter facet with product counts is not an ingredient list', () => {
  it.each([
    'Hyaluronic Acid (124)\nNiacinamide (85)\nRetinol (61)\nSalicylic Acid (40)',
    'Ingredients\nHyaluronic Acid (124)\nNiacinamide (85)\nRetinol (61)',
    'Hyaluronic Acid (124), Niacinamide (85), Retinol (61), Glycerin (37)',
  ])('%j', (text) => {
    expect(items(text)).toEqual([]);
  });

  it('keeps lists whose brackets are not bare counts', () => {
    expect(
      items('Aqua, Titanium Dioxide (CI 77891), Niacinamide (10%), Zinc Oxide (nano)'),
    ).toEqual(['Aqua', 'Titanium Dioxide (CI 77891)', 'Niacinamide (10%)', 'Zinc Oxide (nano)']);
  });

  it('keeps a list with one bracketed number among many names', () => {
    expect(items('Aqua, Glycerin, Polysorbate (20), Squalane, Citric Acid')).toHaveLength(5);
  });
});
