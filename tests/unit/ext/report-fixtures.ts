import { PageReport, type ReportIngredient } from '../../../lib/report';

/** Hand-made reports, each parsed through the PageReport schema so they are valid by contract. */

let offset = 0;
function ing(
  text: string,
  position: number,
  kind: ReportIngredient['kind'],
  entryId: string | null = null,
  extra: Partial<ReportIngredient> = {},
): ReportIngredient {
  const start = offset;
  offset += text.length + 2;
  return {
    text,
    name: text.toLowerCase(),
    position,
    group: 'main',
    entryId,
    kind,
    start,
    end: start + text.length,
    ...extra,
  };
}

const base = {
  schemaVersion: 1,
  url: 'https://shop.example/p/serum',
  retailer: 'example-shop',
  knowledgeVersion: '1.2.3',
  title: 'Glow Exosome Serum',
  confounders: [],
  unmatched: 0,
};

export function ingredientReport(): PageReport {
  offset = 0;
  const list = [
    ing('Water', 1, 'unknown', null),
    ing('Niacinamide', 2, 'confounder', 'niacinamide'),
    ing('Human Adipose Stromal Cell Exosomes', 3, 'exosome', 'human-adipose-stromal-cell-exosomes'),
    ing('Phenoxyethanol', 4, 'unknown', null),
    ing(
      'Centella Asiatica Callus Extracellular Vesicles',
      5,
      'exosome',
      'centella-callus-vesicles',
    ),
    ing('Acetyl Hexapeptide-8', 6, 'confounder', 'acetyl-hexapeptide-8'),
    ing('sh-Oligopeptide-1', 7, 'confounder', 'sh-oligopeptide-1'),
    ing('Glycine Max Phytoplacenta Conditioned Media', 8, 'related', 'soy-phytoplacenta'),
    ing('Mysteryl Glowamide', 9, 'unknown', null),
  ];
  return PageReport.parse({
    ...base,
    ingredientLists: [{ label: null, source: 'adapter', section: 0, ingredients: list }],
    exosome: {
      verdict: 'ingredient',
      ingredients: [
        {
          entryId: 'human-adipose-stromal-cell-exosomes',
          text: 'Human Adipose Stromal Cell Exosomes',
          sourceClass: 'human-cell',
          detail: 'adipose-derived stromal cells',
          listIndex: 0,
          position: 3,
          atOrBelowOnePercent: {
            value: null,
            reason: 'Listed before Phenoxyethanol; its level cannot be inferred.',
          },
        },
        {
          entryId: 'centella-callus-vesicles',
          text: 'Centella Asiatica Callus Extracellular Vesicles',
          sourceClass: 'plant',
          detail: 'Centella asiatica callus',
          listIndex: 0,
          position: 5,
          atOrBelowOnePercent: {
            value: true,
            reason: 'Listed after Phenoxyethanol, which EU rules cap at 1%.',
          },
        },
      ],
      related: [
        {
          entryId: 'soy-phytoplacenta',
          text: 'Glycine Max Phytoplacenta Conditioned Media',
          listIndex: 0,
          position: 8,
        },
      ],
      claims: [
        {
          text: 'exosome',
          lang: 'en',
          termId: 'en-exosome',
          field: 'title',
          copy: 0,
          start: 5,
          end: 12,
        },
      ],
    },
    confounders: [
      {
        entryId: 'niacinamide',
        text: 'Niacinamide',
        class: 'niacinamide',
        listIndex: 0,
        position: 2,
      },
      {
        entryId: 'acetyl-hexapeptide-8',
        text: 'Acetyl Hexapeptide-8',
        class: 'peptide',
        listIndex: 0,
        position: 6,
      },
      {
        entryId: 'sh-oligopeptide-1',
        text: 'sh-Oligopeptide-1',
        class: 'growth-factor',
        listIndex: 0,
        position: 7,
      },
    ],
    unmatched: 3,
  });
}

export function claimOnlyReport(): PageReport {
  offset = 0;
  return PageReport.parse({
    ...base,
    title: 'エクソソーム Cream',
    ingredientLists: [
      {
        label: null,
        source: 'json-ld',
        section: 0,
        ingredients: [ing('Water', 1, 'unknown'), ing('Glycerin', 2, 'unknown')],
      },
    ],
    exosome: {
      verdict: 'claim-only',
      ingredients: [],
      related: [],
      claims: [
        {
          text: 'エクソソーム',
          lang: 'ja',
          termId: 'ja-exosome',
          field: 'title',
          copy: 0,
          start: 0,
          end: 6,
        },
      ],
    },
    unmatched: 2,
  });
}

export function noneReport(): PageReport {
  offset = 0;
  return PageReport.parse({
    ...base,
    title: 'Plain Moisturiser',
    ingredientLists: [
      {
        label: null,
        source: 'heuristic',
        section: 0,
        ingredients: [ing('Water', 1, 'unknown'), ing('Squalane', 2, 'unknown')],
      },
    ],
    exosome: { verdict: 'none', ingredients: [], related: [], claims: [] },
    unmatched: 2,
  });
}

/** A page where no list was found: the analyzer reports retailer 'none'. */
export function noListReport(): PageReport {
  return PageReport.parse({
    ...base,
    retailer: 'none',
    title: 'Some page',
    ingredientLists: [],
    exosome: { verdict: 'none', ingredients: [], related: [], claims: [] },
    unmatched: 0,
  });
}
