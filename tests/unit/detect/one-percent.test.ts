import { describe, expect, it } from 'vitest';
import { onePercentHint } from '../../../lib/detect/one-percent';
import { parseIngredientText } from '../../../lib/inci/parse';

const items = (text: string) => parseIngredientText(text)[0]?.items ?? [];
const hint = (text: string, name: string) => {
  const list = items(text);
  return onePercentHint(
    list,
    list.findIndex((i) => i.text === name),
    ['phenoxyethanol'],
  );
};

describe('onePercentHint', () => {
  it('is at or below 1% after phenoxyethanol', () => {
    const h = hint('Water, Glycerin, Phenoxyethanol, Milk Exosomes, Fragrance', 'Milk Exosomes');
    expect(h.value).toBe(true);
    expect(h.reason).toMatch(/after Phenoxyethanol.*EU rules cap at 1%/);
  });

  it('cannot tell before phenoxyethanol, nor without a marker', () => {
    expect(hint('Water, Milk Exosomes, Glycerin, Phenoxyethanol', 'Milk Exosomes')).toMatchObject({
      value: null,
      reason: expect.stringMatching(/before Phenoxyethanol/),
    });
    expect(hint('Water, Milk Exosomes, Glycerin, Xanthan Gum', 'Milk Exosomes')).toMatchObject({
      value: null,
      reason: expect.stringMatching(/No 1% marker/),
    });
  });

  it('uses a stated percentage over position', () => {
    expect(
      hint('Milk Exosomes 5%, Water, Glycerin, Phenoxyethanol', 'Milk Exosomes 5%').value,
    ).toBe(false);
    expect(
      hint('Water, Glycerin, Milk Exosomes 0.5%, Phenoxyethanol', 'Milk Exosomes 0.5%').value,
    ).toBe(true);
  });

  it('says nothing for may-contain items', () => {
    const h = hint(
      'Water, Glycerin, Phenoxyethanol, May contain: CI 77491, Milk Exosomes',
      'Milk Exosomes',
    );
    expect(h.value).toBeNull();
  });
});
