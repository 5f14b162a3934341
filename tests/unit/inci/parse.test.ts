// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseIngredientText } from '../../../lib/inci/index';
import type { ParsedGroup, ParsedList } from '../../../lib/inci/types';

/** Parses and checks every offset: item text is its slice, lists bound their items, in order. */
function parse(text: string): ParsedList[] {
  const lists = parseIngredientText(text);
  let previousEnd = 0;
  for (const list of lists) {
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.start).toBe(list.items[0]?.start);
    expect(list.end).toBe(list.items[list.items.length - 1]?.end);
    for (const item of list.items) {
      expect(text.slice(item.start, item.end)).toBe(item.text);
      expect(item.start).toBeGreaterThanOrEqual(previousEnd);
      expect(item.end).toBeGreaterThan(item.start);
      previousEnd = item.end;
    }
  }
  return lists;
}

interface Expected {
  text: string;
  group: ParsedGroup;
  candidates: string[];
}

/** An expected item; candidates default to the text itself. */
function x(text: string, candidates: string[] = [text], group: ParsedGroup = 'main'): Expected {
  return { text, group, candidates };
}

function shape(list: ParsedList | undefined): Expected[] {
  return (list?.items ?? []).map(({ text, group, candidates }) => ({ text, group, candidates }));
}

/** Parses `text` into exactly one list with `label` and these items. */
function one(text: string, label: string | null, expected: Expected[]): void {
  const lists = parse(text);
  expect(lists.map((l) => l.label)).toEqual([label]);
  expect(shape(lists[0])).toEqual(expected);
}

