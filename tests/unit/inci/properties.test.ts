// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inciScore, parseIngredientText } from '../../../lib/inci/index';

/**
 * Properties that hold for any input: no throw, offsets inside the text with the item text as
 * its slice, items in order without overlap, a score in [0, 1]. The 1 MB inputs check that the
 * scanners stay linear (a quadratic path would blow the default test timeout); no wall-clock
 * assertion is made.
 */
function checkInvariants(text: string): void {
  const lists = parseIngredientText(text);
  let previous = 0;
  for (const list of lists) {
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.start).toBe(list.items[0]?.start);
    expect(list.end).toBe(list.items[list.items.length - 1]?.end);
    for (const item of list.items) {
      expect(item.start).toBeGreaterThanOrEqual(previous);
      expect(item.end).toBeGreaterThan(item.start);
      expect(item.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(item.start, item.end)).toBe(item.text);
      expect(item.candidates.length).toBeGreaterThan(0);
      expect(['main', 'may-contain', 'active']).toContain(item.group);
      if (item.percent !== null) expect(item.percent).toBeGreaterThan(0);
      previous = item.end;
    }
  }
  const score = inciScore(text);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(1);
}

const TOKENS = [
  'Water',
  'Aqua',
  'Aqua/Water/Eau',
  'Glycerin',
  '1,2-Hexanediol',
  "4,4'-",
  'CI 77891 (Titanium Dioxide)',
  'Butyrospermum Parkii (Shea) Butter',
  'Titanium Dioxide (nano)',
  '[nano]',
  'Niacinamide 10%',
  '(2%)',
  '%',
  'May contain',
  'may contain:',
  '+/-',
  '[+/-',
  '(+/-)',
  'Peut contenir',
  'Ingredients:',
  'Active ingredients:',
  'Inactive Ingredients:',
  'INCI:',
  '전성분',
  '全成分：',
  'Step 1:',
  'The Mud Mask:',
  '-Squalane: Hydrates skin.',
  '*',
  '**',
  '†',
  '^',
  '¹',
  '*Organic',
  'Please be aware that ingredient lists may change.',
  'Visit the SEPHORA COLLECTION boutique',
  '(',
  ')',
  '[',
  ']',
  '(and)',
  '/',
  ':',
  ';',
  '.',
  ', ',
  ',',
  '\n',
  '\n\n',
  ' ',
  '•',
  '|',
  '·',
  '、',
  '- ',
  'FAQs',
  'Poly(',
  'free from',
  'é',
  '\u200b',
  '\ufeff',
  '😀',
];

const tokenSoup = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 80 })
  .map((parts) => parts.join(''));
const spacedSoup = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('parser properties', () => {
  it('holds on random ASCII strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => checkInvariants(s)),
      {
        numRuns: 500,
      },
    );
  });

  it('holds on random Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => checkInvariants(s)),
      { numRuns: 300 },
    );
  });

  it('holds on INCI-like token soups', () => {
    fc.assert(
      fc.property(tokenSoup, (s) => checkInvariants(s)),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(spacedSoup, (s) => checkInvariants(s)),
      { numRuns: 1500 },
    );
  });

  it('holds on long repetitions of one adversarial piece', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOKENS), fc.integer({ min: 1, max: 2000 }), (t, n) =>
        checkInvariants(t.repeat(n)),
      ),
      { numRuns: 200 },
    );
  });

  it('holds on deeply nested and unbalanced brackets', () => {
    const nested = fc
      .tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1500 }), fc.boolean())
      .map(
        ([open, close, comma]) =>
          `Water, ${'(a, '.repeat(open)}${comma ? ', b' : ''}${')'.repeat(close)}, Glycerin`,
      );
    fc.assert(
      fc.property(nested, (s) => checkInvariants(s)),
      { numRuns: 60 },
    );
  });
});

describe('1 MB adversarial inputs (linear time)', () => {
  const MB = 1 << 20;
  const fill = (piece: string): string => piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB);
  const pieces = [
    'a',
    '(',
    ')',
    '[',
    ',',
    '1,',
    '1, ',
    '/',
    '*',
    ':',
    '.',
    '%',
    '\n',
    ' ',
    '1',
    'May contain ',
    '+/-',
    '[+/- ',
    '(a, ',
    'a:',
    'Ingredients: ',
    'Water, ',
    'Aqua/Water/Eau (Water), ',
    '-X: y. ',
    '. A',
    '*a ',
    'Step 1: ',
    '(and) ',
    '전',
    '):,',
    '(s):,',
    'a (b):, ',
    '+ ',
  ];

  it.each(pieces.map((p) => [JSON.stringify(p), p]))('parses 1 MB of %s', (_name, piece) => {
    const text = fill(piece as string);
    expect(text.length).toBe(MB);
    checkInvariants(text);
  });

  it('parses nested brackets around a marker and a long run of spaces', () => {
    const depth = 5000;
    const text = `${'('.repeat(depth)}+${' '.repeat(MB - 2 * depth - 1)}${')'.repeat(depth)}`;
    expect(text.length).toBe(MB);
    checkInvariants(text);
  });

  it('parses a 1 MB mix of every adversarial piece', () => {
    checkInvariants(fill(pieces.join('')));
  });
});
