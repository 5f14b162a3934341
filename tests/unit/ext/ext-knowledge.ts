import { buildKnowledge } from '../../../lib/knowledge';
import { KnowledgeData, type MaterialType, type Ruling } from '../../../lib/knowledge/schema';

/** A small knowledge set for the extension tests: independent of the real data's contents. */

const HUMAN: MaterialType[] = [
  'human-cells-tissue',
  'human-culture-fluid',
  'human-blood-derivative',
  'human-vesicles',
];
const NON_HUMAN: MaterialType[] = ['animal', 'plant', 'alga', 'microbial'];

const ruling = (
  materials: MaterialType[],
  status: Ruling['status'],
  headline: string,
  confirmed = true,
  sources = ['s-reg'],
): Ruling => ({
  materials,
  status,
  headline,
  rule: `${headline}: the rule in one sentence for tests.`,
  date: '2024-05',
  confirmed,
  sources,
});

export const extData = KnowledgeData.parse({
  meta: {
    version: '1.2.3',
    factsAsOf: '2026-11-20',
    cosing: { inventoryDate: '2021-12-15', annexIIDate: '2025-12-08', sourceId: 's-cosing' },
  },
  sources: [
    {
      id: 's-reg',
      citation: 'Regulator notice on human-derived ingredients',
      url: 'https://example.org/notice',
      published: '2024-05-02',
      accessed: '2026-11-20',
      confidence: 'primary',
      coi: false,
    },
    {
      id: 's-vendor',
      citation: 'Supplier brochure about exosomes',
      doi: '10.1000/xyz',
      published: 'undated',
      accessed: '2026-11-20',
      confidence: 'secondary',
      coi: true,
    },
    {
      id: 's-cosing',
      citation: 'CosIng inventory 2021',
      published: '2021-12-15',
      accessed: '2026-11-20',
      confidence: 'primary',
      coi: false,
    },
  ],
  exosome: [
    {
      id: 'human-adipose-stromal-cell-exosomes',
      kind: 'exosome',
      name: 'Human Adipose Stromal Cell Exosomes',
      names: [
        'Human Adipose Derived Stem Cell Exosomes',
        { name: 'ヒト脂肪幹細胞エクソソーム', lang: 'ja' },
      ],
      materialType: 'human-vesicles',
      detail: 'adipose-derived stromal cells',
      summary: 'Vesicles collected from human fat-derived stromal cell cultures.',
      form: 'vesicles',
      sources: ['s-vendor'],
    },
    {
      id: 'centella-callus-vesicles',
      kind: 'exosome',
      name: 'Centella Asiatica Callus Extracellular Vesicles',
      materialType: 'plant',
      detail: 'Centella asiatica callus',
      summary: 'Vesicles from cultured Centella cells.',
      form: 'vesicles',
      sources: ['s-cosing'],
    },
    {
      id: 'exosomes-unspecified',
      kind: 'exosome',
      name: 'Exosomes',
      materialType: 'unspecified',
      detail: 'source not stated',
      summary: 'Vesicles of unstated origin.',
      form: 'vesicles',
      labelOnly: true,
      sources: ['s-vendor'],
    },
  ],
  related: [
    {
      id: 'soy-phytoplacenta',
      kind: 'related',
      name: 'Glycine Max Phytoplacenta Conditioned Media',
      relation: 'placenta-non-human',
      materialType: 'plant',
      detail: 'soy',
      summary: 'Soy culture medium sold as phytoplacenta.',
      whyNotExosome: 'Plant culture medium, not human conditioned media.',
      sources: ['s-cosing'],
    },
  ],
  confounders: [
    {
      id: 'acetyl-hexapeptide-8',
      kind: 'confounder',
      name: 'Acetyl Hexapeptide-8',
      names: ['Argireline', 'Acetyl Hexapeptide-3'],
      class: 'peptide',
      evidence: 'Small trials report fewer fine lines at 10% over four weeks.',
      evidenceVerdict: 'limited',
      sources: ['s-reg'],
    },
    {
      id: 'sh-oligopeptide-1',
      kind: 'confounder',
      name: 'sh-Oligopeptide-1',
      names: ['EGF'],
      class: 'growth-factor',
      evidence: 'evidence not reviewed',
      evidenceVerdict: 'not-reviewed',
      mimics: 'epidermal growth factor',
      caveat: 'Identity of some commercial material disputed.',
      sources: ['s-vendor'],
    },
    {
      id: 'niacinamide',
      kind: 'confounder',
      name: 'Niacinamide',
      names: ['Nicotinamide', 'Vitamin B3'],
      class: 'niacinamide',
      evidence: 'Trials at 2-5% show barrier and tone effects.',
      evidenceVerdict: 'positive',
      sources: ['s-reg'],
    },
  ],
  claims: [
    {
      id: 'en-exosome',
      term: 'exosome',
      lang: 'en',
      concept: 'exosome',
      gloss: 'tiny vesicles',
      sources: ['s-reg'],
    },
    {
      id: 'ja-exosome',
      term: 'エクソソーム',
      lang: 'ja',
      concept: 'exosome',
      gloss: 'exosome',
      sources: ['s-reg'],
    },
    {
      id: 'ko-exosome',
      term: '엑소좀',
      lang: 'ko',
      concept: 'exosome',
      gloss: 'exosome',
      sources: ['s-reg'],
    },
    {
      id: 'en-secretome',
      term: 'secretome',
      lang: 'en',
      concept: 'secretome',
      gloss: 'everything cells secrete',
      sources: ['s-reg'],
    },
  ],
  jurisdictions: [
    {
      id: 'us',
      code: 'US',
      name: 'United States',
      checkedAsOf: '2026-11-20',
      rulings: [
        ruling(HUMAN, 'not-confirmed', 'No cosmetic-specific rule confirmed', false),
        ruling(NON_HUMAN, 'no-specific-rule', 'No specific rule for plant vesicles'),
      ],
      regions: ['US'],
    },
    {
      id: 'eu',
      code: 'EU',
      name: 'European Union',
      checkedAsOf: '2026-11-20',
      rulings: [
        ruling(HUMAN, 'prohibited', 'Human cells and tissues banned in cosmetics'),
        ruling(NON_HUMAN, 'no-specific-rule', 'Plant vesicles follow the general rules'),
      ],
      regions: ['DE', 'FR', 'AT'],
    },
    {
      id: 'kr',
      code: 'KR',
      name: 'South Korea',
      checkedAsOf: '2026-11-20',
      rulings: [
        ruling(
          HUMAN,
          'allowed-with-conditions',
          'Human-derived ingredients allowed with safety standards',
          false,
        ),
        ruling(NON_HUMAN, 'no-specific-rule', 'No specific rule'),
      ],
      regions: ['KR'],
    },
  ],
  evidence: [
    {
      id: 'ev-human-topical',
      title: 'Topical use on intact skin',
      summary: 'Few controlled trials; most data come from after-procedure use.',
      materials: ['human-vesicles', 'unspecified'],
      sources: ['s-reg'],
    },
    {
      id: 'ev-plant',
      title: 'Plant vesicles',
      summary: 'Laboratory studies only; no controlled human trials found.',
      entries: ['centella-callus-vesicles'],
      sources: ['s-vendor'],
    },
  ],
  orderRules: [
    {
      id: 'eu-descending-order',
      title: 'Descending order above 1%',
      rule: 'Ingredients above 1% are listed in descending order; those at or below 1% in any order.',
      appliesIn: ['eu', 'uk'],
      confirmed: true,
      sources: ['s-reg'],
    },
  ],
  orderMarkers: [
    {
      id: 'phenoxyethanol',
      names: ['phenoxyethanol'],
      maxPercent: 1,
      basis: 'EU Annex V entry 29 caps phenoxyethanol at 1%.',
      sources: ['s-reg'],
    },
  ],
});

export const extKnowledge = buildKnowledge(extData);
