// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inciScore, parseIngredientText } from '../../../lib/inci/index';
import { inkey, kaggle, lookfantastic, readPythonList } from './datasets';

/**
 * inciScore decides whether a page block is an ingredient list (lib/page/find/list-score.ts accepts
 * a line at 0.5, an unlabelled one at 0.6). Real lists must score high, prose low.
 */

const itemCount = (text: string): number =>
  parseIngredientText(text).reduce((n, l) => n + l.items.length, 0);

describe('real ingredient lists score high', () => {
  it('scores every Sephora (Kaggle) list of three or more items at least 0.6', () => {
    const texts = kaggle()
      .map((r) => r.Ingredients ?? '')
      .filter((t) => itemCount(t) >= 3);
    expect(texts.length).toBeGreaterThan(1200);
    const low = texts.filter((t) => inciScore(t) < 0.6);
    expect(low).toEqual([]);
  });

  it('scores every INKEY List row with three or more items at least 0.6', () => {
    const texts = inkey()
      .map((r) => r.ingredients ?? '')
      .filter((t) => itemCount(t) >= 3);
    expect(texts.length).toBeGreaterThan(140);
    expect(texts.filter((t) => inciScore(t) < 0.6)).toEqual([]);
  });

  it('scores LookFantastic lists high, except a few written in common names', () => {
    const texts = lookfantastic()
      .map((r) => readPythonList(r.clean_ingreds ?? '').join(', '))
      .filter((t) => itemCount(t) >= 3);
    const scores = texts.map(inciScore);
    // The cleaned names sometimes drop to common names ("lime, chamomile, sandalwood"), which
    // carry no chemical or Latin ending; those lists land at 0.5.
    expect(scores.filter((s) => s < 0.6).length).toBeLessThanOrEqual(10);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0.5);
  });

  it('scores a Sephora ingredients panel (highlights, list, disclaimer) as a whole', () => {
    const panel =
      '\n\n-Goji Stem Cells: Support skin renewal to visibly smooth fine lines and wrinkles.\n\n' +
      '-Vitamin C: Visibly firms the look of skin around the eyes.\n\n' +
      'Water/Aqua/Eau, Dicaprylyl Carbonate, Butyrospermum Parkii (Shea) Butter, Cetearyl Alcohol, Glycerin, Squalane, Glyceryl Stearate, Lycium Barbarum (Goji) Callus Culture Extract, Sodium Stearoyl Glutamate, Carbomer, Tocopheryl Acetate, Phenoxyethanol, Citric Acid *Certified Organic Ingredient\n';
    expect(inciScore(panel)).toBeGreaterThanOrEqual(0.6);
  });

  it('does not count a leading label against the list', () => {
    expect(inciScore('Ingredients: Water, Glycerin, Niacinamide')).toBe(1);
    expect(inciScore('전성분: 정제수, 글리세린, 나이아신아마이드')).toBe(1);
    expect(inciScore('AQUA / WATER / EAU, GLYCERIN, ISOPROPYL PALMITATE, NIACINAMIDE')).toBe(1);
  });
});

describe('prose and page furniture score low', () => {
  it.each([
    [
      'marketing copy',
      'This lightweight serum with exosomes, peptides and ceramides helps restore your skin barrier, leaving skin visibly smoother and more radiant. Suitable for all skin types.',
    ],
    [
      'marketing copy naming ingredients',
      'Our breakthrough formula combines plant-derived exosomes with niacinamide, hyaluronic acid and panthenol to deliver intense hydration and a glowing complexion.',
    ],
    [
      'directions',
      'Apply a small amount to clean skin, morning and evening. Avoid the eye area. Rinse with water if irritation occurs. For external use only.',
    ],
    ['a review', 'I love this serum, it made my skin so soft, highly recommend! Would buy again.'],
    ['a short review', 'Great product. Smells nice, absorbs quickly, no breakouts. 5 stars.'],
    ['a category menu', 'Skincare\nMakeup\nHair\nBody\nFragrance\nGifts\nSale\nNew In\nBrands'],
    ['a breadcrumb', 'Home > Skincare > Serums > Exosome Glow Serum'],
    [
      'a free-from claim',
      'REN products are free from synthetic fragrance, pore-blocking petrochemicals, sulfate detergents, silicones, synthetic colors, animal ingredients and parabens.',
    ],
    [
      'highlight bullets',
      '-Hyaluronic Acid: Attracts moisture, supports skin elasticity, and visibly plumps the look of fine lines.\n-Ceramides: Retain moisture and help support the skin barrier.',
    ],
    ['a retailer link', 'Visit the SEPHORA COLLECTION boutique'],
    ['an empty text', ''],
  ])('scores %s below 0.3', (_name, text) => {
    const score = inciScore(text);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(0.3);
  });

  it('scores the Kaggle highlight-only and boutique rows below 0.5', () => {
    const rows = kaggle()
      .map((r) => r.Ingredients ?? '')
      .filter(
        (t) => /^-[^:]{2,60}: [A-Z][a-z]+ .*\. -/.test(t) || /^Visit the .* boutique$/.test(t),
      )
      .filter((t) => itemCount(t) === 0);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((t) => inciScore(t) >= 0.5)).toEqual([]);
  });

  it('scales down fewer than three names', () => {
    expect(inciScore('Squalane')).toBeCloseTo(1 / 6);
    expect(inciScore('Water, Glycerin')).toBeCloseTo(2 / 6);
    expect(inciScore('Water, Glycerin, Squalane')).toBe(1);
  });
});

describe('navigation menus (borderline, documented)', () => {
  it('scores a "shop by ingredient" menu like a list: about 0.82', () => {
    // The INKEY List store's menu is made of real ingredient names; only page context (a nav
    // element, link density) can tell it from a list. It sits above the 0.6 line.
    const menu =
      'Shop by ingredient: Ceramides, Bio-Active Ceramides, Glycerin, Hyaluronic Acid, Vitamin C, Retinol, Niacinamide, Caffeine, Salicylic Acid, Squalane, Peptides, Collagen, Shea Butter, Oat, Polyglutamic Acid, Exosome, PDRN';
    expect(inciScore(menu)).toBeCloseTo(14 / 17, 5);
    const scraped = inkey().find((r) => (r.ingredients ?? '').startsWith('Ceramides, Bio-Active'));
    expect(inciScore(scraped?.ingredients ?? '')).toBeCloseTo(15 / 17, 5);
  });
});
