// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIngredientText } from '../../../lib/inci';
import { LIST_LABELS } from '../../../lib/inci/labels';
import { isIngredientLabel } from '../../../lib/page/find/find-sections';
import { INGREDIENT_LABELS } from '../../../lib/vocabulary';

describe('one vocabulary of "Ingredients" words', () => {
  it('every parser label that opens a list is also a DOM finder label', () => {
    expect(LIST_LABELS.length).toBeGreaterThan(10);
    expect(LIST_LABELS.filter((w) => !isIngredientLabel(w))).toEqual([]);
    expect(LIST_LABELS.filter((w) => !isIngredientLabel(`${w.toUpperCase()}:`))).toEqual([]);
  });

  it('the parser reads every shared word as a label', () => {
    const missed = INGREDIENT_LABELS.filter((w) => {
      const lists = parseIngredientText(`${w}: Aqua, Glycerin`);
      return lists.length !== 1 || lists[0]?.items.length !== 2;
    });
    expect(missed).toEqual([]);
  });
});
