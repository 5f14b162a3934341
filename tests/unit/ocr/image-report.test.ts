import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/analyze';
import { LEXICON } from '../../../lib/detect/lexicon-data';
import { getKnowledge } from '../../../lib/knowledge';
import { createCosingDictionary } from '../../../lib/knowledge/cosing';
import cosingCompact from '../../../lib/knowledge/generated/cosing-dictionary.json';
import { createLookup } from '../../../lib/knowledge/lookup';
import { loadCosingLookup } from '../../../lib/knowledge/lookup-load';
import { type ImageReportDeps, imageReport } from '../../../lib/ocr/image-report';
import { PageReport } from '../../../lib/report';
import { ocrPage } from './ocr-page';

let deps: ImageReportDeps;
beforeAll(() => {
  const lookup = createLookup(getKnowledge(), loadCosingLookup);
  deps = {
    analyzer: createAnalyzer(LEXICON),
    dictionary: createCosingDictionary(cosingCompact),
    search: (q) => lookup.searchAll(q, 10),
  };
});

const META = { url: 'https://shop.example/product/1', title: null };
const read = async (text: string, low?: Record<string, number>) => {
  const report = await imageReport(ocrPage(text, 92, low), META, deps);
  const list = report.ingredientLists[0];
  return { report, list, items: list?.ingredients ?? [] };
};

describe('imageReport', () => {
  it('reports the list with source "image" and a confidence per item, valid by the schema', async () => {
    const { report, list, items } = await read('INGREDIENTS\n\nWater, Glycerin, Niacinamide');
    expect(PageReport.parse(report)).toEqual(report);
    expect(list?.source).toBe('image');
    expect(items.map((i) => i.text)).toEqual(['Water', 'Glycerin', 'Niacinamide']);
    expect(items.map((i) => i.ocr?.confidence)).toEqual([0.92, 0.92, 0.92]);
    expect(items[2]?.kind).toBe('confounder');
  });

  it('corrects one-character slips to the CosIng name and keeps what OCR read', async () => {
    const { items } = await read('Water, Glycerln, Niacinamlde, Phenoxyethanal');
    expect(items.map((i) => i.text)).toEqual([
      'Water',
      'Glycerin',
      'Niacinamide',
      'Phenoxyethanol',
    ]);
    expect(items.map((i) => i.ocr?.read)).toEqual([
      undefined,
      'Glycerln',
      'Niacinamlde',
      'Phenoxyethanal',
    ]);
    expect(items[1]?.functions).not.toBeNull();
    expect(items[2]?.kind).toBe('confounder');
  });

  it('swaps one glyph read as two (rn → m), and corrects a short word inside a long name', async () => {
    const { items } = await read(
      'Water, Amica Montana Flower Extract, Simmondsia Chinensis (Jojoba) Seed Ol, Alcohol Dena.',
    );
    expect(items.map((i) => i.text)).toEqual([
      'Water',
      'Arnica Montana Flower Extract',
      'Simmondsia Chinensis (Jojoba) Seed Oil',
      'Alcohol Denat',
    ]);
    expect(items[1]?.ocr?.read).toBe('Amica Montana Flower Extract');
  });

  it('does not guess between two names one edit away', async () => {
    // Triethanolamine and Diethanolamine are both one edit from "Tiethanolamine".
    const { items } = await read('Water, Tiethanolamine, Glycerin');
    expect(items[1]?.text).toBe('Tiethanolamine');
  });

  it('keeps the case the label used and the rest of the name', async () => {
    const { items } = await read('AQUA, TREMELLA FUCIFORMLS (MUSHROOM) EXTRACT, GLYCERIN');
    expect(items[1]?.text).toBe('TREMELLA FUCIFORMIS (MUSHROOM) EXTRACT');
  });

  it('puts a name broken over two lines back together before matching it', async () => {
    const { items } = await read('Water, Acetyl Hexa-\npeptide-8, Glycerin');
    expect(items.map((i) => i.text)).toEqual(['Water', 'Acetyl Hexapeptide-8', 'Glycerin']);
    expect(items[1]?.functions).not.toBeNull();
  });

  it('reads | as l, puts the I of a colour index right by rule, and never changes a number', async () => {
    const { items } = await read('Water, G|ycerin, C1 77891, PEG-41 Hydrogenated Castor Oil');
    expect(items.map((i) => i.text)).toEqual([
      'Water',
      'Glycerin',
      'CI 77891',
      'PEG-41 Hydrogenated Castor Oil',
    ]);
    expect(items[3]?.ocr?.read).toBeUndefined();
  });

  it('leaves short names and names it cannot place, and marks a low-confidence unknown as unsure', async () => {
    const { items } = await read('Water, Talk, Zzyxquorbium Leaf Extract, Glycerin', {
      Zzyxquorbium: 55,
      Glycerin: 40,
    });
    expect(items.map((i) => i.text)).toEqual([
      'Water',
      'Talk',
      'Zzyxquorbium Leaf Extract',
      'Glycerin',
    ]);
    expect(items[2]?.ocr).toEqual({ confidence: 0.55, unsure: true });
    // A name CosIng knows, read exactly, is not unsure at any confidence.
    expect(items[3]?.ocr).toEqual({ confidence: 0.4 });
  });

  it('finds an exosome-type ingredient in an image list like in page text', async () => {
    const { report } = await read('Water, Human Adipose Stem Cell Conditioned Media, Glycerin');
    expect(report.exosome.verdict).toBe('ingredient');
    expect(report.exosome.ingredients[0]?.position).toBe(2);
  });
});
