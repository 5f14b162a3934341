// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  annexRefsOf,
  type CosingCompact,
  createCosingDictionary,
  readableFunction,
} from '../../../lib/knowledge/cosing';
import { KNOWN_FUNCTION_LABELS } from '../../../lib/knowledge/cosing/functions';
import derivedJson from '../../../lib/knowledge/generated/cosing-derived.json';
import dictionaryJson from '../../../lib/knowledge/generated/cosing-dictionary.json';
import cosingLookupJson from '../../../lib/knowledge/generated/cosing-lookup.json';
import { loadKnowledge } from '../../../lib/knowledge/load';
import { NOT_REVIEWED } from '../../../lib/knowledge/schema';
import { normalizeName } from '../../../lib/text/normalize';
import {
  DERIVED_PATH,
  DICTIONARY_PATH,
  generateCosing,
  handOwnedNames,
  INVENTORY_FILE,
} from '../../../scripts/data/cosing';
import { isSingleGrowthFactorName } from '../../../scripts/data/cosing-derive';
import { cellSource, organismOf, titleCase } from '../../../scripts/data/cosing-names';
import { parseCsv, parseCsvObjects } from '../../../scripts/data/csv';
import { LOOKUP_INDEX_PATH, lookupIndexJson } from '../../../scripts/data/lookup-index';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dictionary = createCosingDictionary(dictionaryJson);

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,"b, c","say ""hi""","two\nlines"\r\n1,,"",x';
    expect(parseCsv(text)).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['1', '', '', 'x'],
    ]);
  });

  it('handles CRLF, LF and lone CR record ends, a BOM, blank lines and a final newline', () => {
    expect(parseCsv('\ufeffh1,h2\r\na,b\nc,d\re,f\r\n\r\n')).toEqual([
      ['h1', 'h2'],
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps a trailing empty field and a quote inside an unquoted field', () => {
    expect(parseCsv('a,\n5" tall,b')).toEqual([
      ['a', ''],
      ['5" tall', 'b'],
    ]);
  });

  it('throws on an unterminated quoted field', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(/quoted field/);
  });

  it('maps rows to the header after skipping preamble lines, and rejects short rows', () => {
    const text = '"File creation date: x"\n"ANNEX II"\nRef,Name\n1,"A, b"\n';
    expect(parseCsvObjects(text, 2)).toEqual([{ Ref: '1', Name: 'A, b' }]);
    expect(() => parseCsvObjects('a,b\n1\n')).toThrow(/1 fields/);
  });

  it('parses the whole inventory into 30,070 rows of 10 fields', () => {
    const rows = parseCsv(readFileSync(join(ROOT, INVENTORY_FILE), 'utf8'));
    expect(rows).toHaveLength(30_071);
    expect(rows.every((r) => r.length === 10)).toBe(true);
  });
});

describe('annexRefsOf', () => {
  it.each([
    ['II/416', ['II/416']],
    ['V/29', ['V/29']],
    ['Annex III/212', ['III/212']],
    ['annex III/259', ['III/259']],
    ['Annex III/211 - Directive 2012/21/EU', ['III/211']],
    ['II/665 CMR1b (Reprotoxic 1B)', ['II/665']],
    ['II/1355 (Acid Blue 1; CI 42045: when used as a substance in hair dye products)', ['II/1355']],
    ['III/192 (Acid Red 18; Acid Red 18 Aluminum Lake) IV/35 (CI 16255)', ['III/192', 'IV/35']],
    ['III/88 III/167 III/168', ['III/88', 'III/167', 'III/168']],
    ['III/15a, 15d', ['III/15a', 'III/15d']],
    ['II/419 and 416', ['II/419', 'II/416']],
    ['IV 143 VI 27 VI 27a (nano)', ['IV/143', 'VI/27', 'VI/27a']],
    ['CMR2 II/1118, II/1119, II/1120', ['II/1118', 'II/1119', 'II/1120']],
    ['N-Vinyl Pyrrolidone: II/1113 and CMR2 III/66', ['II/1113', 'III/66']],
    ['III/110 - Peroxide value less than 10 mmoles/L (15 )', ['III/110']],
    ['II/375?', ['II/375']],
    ['IV/41- Rinse-off products', ['IV/41']],
    [
      'II/306 CANNABINOL, as such, is not listed in the Schedules of the 1961 Single Convention. However, it shall be prohibited (II/306), if prepared from a substance controlled in Schedule I',
      ['II/306'],
    ],
    ['Tables I and II of the single Convention', []],
    ['1223/article 15', []],
    ['KIDACHI ALOE YOUJYUU (Japan INCI name)', []],
    ['', []],
  ])('%s', (text, refs) => {
    expect(annexRefsOf(text)).toEqual(refs);
  });

  // No clock: a backtracking scanner would not finish 220,000 adversarial characters within
  // the test's timeout, which is the guard; the answer itself is checked.
  it('reads long adversarial input to the right answer', { timeout: 20_000 }, () => {
    const text = `${'II/'.repeat(20_000)}${'IIIIVVV '.repeat(20_000)}`;
    expect(annexRefsOf(text)).toEqual([]);
    expect(annexRefsOf(`${'II/'.repeat(20_000)} II/416`)).toEqual(['II/416']);
  });
});