describe('labels', () => {
  it('drops "Ingredients:" and keeps the list unlabelled', () => {
    one('Ingredients: Water, Glycerin, Niacinamide.', null, [
      x('Water'),
      x('Glycerin'),
      x('Niacinamide'),
    ]);
  });

  it('reads "INCI:" and "Full ingredients list:"', () => {
    one('INCI: Aqua, Glycerin, Squalane', null, [x('Aqua'), x('Glycerin'), x('Squalane')]);
    one('Full ingredients list: Water, Glycerin, Squalane', null, [
      x('Water'),
      x('Glycerin'),
      x('Squalane'),
    ]);
  });

  it('puts "Active ingredients:" items in group active; a mixed list carries no label', () => {
    one('Active ingredients: Zinc Oxide 20%\nInactive ingredients: Water, Glycerin', null, [
      x('Zinc Oxide 20%', ['Zinc Oxide'], 'active'),
      x('Water'),
      x('Glycerin'),
    ]);
  });

  it('reads "Active Ingredient(s):" and "Other ingredients:" in one sentence', () => {
    one('Active Ingredient(s): Salicylic Acid 2%. Other ingredients: Water, Glycerin', null, [
      x('Salicylic Acid 2%', ['Salicylic Acid'], 'active'),
      x('Water'),
      x('Glycerin'),
    ]);
  });

  it('reads a drug-facts block with semicolons (Soleil Toujours on Sephora)', () => {
    const lists = parse(
      'Active Ingredients: Avobenzone 3%, Homosalate 10%, Octisalate 5%; Inactive Ingredients: Aloe Barbadensis Leaf Juice, Fragrance, Water.',
    );
    expect(lists.map((l) => l.label)).toEqual([null]);
    expect(lists[0]?.items.map((i) => [i.text, i.group, i.percent])).toEqual([
      ['Avobenzone 3%', 'active', 3],
      ['Homosalate 10%', 'active', 10],
      ['Octisalate 5%', 'active', 5],
      ['Aloe Barbadensis Leaf Juice', 'main', null],
      ['Fragrance', 'main', null],
      ['Water', 'main', null],
    ]);
  });

  it('ends an inline "Active ingredient:" group at the line break (DailyMed-style labels)', () => {
    one(
      'Active ingredient: Glycerin\nHuman Adipose Stromal Cell Conditioned Media, Water, Linalool',
      null,
      [
        x('Glycerin', ['Glycerin'], 'active'),
        x('Human Adipose Stromal Cell Conditioned Media'),
        x('Water'),
        x('Linalool'),
      ],
    );
    one('Active ingredients:\nAvobenzone 3%\nHomosalate 10%', 'Active ingredients', [
      x('Avobenzone 3%', ['Avobenzone'], 'active'),
      x('Homosalate 10%', ['Homosalate'], 'active'),
    ]);
  });

  it('treats "Inactive ingredients:" and "Other ingredients:" alone as the main list', () => {
    one('Inactive ingredients: Water, Glycerin, Aloe Barbadensis Leaf Juice', null, [
      x('Water'),
      x('Glycerin'),
      x('Aloe Barbadensis Leaf Juice'),
    ]);
    one('Other ingredients: Cellulose, Silica, Magnesium Stearate', null, [
      x('Cellulose'),
      x('Silica'),
      x('Magnesium Stearate'),
    ]);
  });

  it.each([
    ['Inhaltsstoffe: Aqua, Glycerin, Parfum', ['Aqua', 'Glycerin', 'Parfum']],
    ['Ingrédients : Aqua, Glycerin, Parfum', ['Aqua', 'Glycerin', 'Parfum']],
    ['Ingredientes: Aqua, Glicerina, Perfume', ['Aqua', 'Glicerina', 'Perfume']],
    ['Ingredienti: Aqua, Glycerin, Parfum', ['Aqua', 'Glycerin', 'Parfum']],
    ['Składniki: Aqua, Glycerin, Parfum', ['Aqua', 'Glycerin', 'Parfum']],
    ['전성분: 정제수, 글리세린, 나이아신아마이드', ['정제수', '글리세린', '나이아신아마이드']],
    ['[전성분] 정제수, 글리세린, 나이아신아마이드', ['정제수', '글리세린', '나이아신아마이드']],
    ['全成分：水、グリセリン、BG', ['水', 'グリセリン', 'BG']],
    ['成分: 水, 甘油, 丁二醇', ['水', '甘油', '丁二醇']],
    [
      'Vollständige Liste der Inhaltsstoffe\n\nAQUA, GLYCERIN, NIACINAMIDE',
      ['AQUA', 'GLYCERIN', 'NIACINAMIDE'],
    ],
  ])('reads the label in %j', (text, names) => {
    one(
      text,
      null,
      names.map((n) => x(n)),
    );
  });
});

describe('water and fragrance alternatives', () => {
  it('keeps "Aqua/Water/Eau" as one item with every alternative', () => {
    one('Aqua/Water/Eau, Glycerin, Squalane', null, [
      x('Aqua/Water/Eau', ['Aqua/Water/Eau', 'Aqua', 'Water', 'Eau']),
      x('Glycerin'),
      x('Squalane'),
    ]);
  });

  it('reads "Aqua (Water)", "Water/Aqua/Eau", "AQUA / WATER / EAU" and "Water (Aqua, Eau)"', () => {
    one('Aqua (Water), Water/Aqua/Eau, AQUA / WATER / EAU, Water (Aqua, Eau)', null, [
      x('Aqua (Water)', ['Aqua (Water)', 'Aqua', 'Water']),
      x('Water/Aqua/Eau', ['Water/Aqua/Eau', 'Water', 'Aqua', 'Eau']),
      x('AQUA / WATER / EAU', ['AQUA / WATER / EAU', 'AQUA', 'WATER', 'EAU']),
      x('Water (Aqua, Eau)', ['Water (Aqua, Eau)', 'Water', 'Aqua', 'Eau']),
    ]);
  });

  it('reads "Parfum (Fragrance)" and "Fragrance/Parfum"', () => {
    one('Glycerin, Parfum (Fragrance), Fragrance/Parfum', null, [
      x('Glycerin'),
      x('Parfum (Fragrance)', ['Parfum (Fragrance)', 'Parfum', 'Fragrance']),
      x('Fragrance/Parfum', ['Fragrance/Parfum', 'Fragrance', 'Parfum']),
    ]);
  });

  it('does not split a slash that belongs to one name', () => {
    one(
      'Caprylic/Capric Triglyceride, Acrylates/C10-30 Alkyl Acrylate Crosspolymer, Hamamelis Virginiana (Witch Hazel) Bark/Leaf/Twig Extract, Coco-Caprylate/Caprate, Nylon-6/12, Butyrospermum Parkii Butter/Shea Butter',
      null,
      [
        x('Caprylic/Capric Triglyceride'),
        x('Acrylates/C10-30 Alkyl Acrylate Crosspolymer'),
        x('Hamamelis Virginiana (Witch Hazel) Bark/Leaf/Twig Extract', [
          'Hamamelis Virginiana (Witch Hazel) Bark/Leaf/Twig Extract',
          'Hamamelis Virginiana Bark/Leaf/Twig Extract',
        ]),
        x('Coco-Caprylate/Caprate'),
        x('Nylon-6/12'),
        x('Butyrospermum Parkii Butter/Shea Butter', [
          'Butyrospermum Parkii Butter/Shea Butter',
          'Butyrospermum Parkii Butter',
          'Shea Butter',
        ]),
      ],
    );
  });
});

