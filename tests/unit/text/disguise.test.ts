import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/analyze';
import { LEXICON } from '../../../lib/detect/lexicon-data';
import { parseIngredientText } from '../../../lib/inci/parse';
import { disguiseOf, normalizeName, normalizeWithMap } from '../../../lib/text/normalize';

const ZWJ = '\u200d';
const CYR_A = '\u0430'; // Cyrillic а
const CYR_O = '\u043e'; // Cyrillic о

describe('names disguised with invisible or look-alike characters', () => {
  it('normalise to the name they imitate', () => {
    expect(normalizeName(`Exo${ZWJ}${ZWJ}somes`)).toBe('exosomes');
    expect(normalizeName(`Hum${CYR_A}n Adip${CYR_O}cyte Conditioned Media Extract`)).toBe(
      'human adipocyte conditioned media extract',
    );
    // Greek omicron and alpha inside a Latin word too.
    expect(normalizeName('Ex\u03bfs\u03bfmes')).toBe('exosomes');
  });

  it('leave real Cyrillic and Greek words alone', () => {
    expect(normalizeName('экзосомы')).toBe('экзосомы');
    expect(normalizeName('Εξωσώματα')).toBe('εξωσωματα');
    // A Cyrillic word next to a Latin one is not mixed: only words mixing both are.
    expect(normalizeName('Water вода')).toBe('water вода');
  });

  it('keep the offset map aligned with the input', () => {
    const input = `x Hum${CYR_A}n`;
    const n = normalizeWithMap(input);
    expect(n.text).toBe('x human');
    // A space maps to the character after it, as everywhere in normalizeWithMap.
    expect(n.map).toEqual([0, 2, 2, 3, 4, 5, 6]);
  });

  it('say how the name was disguised', () => {
    expect(disguiseOf(`Exo${ZWJ}${ZWJ}somes`)).toEqual(['invisible']);
    expect(disguiseOf(`Hum${CYR_A}n Placental Extract`)).toEqual(['look-alike']);
    expect(disguiseOf(`Hum${CYR_A}n Exo${ZWJ}somes`)).toEqual(['invisible', 'look-alike']);
    expect(disguiseOf('Human Placental Extract')).toEqual([]);
    // Page noise at the edges of an item is not a disguise.
    expect(disguiseOf('\u200bWater')).toEqual([]);
    expect(disguiseOf('экзосомы')).toEqual([]);
  });

  it('do not make the parser drop the list', () => {
    const lists = parseIngredientText(`Water, Exo${ZWJ}${ZWJ}somes, Glycerin, Phenoxyethanol`);
    expect(lists[0]?.items.map((i) => i.text)).toEqual([
      'Water',
      `Exo${ZWJ}${ZWJ}somes`,
      'Glycerin',
      'Phenoxyethanol',
    ]);
  });

  it('are matched and flagged in the report', () => {
    const analyzer = createAnalyzer(LEXICON);
    const text = `Water, Exo${ZWJ}${ZWJ}somes, Glycerin, Hum${CYR_A}n Adip${CYR_O}cyte Conditioned Media Extract, Niacinamide, Phenoxyethanol`;
    const report = analyzer.analyze({
      url: 'https://shop.example/p',
      title: null,
      retailer: 'generic',
      sections: [{ source: 'heuristic', text }],
      copy: [],
    });
    expect(report.exosome.ingredients.map((f) => [f.entryId, f.disguised])).toEqual([
      ['exosomes-unspecified', ['invisible']],
      ['human-adipocyte-conditioned-media-extract', ['look-alike']],
    ]);
    const plain = report.ingredientLists[0]?.ingredients.find((i) => i.text === 'Niacinamide');
    expect(plain?.disguised).toBeUndefined();
  });
});