describe('CosIng dictionary', () => {
  it('holds 30,059 distinct names, 81 function labels and the dataset dates', () => {
    expect(dictionary.size).toBe(30_059);
    expect(dictionaryJson.functions).toHaveLength(81);
    expect(dictionary.inventoryDate).toBe('2021-12-15');
    expect(dictionary.annexIIDate).toBe('2025-12-08');
  });

  it('looks up AQUA and WATER as separate entries', () => {
    expect(dictionary.lookup('Aqua')).toMatchObject({ name: 'AQUA', functions: ['solvent'] });
    expect(dictionary.lookup('water')?.functions).toEqual([
      'antiplaque',
      'skin conditioning',
      'solvent',
    ]);
  });

  it('finds PHENOXYETHANOL with its Annex V reference and plain-English functions', () => {
    const hit = dictionary.lookup('Phenoxyethanol');
    expect(hit).toMatchObject({
      name: 'PHENOXYETHANOL',
      functions: ['antimicrobial', 'preservative'],
      annexRefs: ['V/29'],
      annexII: false,
      annexIIEntries: [],
    });
    expect(dictionary.functionsOf('PHENOXYETHANOL')).toEqual([
      'antimicrobial: limits the growth of microorganisms on the skin',
      'preservative: stops microorganisms growing in the product',
    ]);
  });

  it.each([
    'Human Adipose Stromal Cell Exosomes',
    'HUMAN ADIPOSE STROMAL CELL EXOSOMES',
    '  human   adipose-stromal cell exosomes ',
    'Human Adipose Stromal Cell Exosomes.',
  ])('finds %j with II/416 and its Annex II wording', (name) => {
    const hit = dictionary.lookup(name);
    expect(hit?.name).toBe('HUMAN ADIPOSE STROMAL CELL EXOSOMES');
    expect(hit?.ref).toBe('94665');
    expect(hit?.annexRefs).toEqual(['II/416']);
    expect(hit?.annexII).toBe(true);
    expect(hit?.annexIIEntries).toEqual([
      { ref: 'II/416', name: 'Cells, tissues or products of human origin', updated: '2023-01-20' },
    ]);
  });

  it('merges duplicate names: every ref, the union of functions and annex refs', () => {
    const peg = dictionary.lookup('PEG-8 Dimethicone');
    expect(peg?.refs).toEqual(['57362', '89821']);
    expect(peg?.ref).toBe('57362');
    expect(peg?.functions).toEqual([
      'surfactant (cleansing)',
      'surfactant (emulsifying)',
      'hair conditioning',
      'skin conditioning',
    ]);
    expect(dictionary.lookup('METHOXYETHANOL')?.annexRefs).toEqual(['II/665']);
    expect(dictionary.lookup('Citrus Nobilis Peel Extract')?.annexRefs).toEqual(['II/358']);
  });

  it('returns the exact spelling when two CosIng names normalise alike', () => {
    expect(dictionary.lookup('Vitex Agnus-Castus Extract')?.name).toBe(
      'VITEX AGNUS-CASTUS EXTRACT',
    );
    expect(dictionary.lookup('VITEX AGNUS CASTUS EXTRACT')?.name).toBe(
      'VITEX AGNUS CASTUS EXTRACT',
    );
  });

  it('leaves CosIng "NOT REPORTED" out of functions and says null for unknown names', () => {
    expect(dictionary.lookup('Human Adipose Stromal Cell Conditioned Media')?.functions).toEqual(
      [],
    );
    expect(dictionary.lookup('Mysteryl Glowamide')).toBeNull();
    expect(dictionary.functionsOf('Mysteryl Glowamide')).toBeNull();
    expect(dictionary.lookup('')).toBeNull();
  });

  it('builds its index only on first use', () => {
    let reads = 0;
    const compact: CosingCompact = {
      ...dictionaryJson,
      get entries() {
        reads++;
        return 'AQUA\t0\t1';
      },
    };
    const lazy = createCosingDictionary(compact);
    expect(reads).toBe(0);
    expect(lazy.lookup('aqua')?.ref).toBe('1');
    lazy.lookup('water');
    expect(reads).toBe(1);
  });

  it('has plain-English wording for every CosIng function label', () => {
    expect([...KNOWN_FUNCTION_LABELS].sort()).toEqual([...dictionaryJson.functions].sort());
    expect(readableFunction('SKIN CONDITIONING')).toBe('skin conditioning');
    expect(readableFunction('SKIN CONDITIONING - EMOLLIENT')).toBe('skin conditioning (emollient)');
    expect(readableFunction('pH ADJUSTERS')).toBe('pH adjuster');
    expect(readableFunction('SOMETHING NEW')).toBe('something new');
  });
});