describe('commas inside names', () => {
  it('keeps a comma between digits', () => {
    one(
      "Water, 1,2-Hexanediol, Disodium 4,4'-Bis(2-sulfostyryl)biphenyl, 2,3-Butanediol, 2-Bromo-2-Nitropropane-1,3-Diol",
      null,
      [
        x('Water'),
        x('1,2-Hexanediol'),
        x("Disodium 4,4'-Bis(2-sulfostyryl)biphenyl"),
        x('2,3-Butanediol'),
        x('2-Bromo-2-Nitropropane-1,3-Diol'),
      ],
    );
  });

  it('keeps "1, 2-Hexanediol" and "1,2 Hexanediol" (scraped variants) whole', () => {
    one('Water, 1, 2-Hexanediol, Glycerin, 1,2 Hexanediol', null, [
      x('Water'),
      x('1, 2-Hexanediol'),
      x('Glycerin'),
      x('1,2 Hexanediol'),
    ]);
  });

  it('does not split inside parentheses or brackets', () => {
    one(
      'Water, Iron Oxides (CI 77491, CI 77492, CI 77499), Mica [CI 77019, Sericite], Silica',
      null,
      [
        x('Water'),
        x('Iron Oxides (CI 77491, CI 77492, CI 77499)', [
          'Iron Oxides (CI 77491, CI 77492, CI 77499)',
          'Iron Oxides',
          'CI 77491',
          'CI 77492',
          'CI 77499',
        ]),
        x('Mica [CI 77019, Sericite]', [
          'Mica [CI 77019, Sericite]',
          'Mica',
          'CI 77019',
          'Sericite',
        ]),
        x('Silica'),
      ],
    );
  });

  it('ignores an unclosed bracket instead of swallowing the list', () => {
    one('Water, Titanium Dioxide (CI 77891, Iron Oxides (CI 77491), Silica', null, [
      x('Water'),
      x('Titanium Dioxide (CI 77891', ['Titanium Dioxide (CI 77891', 'Titanium Dioxide']),
      x('Iron Oxides (CI 77491)', ['Iron Oxides (CI 77491)', 'Iron Oxides', 'CI 77491']),
      x('Silica'),
    ]);
  });
});

