// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIngredientText } from '../../../lib/inci/index';

const rows = (text: string) =>
  parseIngredientText(text).map((l) => ({
    label: l.label,
    items: l.items.map((i) => [i.text, i.group]),
  }));

const ACTIVES = [
  ['Avobenzone 2.2%', 'active'],
  ['Octinoxate 7.5%', 'active'],
];
const MAIN = [
  ['Water', 'main'],
  ['Glycerin', 'main'],
  ['Dimethicone', 'main'],
];

describe('drug-facts actives shown as bullets before the inactive list', () => {
  it.each([
    '-Avobenzone 2.2%\n-Octinoxate 7.5%\nWater, Glycerin, Dimethicone',
    '-Avobenzone 2.2%\n-Octinoxate 7.5%\nInactive Ingredients: Water, Glycerin, Dimethicone',
    'Active ingredients\n-Avobenzone 2.2%\n-Octinoxate 7.5%\nInactive ingredients: Water, Glycerin, Dimethicone',
  ])('are the active group of one list: %j', (text) => {
    expect(rows(text)).toEqual([{ label: null, items: [...ACTIVES, ...MAIN] }]);
  });

  it('needs a percentage: plain bullets are main items', () => {
    expect(rows('-Water\n-Glycerin\n-Niacinamide 5%')).toEqual([
      { label: null, items: [...MAIN.slice(0, 2), ['Niacinamide 5%', 'main']] },
    ]);
  });

  it('only at the start of a list: a percentage bullet inside one is a main item', () => {
    expect(rows('Water, Glycerin\n-Zinc Oxide 5%\nCitric Acid')[0]?.items).toEqual([
      ['Water', 'main'],
      ['Glycerin', 'main'],
      ['Zinc Oxide 5%', 'main'],
      ['Citric Acid', 'main'],
    ]);
  });
});