describe('generated CosIng files', () => {
  const build = generateCosing(ROOT);

  it('are up to date with the raw files and the hand-written entries (run `npm run data`)', () => {
    expect(JSON.parse(build.dictionaryJson), DICTIONARY_PATH).toEqual(dictionaryJson);
    expect(JSON.parse(build.derivedJson), DERIVED_PATH).toEqual(derivedJson);
    const index = lookupIndexJson(build.dictionary.compact);
    expect(JSON.parse(index), LOOKUP_INDEX_PATH).toEqual(cosingLookupJson);
  });

  it('keep dictionary lines in normalised-key order, which the binary search relies on', () => {
    const keys = dictionary.names().map(normalizeName);
    const unordered = keys.filter((k, i) => i > 0 && (keys[i - 1] as string) > k);
    expect(unordered).toEqual([]);
    expect(cosingLookupJson.docs).toBe(keys.length);
  });

  it('find every CosIng name by its own spelling (every 7th name and every shared key)', () => {
    const names = dictionary.names();
    const keys = names.map(normalizeName);
    const misses = names.filter((name, i) => {
      const shared = keys[i - 1] === keys[i] || keys[i + 1] === keys[i];
      return (i % 7 === 0 || shared) && dictionary.lookup(name)?.name !== name;
    });
    expect(misses).toEqual([]);
  });

  it('come from 30,070 rows with 11 duplicate names merged', () => {
    expect(build.inventory.rows).toBe(30_070);
    expect(build.inventory.names).toHaveLength(30_059);
    expect(build.inventory.duplicates).toHaveLength(11);
    expect(build.inventory.duplicates).toContain('SH-POLYPEPTIDE-40');
  });

  it('cite only the Annex II entries the inventory uses, all found in the 2025 export', () => {
    expect(build.dictionary.missingAnnexII).toEqual([]);
    expect(dictionaryJson.annexII['416']).toEqual({
      name: 'Cells, tissues or products of human origin',
      updated: '2023-01-20',
    });
    const cited = new Set(
      build.inventory.names.flatMap((n) => n.annexRefs.filter((r) => r.startsWith('II/'))),
    );
    expect(Object.keys(dictionaryJson.annexII)).toHaveLength(cited.size);
  });
});