describe('parenthetical synonyms and translations', () => {
  it('adds the name without a parenthetical in the middle', () => {
    one(
      'Butyrospermum Parkii (Shea) Butter, Lycium Barbarum (Goji) Callus Culture Extract, Glycerin',
      null,
      [
        x('Butyrospermum Parkii (Shea) Butter', [
          'Butyrospermum Parkii (Shea) Butter',
          'Butyrospermum Parkii Butter',
        ]),
        x('Lycium Barbarum (Goji) Callus Culture Extract', [
          'Lycium Barbarum (Goji) Callus Culture Extract',
          'Lycium Barbarum Callus Culture Extract',
        ]),
        x('Glycerin'),
      ],
    );
  });

  it('adds both sides of a trailing parenthetical', () => {
    one(
      'CI 77891 (Titanium Dioxide), Rosa Damascena Flower Water (Rose Water), Alcohol Denat. (SD Alcohol 40-B)',
      null,
      [
        x('CI 77891 (Titanium Dioxide)', [
          'CI 77891 (Titanium Dioxide)',
          'CI 77891',
          'Titanium Dioxide',
        ]),
        x('Rosa Damascena Flower Water (Rose Water)', [
          'Rosa Damascena Flower Water (Rose Water)',
          'Rosa Damascena Flower Water',
          'Rose Water',
        ]),
        x('Alcohol Denat. (SD Alcohol 40-B)', [
          'Alcohol Denat. (SD Alcohol 40-B)',
          'Alcohol Denat.',
          'SD Alcohol 40-B',
        ]),
      ],
    );
  });

  it('expands nested parentheticals and keeps brackets that are chemistry', () => {
    one(
      'Butyrospermum Parkii Butter Extract (Butyrospermum Parkii (Shea Butter) Extract), Hydrogenated Poly(C6-14 Olefin), Water',
      null,
      [
        x('Butyrospermum Parkii Butter Extract (Butyrospermum Parkii (Shea Butter) Extract)', [
          'Butyrospermum Parkii Butter Extract (Butyrospermum Parkii (Shea Butter) Extract)',
          'Butyrospermum Parkii Butter Extract',
          'Butyrospermum Parkii (Shea Butter) Extract',
          'Butyrospermum Parkii Extract',
        ]),
        x('Hydrogenated Poly(C6-14 Olefin)'),
        x('Water'),
      ],
    );
  });
});

describe('may contain', () => {
  const tail = (names: string[]) => names.map((n) => x(n, [n], 'may-contain'));

  it.each([
    ['Water, Glycerin, Dimethicone. May contain: Mica, CI 77891.', ['Mica', 'CI 77891']],
    ['Water, Glycerin, Dimethicone, +/- CI 77491, CI 77492', ['CI 77491', 'CI 77492']],
    ['Water, Glycerin, Dimethicone [+/- Mica, CI 77891]', ['Mica', 'CI 77891']],
    ['Water, Glycerin, Dimethicone, [+/-]: Mica, CI 77891', ['Mica', 'CI 77891']],
    ['Water, Glycerin, Dimethicone, (+/-) Mica, Silica', ['Mica', 'Silica']],
    ['Water, Glycerin, Dimethicone. Peut contenir: CI 77891, CI 77491', ['CI 77891', 'CI 77491']],
    ['Water, Glycerin, Dimethicone. May Contain (+/-): Mica, Silica.', ['Mica', 'Silica']],
    ['Water, Glycerin, Dimethicone, May Contain, Mica, Silica.', ['Mica', 'Silica']],
    [
      'Water, Glycerin, Dimethicone. [May Contain/Peut Contenir/+/-: Mica, Silica]',
      ['Mica', 'Silica'],
    ],
  ])('starts the may-contain group in %j', (text, names) => {
    one(text, null, [x('Water'), x('Glycerin'), x('Dimethicone'), ...tail(names)]);
  });

  it('ends the may-contain group at the next list', () => {
    const lists = parse(
      'Shade 1: Talc, Mica, Silica, May contain: CI 77491. Shade 2: Talc, Mica, Silica, Dimethicone',
    );
    expect(lists.map((l) => l.label)).toEqual(['Shade 1', 'Shade 2']);
    expect(lists[0]?.items.map((i) => i.group)).toEqual(['main', 'main', 'main', 'may-contain']);
    expect(lists[1]?.items.every((i) => i.group === 'main')).toBe(true);
  });
});

