// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIngredientText } from '../../../lib/inci/index';

const lists = (text: string) =>
  parseIngredientText(text).map((l) => ({ label: l.label, items: l.items.map((i) => i.text) }));

describe('one text holding several shade lists is one list', () => {
  it('merges shades that differ only in colourants, each name once', () => {
    expect(
      lists(
        'Coral Crush: Aqua, Glycerin, Dimethicone, Mica, CI 77491 | Peach Party: Aqua, Glycerin, Dimethicone, Mica, CI 77492',
      ),
    ).toEqual([
      { label: null, items: ['Aqua', 'Glycerin', 'Dimethicone', 'Mica', 'CI 77491', 'CI 77492'] },
    ]);
  });

  it('merges shades on separate lines too', () => {
    const text =
      'Rose: Isododecane, Dimethicone, Tocopherol, Red 7 Lake\nNude: Isododecane, Dimethicone, Tocopherol, Iron Oxides';
    expect(lists(text)).toHaveLength(1);
  });

  it('keeps kit components with different formulas apart', () => {
    expect(
      lists(
        'Day Cream: Aqua, Glycerin, Squalane, Niacinamide | Night Cream: Aqua, Retinol, Shea Butter, Ceramide NP',
      ).map((l) => l.label),
    ).toEqual(['Day Cream', 'Night Cream']);
  });

  it('keeps item offsets inside the merged list', () => {
    const text = 'A: Aqua, Glycerin, Squalane, CI 1 | B: Aqua, Glycerin, Squalane, CI 77492';
    const [list] = parseIngredientText(text);
    expect(list?.end).toBe(list?.items.at(-1)?.end);
    for (const item of list?.items ?? []) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});