describe('entries derived from CosIng', () => {
  const { exosome, related, confounders } = loadKnowledge();
  const derived = derivedJson as unknown as ReturnType<typeof loadKnowledge>;
  const owned = handOwnedNames(ROOT);
  const allNames = dictionary.names();
  const ownerKind = new Map<string, string>();
  for (const e of [...exosome, ...related, ...confounders]) {
    ownerKind.set(normalizeName(e.name), e.kind);
  }

  it('make every INCI name with EXOSOMES or VESICLES exosome-type (hand-written or derived)', () => {
    const vesicleNames = allNames.filter((n) =>
      n.split(' ').some((w) => ['EXOSOMES', 'VESICLES'].includes(w)),
    );
    expect(vesicleNames.length).toBeGreaterThanOrEqual(24);
    expect(vesicleNames).not.toContain('SH-POLYPEPTIDE-100');
    const derivedKeys = new Set(derived.exosome.map((e) => normalizeName(e.name)));
    for (const n of vesicleNames) {
      const key = normalizeName(n);
      expect(owned.has(key) || derivedKeys.has(key), n).toBe(true);
      expect(ownerKind.get(key), n).toBe('exosome');
      if (owned.has(key)) expect(derivedKeys.has(key), `${n} is hand-owned`).toBe(false);
    }
  });

  it('make every human conditioned medium exosome-type and no non-human one', () => {
    for (const n of allNames.filter((x) => x.includes('CONDITIONED MEDIA'))) {
      const human = n.split(/[ /]/).includes('HUMAN');
      expect(ownerKind.get(normalizeName(n)), n).toBe(human ? 'exosome' : 'related');
    }
    for (const e of [...exosome, ...derived.exosome]) {
      if (e.form === 'conditioned-media') expect(e.materialType, e.id).toBe('human-culture-fluid');
    }
  });

  it('skip every name a hand-written entry owns', () => {
    for (const e of [...derived.exosome, ...derived.related, ...derived.confounders]) {
      expect(owned.has(normalizeName(e.name)), e.name).toBe(false);
    }
  });

  it('carry their CosIng ref as id and cite the Annex II export for II/416', () => {
    for (const e of [...derived.exosome, ...derived.related, ...derived.confounders]) {
      expect(e.id).toBe(`cosing-${e.cosingRef}`);
      const expected = e.annexRefs.includes('II/416')
        ? ['cosing-inventory-2021', 'cosing-annex-ii-2025']
        : ['cosing-inventory-2021'];
      expect(e.sources, e.id).toEqual(expected);
      expect(dictionary.lookup(e.name)?.refs, e.id).toContain(e.cosingRef);
    }
  });

  it('class human-origin material as related, with the Annex II/416 reason', () => {
    const keratinocytes = derived.related.find((e) => e.name === 'Human Keratinocytes');
    expect(keratinocytes).toMatchObject({
      relation: 'human-origin',
      materialType: 'human-cells-tissue',
      annexRefs: ['II/416'],
      whyNotExosome:
        'Human-origin material, prohibited in EU cosmetics (Annex II/416), but not a vesicle or conditioned-media preparation.',
    });
    for (const name of [
      'Human Placental Protein',
      'Human Colostrum Extract',
      'Human Serum Albumin',
    ]) {
      expect(derived.related.find((e) => e.name === name)?.relation, name).toBe('human-origin');
    }
    expect(derived.related.find((e) => e.name === 'Hair Keratin Amino Acids')?.relation).toBe(
      'human-origin',
    );
  });

  it('describe human conditioned media by their cell source', () => {
    const bone = derived.exosome.find(
      (e) => e.name === 'Human Tooth Pulp Stem Cell Conditioned Media',
    );
    expect(bone).toMatchObject({
      materialType: 'human-culture-fluid',
      form: 'conditioned-media',
      detail: 'tooth pulp stem cells',
      annexRefs: ['II/416'],
    });
    expect(bone?.summary).toBe(
      'Spent culture fluid from cultured human tooth pulp stem cells; may contain secreted vesicles and proteins. Human-origin: Annex II/416 in the EU. CosIng says the culture medium may contain fetal bovine serum (animal material).',
    );
    expect(bone?.materialType).toBe('human-culture-fluid');
    const extract = derived.exosome.find((e) => e.form === 'lysate-or-extract');
    expect(extract?.materialType).toBe('human-cells-tissue');
  });

  it('give algae, animal platelets and human blood products their own material types', () => {
    const undaria = derived.exosome.find((e) => e.name === 'Undaria Pinnatifida Vesicles');
    expect(undaria).toMatchObject({ materialType: 'alga' });
    for (const name of [
      'Cow Platelets',
      'Pig Platelets',
      'Wild Boar Platelet Extract',
      'Pig Platelet-Rich Plasma',
    ]) {
      expect(derived.related.find((e) => e.name === name)).toMatchObject({
        kind: 'related',
        materialType: 'animal',
        relation: 'other',
      });
    }
    const plasma = derived.related.find((e) => e.name === 'Human Plasma');
    expect(plasma).toMatchObject({ materialType: 'human-blood-derivative' });
    const deer = derived.exosome.find(
      (e) => e.name === 'Deer Velvet Mesenchymal Cell Extracellular Vesicles',
    );
    expect(deer?.annexRefs).toEqual(['II/419']);
  });

  it('make plant callus cultures related "plant stem cells"', () => {
    const callus = derived.related.find((e) => e.name === 'Rosa Canina Callus Extract');
    expect(callus).toMatchObject({ relation: 'plant-callus', materialType: 'plant' });
    expect(callus?.whyNotExosome).toMatch(/marketed as 'plant stem cells'/);
    expect(derived.related.filter((e) => e.relation === 'plant-callus').length).toBeGreaterThan(
      300,
    );
    const animal = derived.related.find((e) => e.name === 'Pig Adipocyte Conditioned Media');
    expect(animal).toMatchObject({ relation: 'other', materialType: 'animal' });
    expect(animal?.whyNotExosome).toMatch(/^Conditioned media from non-human cells: not human/);
  });

  it('name the protein an sh-/rh- name copies, as CosIng describes it', () => {
    expect(derived.confounders.length).toBeGreaterThan(150);
    for (const c of derived.confounders) {
      expect(c.evidence).toBe(NOT_REVIEWED);
      expect(c.evidenceVerdict).toBe('not-reviewed');
      expect(c.caveat).toMatch(/^(?:Recombinant c|Synthetic c|C)opy of (?:the|a) human protein/);
      expect(c.caveat?.includes('II/416 (human origin): prohibited in EU cosmetics')).toBe(
        c.annexRefs.includes('II/416'),
      );
    }
    const by = (name: string) => derived.confounders.find((c) => c.name === name);
    expect(by('sh-Polypeptide-62')).toMatchObject({
      class: 'growth-factor',
      mimics: 'Hepatocyte Growth Factor',
    });
    expect(by('rh-Polypeptide-8')).toMatchObject({
      class: 'growth-factor',
      mimics: 'Platelet Derived Growth Factor',
    });
    expect(by('sh-Polypeptide-19')?.mimics).toBe('Transforming Growth Factor Alpha');
    expect(by('rh-Polypeptide-14')?.mimics).toBe('Nerve Growth Factor Beta');
    expect(by('sh-Polypeptide-39')).toMatchObject({ class: 'peptide', mimics: 'Interleukin 9' });
    // Chemically produced, so not "recombinant".
    expect(by('sh-Polypeptide-76')?.caveat).toMatch(/^Synthetic copy of the human protein/);
    // rh- names are entries of their own, carrying CosIng's II/416.
    expect(by('rh-Oligopeptide-1')).toMatchObject({ cosingRef: '84391', annexRefs: ['II/416'] });
    expect(derived.confounders.find((c) => c.name === 'rh-Polypeptide-5')?.annexRefs).toEqual([
      'II/416',
    ]);
  });

  it('are sorted by name within each collection', () => {
    for (const list of [derived.exosome, derived.related, derived.confounders]) {
      const names = list.map((e) => e.name.toUpperCase());
      expect(names).toEqual([...names].sort());
    }
  });
});