describe('markers: nano, percentages, footnote marks', () => {
  it('reads (nano) and [nano] and drops them from the candidates', () => {
    const [list] = parse('Titanium Dioxide (nano), Zinc Oxide [NANO], Water');
    expect(list?.items.map((i) => [i.text, i.candidates, i.nano])).toEqual([
      ['Titanium Dioxide (nano)', ['Titanium Dioxide'], true],
      ['Zinc Oxide [NANO]', ['Zinc Oxide'], true],
      ['Water', ['Water'], false],
    ]);
  });

  it('reads percentages written after, before and in brackets', () => {
    const [list] = parse(
      'Niacinamide 10%, Salicylic Acid (2%), 100% Squalane, Octocrylene 2,70%, Zinc Oxide 20 %, Water',
    );
    expect(list?.items.map((i) => [i.text, i.candidates, i.percent])).toEqual([
      ['Niacinamide 10%', ['Niacinamide'], 10],
      ['Salicylic Acid (2%)', ['Salicylic Acid'], 2],
      ['100% Squalane', ['Squalane'], 100],
      ['Octocrylene 2,70%', ['Octocrylene'], 2.7],
      ['Zinc Oxide 20 %', ['Zinc Oxide'], 20],
      ['Water', ['Water'], null],
    ]);
  });

  it('ends items before trailing footnote marks', () => {
    one(
      'Aloe Barbadensis Leaf Juice*, Glycerin^, Geraniol**, Rosa Canina Seed Oil†, Squalane‡, Tocopherol¹, Shea Butter²',
      null,
      [
        x('Aloe Barbadensis Leaf Juice'),
        x('Glycerin'),
        x('Geraniol'),
        x('Rosa Canina Seed Oil'),
        x('Squalane'),
        x('Tocopherol'),
        x('Shea Butter'),
      ],
    );
  });

  it('drops marks inside an item from its candidates', () => {
    one('Water, Helianthus Annuus (Sunflower)* Seed Oil, Glycerin', null, [
      x('Water'),
      x('Helianthus Annuus (Sunflower)* Seed Oil', [
        'Helianthus Annuus (Sunflower) Seed Oil',
        'Helianthus Annuus Seed Oil',
      ]),
      x('Glycerin'),
    ]);
  });

  it('drops "(F.I.L. …)" codes from the candidates', () => {
    one('AQUA, GLYCERIN, PEG-100 STEARATE (F.I.L. N292333/1).', null, [
      x('AQUA'),
      x('GLYCERIN'),
      x('PEG-100 STEARATE (F.I.L. N292333/1)', ['PEG-100 STEARATE']),
    ]);
  });

  it.each([
    'Water, Aloe Barbadensis Leaf Juice*, Glycerin.\n*Organic',
    'Water, Aloe Barbadensis Leaf Juice*, Glycerin\n\n*Ingredients are subject to change at the manufacturer’s discretion.',
    'Water, Aloe Barbadensis Leaf Juice†, Glycerin. †Certified organic',
    'Water, Aloe Barbadensis Leaf Juice*, Glycerin *Certified Organic Ingredient',
    'Water, Aloe Barbadensis Leaf Juice*, Glycerin * Essential Oil',
    'Water, Aloe Barbadensis Leaf Juice*, Glycerin.\n\nPlease be aware that ingredient lists may change or vary from time to time. Please refer to the ingredient list on the product package you receive for the most up-to-date list of ingredients.',
  ])('does not take footnote text as an item: %j', (text) => {
    one(text, null, [x('Water'), x('Aloe Barbadensis Leaf Juice'), x('Glycerin')]);
  });
});

