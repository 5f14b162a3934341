import { describe, expect, it } from 'vitest';
import { type ListRules, likelyListRules, onePercentHint } from '../../../lib/detect/one-percent';
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

describe('the hint is worded for the rules the list was likely written to', () => {
  const hintAfter = (rules: ListRules) => {
    const list = items('Water, Glycerin, Phenoxyethanol, Milk Exosomes');
    return onePercentHint(list, 3, ['phenoxyethanol'], rules);
  };

  it('guesses the rules from the shop domain, the page language and Hangul in the list', () => {
    expect(likelyListRules('https://www.oliveyoung.co.kr/p/1', null, 'Water')).toBe('kr');
    expect(likelyListRules('https://shop.example/p', 'ko', 'Water')).toBe('kr');
    expect(likelyListRules('https://shop.example/p', null, '정제수, 글리세린')).toBe('kr');
    expect(likelyListRules('https://www.notino.de/p', null, 'Aqua')).toBe('eu-uk');
    expect(likelyListRules('https://www.boots.com/p', 'en-GB', 'Aqua')).toBe('unknown');
    expect(likelyListRules('https://www.boots.co.uk/p', null, 'Aqua')).toBe('eu-uk');
    expect(likelyListRules('https://www.shop.no/p', null, 'Aqua')).toBe('eu-uk');
    expect(likelyListRules('https://www.sephora.com/p', 'en-US', 'Water')).toBe('us');
    expect(likelyListRules('not a url', null, 'Water')).toBe('unknown');
  });

  it('states the EU conclusion only for EU/UK lists and hedges elsewhere', () => {
    expect(hintAfter('eu-uk').reason).toMatch(
      /in a list made to EU\/UK rules.*it is at or below 1%/,
    );
    expect(hintAfter('kr').reason).toMatch(
      /Korean labelling rules.*Korea's own cap is not confirmed/,
    );
    expect(hintAfter('us').reason).toMatch(/no US cap was found, so it is probably, not certainly/);
    expect(hintAfter('unknown').reason).toMatch(/likely, not certain/);
    for (const r of ['eu-uk', 'kr', 'us', 'unknown'] as const) {
      expect(hintAfter(r).value).toBe(true);
      expect(hintAfter(r).reason).toMatch(/as a preservative/);
    }
  });
});