describe('name helpers', () => {
  it('title-case INCI names, keeping sh-/rh- prefixes lower case', () => {
    expect(titleCase('HUMAN ADIPOSE STROMAL CELL EXOSOMES')).toBe(
      'Human Adipose Stromal Cell Exosomes',
    );
    expect(titleCase('SH-POLYPEPTIDE-5')).toBe('sh-Polypeptide-5');
    expect(titleCase('PANTOEA VAGANS/HUMAN CORD BLOOD CELL CONDITIONED MEDIA/1,2-HEXANEDIOL')).toBe(
      'Pantoea Vagans/Human Cord Blood Cell Conditioned Media/1,2-Hexanediol',
    );
  });

  it('read cell sources as plain words', () => {
    expect(cellSource('HUMAN ADIPOSE DERIVED STEM CELL')).toBe('adipose-derived stem cells');
    expect(cellSource('HUMAN UMBILICAL MESENCHYMAL STEM CELL')).toBe(
      'umbilical cord mesenchymal stem cells',
    );
    expect(cellSource('HUMAN FIBROBLAST/HUMAN KERATINOCYTE')).toBe('fibroblasts and keratinocytes');
    expect(cellSource('HUMAN T CELL')).toBe('T cells');
    expect(cellSource('HUMAN CORD BLOOD CELL')).toBe('cord blood cells');
  });

  it('tell organisms apart by the words CosIng uses', () => {
    expect(organismOf('MILK EXOSOMES')).toBe('animal');
    expect(organismOf('LACTOBACILLUS EXTRACELLULAR VESICLES')).toBe('microbial');
    expect(organismOf('UNDARIA PINNATIFIDA VESICLES')).toBe('alga');
    expect(organismOf('ALOE VERA VESICLES')).toBe('plant');
    expect(organismOf('PANTOEA VAGANS/HUMAN NEURAL CELL CONDITIONED MEDIA')).toBe('human');
  });

  it('accept only single sh-/rh- protein names as growth factors', () => {
    expect(isSingleGrowthFactorName('RH-POLYPEPTIDE-5')).toBe(true);
    expect(isSingleGrowthFactorName('SH-OLIGOPEPTIDE-1')).toBe(true);
    expect(isSingleGrowthFactorName('OLIGOPEPTIDE-123 RH-POLYPEPTIDE-1')).toBe(false);
    expect(isSingleGrowthFactorName('HYALURONATE RH-OLIGOPEPTIDE-1')).toBe(false);
    expect(isSingleGrowthFactorName('RH-POLYPEPTIDE-')).toBe(false);
    expect(isSingleGrowthFactorName('SH-POLYPEPTIDE-7 HEXAPEPTIDE-25')).toBe(false);
  });
});