describe('separators', () => {
  it.each([
    ['Water, Glycerin, Squalane.'],
    ['Water; Glycerin; Squalane'],
    ['Water\nGlycerin\nSqualane'],
    ['Water • Glycerin • Squalane'],
    ['Water · Glycerin · Squalane'],
    ['Water | Glycerin | Squalane'],
    ['- Water\n- Glycerin\n- Squalane'],
    ['-Water\n-Glycerin\n-Squalane'],
    ['Water , Glycerin , Squalane'],
    ['Water,Glycerin,Squalane'],
    ['Water (and) Glycerin (and) Squalane'],
    ['Water, Glycerin, and Squalane'],
  ])('splits %j', (text) => {
    one(text, null, [x('Water'), x('Glycerin'), x('Squalane')]);
  });

  it('splits a percentage glued to the next name', () => {
    one('Titanium Dioxide 6.3%, Zinc Oxide 4.0%Water, Dimethicone', null, [
      x('Titanium Dioxide 6.3%', ['Titanium Dioxide']),
      x('Zinc Oxide 4.0%', ['Zinc Oxide']),
      x('Water'),
      x('Dimethicone'),
    ]);
  });

  it('keeps a bullet between digits ("C14•16")', () => {
    one('Water, Sodium C14•16 Olefin Sulfonate, Glycerin', null, [
      x('Water'),
      x('Sodium C14•16 Olefin Sulfonate'),
      x('Glycerin'),
    ]);
  });

  it('keeps a full stop inside a line in the same list ("Limonene. Linalool")', () => {
    one('Water, Glycerin, Limonene. Linalool', null, [
      x('Water'),
      x('Glycerin'),
      x('Limonene'),
      x('Linalool'),
    ]);
  });
});

describe('kits', () => {
  it('reads Sephora kit components "Name:\\nlist" (Drunk Elephant The Littles)', () => {
    const text =
      '\n\nC-Firma™ Fresh Day Serum:\nWater/Aqua/Eau, Ascorbic Acid, Glycerin.\n\n' +
      'Umbra Sheer Daily Defense SPF 30:\nActive Ingredients: Zinc Oxide 20% Inactive Ingredients: Water, Caprylic/Capric Triglyceride, Iron Oxides (CI 77491).\n\n' +
      'Virgin Marula Luxury Facial Oil:\n100% Unrefined Sclerocraya Birrea (Marula) Kernel Oil.\n\n.\n\n';
    const lists = parse(text);
    expect(lists.map((l) => l.label)).toEqual([
      'C-Firma™ Fresh Day Serum',
      'Umbra Sheer Daily Defense SPF 30',
      'Virgin Marula Luxury Facial Oil',
    ]);
    expect(shape(lists[0])).toEqual([
      x('Water/Aqua/Eau', ['Water/Aqua/Eau', 'Water', 'Aqua', 'Eau']),
      x('Ascorbic Acid'),
      x('Glycerin'),
    ]);
    expect(shape(lists[1])).toEqual([
      x('Zinc Oxide 20%', ['Zinc Oxide'], 'active'),
      x('Water'),
      x('Caprylic/Capric Triglyceride'),
      x('Iron Oxides (CI 77491)', ['Iron Oxides (CI 77491)', 'Iron Oxides', 'CI 77491']),
    ]);
    expect(lists[2]?.items.map((i) => [i.text, i.percent])).toEqual([
      ['100% Unrefined Sclerocraya Birrea (Marula) Kernel Oil', 100],
    ]);
  });

  it('reads kit components named inline after a full stop', () => {
    const lists = parse(
      'The Mud Mask: Water, Kaolin, Glycerin. The Bubble Mask: Water, Glycerin, Sodium Cocoyl Isethionate. Step 2: Water, Squalane, Glycerin.',
    );
    expect(lists.map((l) => [l.label, l.items.map((i) => i.text)])).toEqual([
      ['The Mud Mask', ['Water', 'Kaolin', 'Glycerin']],
      ['The Bubble Mask', ['Water', 'Glycerin', 'Sodium Cocoyl Isethionate']],
      ['Step 2', ['Water', 'Squalane', 'Glycerin']],
    ]);
  });

  it('reads a heading line before each list (The Ordinary gift set)', () => {
    const text =
      'Multi-Peptide + HA Serum\nAqua (Water), Glycerin, Acetyl Hexapeptide-8, Chlorphenesin.\n\n' +
      'Multi-Peptide Eye Serum Aqua (Water), Glycerin, Caffeine, Chlorphenesin.\n\n' +
      'Multi-Peptide Lash and Brow Serum Aqua (Water), Glycerin, Panthenol, Chlorphenesin.';
    const lists = parse(text);
    expect(lists.map((l) => [l.label, l.items.map((i) => i.text)])).toEqual([
      [
        'Multi-Peptide + HA Serum',
        ['Aqua (Water)', 'Glycerin', 'Acetyl Hexapeptide-8', 'Chlorphenesin'],
      ],
      ['Multi-Peptide Eye Serum', ['Aqua (Water)', 'Glycerin', 'Caffeine', 'Chlorphenesin']],
      [
        'Multi-Peptide Lash and Brow Serum',
        ['Aqua (Water)', 'Glycerin', 'Panthenol', 'Chlorphenesin'],
      ],
    ]);
  });

  it('names a kit component written before "Ingredients:"', () => {
    const lists = parse('Night Cream Ingredients: Water, Squalane, Glycerin');
    expect(lists.map((l) => [l.label, l.items.length])).toEqual([['Night Cream', 3]]);
  });
});

describe('prose, highlights and directions', () => {
  it('takes only the INCI run after Sephora "-Name: blurb" highlights', () => {
    const text =
      '\n\n-Squalane: Hydrates and softens skin.\n-Niacinamide: Helps minimize the look of pores, evens tone, and supports the barrier.\n' +
      ' -Redensyl (Givaudan): Targets stem cells and human fibroblasts.\n\n' +
      'Water, Squalane, Niacinamide, Glycerin.\n\n' +
      'Please be aware that ingredient lists may change or vary from time to time.\n\n';
    one(text, null, [x('Water'), x('Squalane'), x('Niacinamide'), x('Glycerin')]);
  });

  it('takes only the INCI run after highlights on one line (Kaggle Sephora scrape)', () => {
    const lists = parse(
      '-Coral Powder: Controls sebum and absorbs excess oil. -Sage Extract: Purifies skin. Step one: VP/VA Copolymer, Water, Titanium Dioxide. Step two: Water, Aloe Barbadensis Leaf Juice, Betaine.',
    );
    expect(lists.map((l) => [l.label, l.items.map((i) => i.text)])).toEqual([
      ['Step one', ['VP/VA Copolymer', 'Water', 'Titanium Dioxide']],
      ['Step two', ['Water', 'Aloe Barbadensis Leaf Juice', 'Betaine']],
    ]);
  });

  it('skips key-ingredient notes ("Name: Sentence") before the list (Skin Cupid)', () => {
    const text =
      'Green Tea Leaf Water: Antimicrobial Green Tea Leaf Water supports skin health by regulating oil production, hydrating, and soothing.\n\n' +
      'Kombucha Tea Extract: Rich in antioxidants, Kombucha Tea Extract detoxifies, brightens, and hydrates skin.\n\n' +
      'Camellia Sinensis Leaf Water / Aqua, Camellia Sinensis Leaf Extract, Saccharomyces Ferment Filtrate, Ethylhexylglycerin\n\n' +
      "*Ingredients are subject to change at the manufacturer's discretion.";
    one(text, null, [
      x('Camellia Sinensis Leaf Water / Aqua', [
        'Camellia Sinensis Leaf Water / Aqua',
        'Camellia Sinensis Leaf Water',
        'Aqua',
      ]),
      x('Camellia Sinensis Leaf Extract'),
      x('Saccharomyces Ferment Filtrate'),
      x('Ethylhexylglycerin'),
    ]);
  });

  it('cuts a sentence glued before the first ingredient', () => {
    one(
      'is a trademark of Givaudan and is used with permission Water (Aqua /Eau), Betaine, Caffeine, Panthenol',
      null,
      [
        x('Water (Aqua /Eau)', ['Water (Aqua /Eau)', 'Water', 'Aqua', 'Eau']),
        x('Betaine'),
        x('Caffeine'),
        x('Panthenol'),
      ],
    );
  });

  it('cuts a sentence glued after the last ingredient', () => {
    one(
      'Aqua (Water), Glycerin, Squalane, Glyceryl Caprylate Developed with Dermatologists "The innovation behind the ingredient"',
      null,
      [
        x('Aqua (Water)', ['Aqua (Water)', 'Aqua', 'Water']),
        x('Glycerin'),
        x('Squalane'),
        x('Glyceryl Caprylate'),
      ],
    );
    one('Water, Glycerin, Seed Oil FAQs WHAT MAKES IT UNIQUE', null, [
      x('Water'),
      x('Glycerin'),
      x('Seed Oil'),
    ]);
  });

  it.each([
    ['a retailer boutique link', 'Visit the SEPHORA COLLECTION boutique'],
    ['a missing list', 'No Info'],
    [
      'a marketing paragraph',
      'This lightweight serum with exosomes, peptides and ceramides helps restore your skin barrier, leaving skin visibly smoother and more radiant. Suitable for all skin types.',
    ],
    [
      'directions',
      'Apply a small amount to clean skin, morning and evening. Avoid the eye area. Rinse with water if irritation occurs.',
    ],
    ['a review', 'I love this serum, it made my skin so soft, highly recommend!'],
    [
      'a free-from claim',
      'REN products are free from synthetic fragrance, pore-blocking petrochemicals, sulfate detergents, silicones, synthetic colors, animal ingredients and parabens.',
    ],
    [
      'highlights only',
      '-Vitamin C: Brightens skin.\n-Vitamin E: Nourishes and supports skin barrier.',
    ],
    ['footnotes only', '*Ingredients from organic farming. **Clinical grade essential oils blend.'],
    ['an empty string', ''],
    ['blank space', '  \n\n  '],
  ])('finds no list in %s', (_name, text) => {
    expect(parse(text)).toEqual([]);
  });

  it('ignores a "Key ingredients:" list but reads the INCI after it', () => {
    const lists = parse(
      'Key ingredients: Squalane, Niacinamide, Ceramides\n\nIngredients: Water, Glycerin, Squalane, Niacinamide',
    );
    expect(lists.map((l) => l.items.map((i) => i.text))).toEqual([
      ['Water', 'Glycerin', 'Squalane', 'Niacinamide'],
    ]);
  });

  it('stops at "Directions:"', () => {
    one('Ingredients: Water, Glycerin, Squalane. Directions: Apply, Massage, Rinse', null, [
      x('Water'),
      x('Glycerin'),
      x('Squalane'),
    ]);
  });
});

describe('small lists', () => {
  it('accepts a one-ingredient product when the text is only that', () => {
    one('Squalane.', null, [x('Squalane')]);
    one('Organic Argania Spinosa (Argan) Kernel Oil*. *Organic.', null, [
      x('Organic Argania Spinosa (Argan) Kernel Oil', [
        'Organic Argania Spinosa (Argan) Kernel Oil',
        'Organic Argania Spinosa Kernel Oil',
      ]),
    ]);
  });

  it('accepts a short list under a label', () => {
    one('Ingredients: Squalane', null, [x('Squalane')]);
  });

  it('rejects two stray names inside prose', () => {
    expect(parse('Our serum pairs well with Vitamin C, Retinol for best results.')).toEqual([]);
  });
});

describe('a list longer than the parser reads', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `Extract ${i + 1}`).join(', ');

  it('keeps the first 5,000 items and says the list was cut', () => {
    const [list] = parseIngredientText(`Ingredients: ${names(20_000)}.`);
    expect(list?.items).toHaveLength(5000);
    expect(list?.truncated).toBe(true);
  });

  it('does not call a list of exactly 5,000 items cut', () => {
    const [list] = parseIngredientText(`Ingredients: ${names(5000)}.`);
    expect(list?.items).toHaveLength(5000);
    expect(list?.truncated).toBeUndefined();
  });
});
