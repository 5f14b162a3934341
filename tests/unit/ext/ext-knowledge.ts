import { buildKnowledge } from '../../../lib/knowledge';
import { KnowledgeData, type Ruling } from '../../../lib/knowledge/schema';

/** A small knowledge set for the extension tests: independent of the real data's contents. */

const ruling = (
  status: Ruling['status'],
  headline: string,
  confirmed = true,
  sources = ['s-reg'],
): Ruling => ({
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
      date: '2024-05-02',
      confidence: 'primary',
    },
    {
      id: 's-vendor',
      citation: 'Supplier brochure about exosomes',
      doi: '10.1000/xyz',
      date: '2023',
      confidence: 'secondary',
      coi: true,
    },
    {
      id: 's-cosing',
      citation: 'CosIng inventory 2021',
      date: '2021-12-15',
      confidence: 'primary',
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
      sourceClass: 'human-cell',
      detail: 'adipose-derived stromal cells',
      summary: 'Vesicles collected from human fat-derived stromal cell cultures.',
      form: 'vesicles',
      sources: ['s-vendor'],
    },
    {
      id: 'centella-callus-vesicles',
      kind: 'exosome',
      name: 'Centella Asiatica Callus Extracellular Vesicles',
      sourceClass: 'plant',
      detail: 'Centella asiatica callus',
      summary: 'Vesicles from cultured Centella cells.',
      form: 'vesicles',
      sources: ['s-cosing'],
    },
    {
      id: 'exosomes-unspecified',
      kind: 'exosome',
      name: 'Exosomes',
      sourceClass: 'unspecified',
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
      sourceClass: 'plant',
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
      sources: ['s-reg'],
    },
    {
      id: 'sh-oligopeptide-1',
      kind: 'confounder',
      name: 'sh-Oligopeptide-1',
      names: ['EGF'],
      class: 'growth-factor',
      evidence: 'evidence not reviewed',
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
      name: 'United States',
      human: ruling('not-confirmed', 'No cosmetic-specific rule confirmed', false),
      nonHuman: ruling('no-specific-rule', 'No specific rule for plant vesicles'),
      regions: ['US'],
    },
    {
      id: 'eu',
      name: 'European Union',
      human: ruling('prohibited', 'Human cells and tissues banned in cosmetics'),
      nonHuman: ruling('no-specific-rule', 'Plant vesicles follow the general rules'),
      regions: ['DE', 'FR', 'AT'],
    },
    {
      id: 'kr',
      name: 'South Korea',
      human: ruling(
        'conditional',
        'Human-derived ingredients allowed with safety standards',
        false,
      ),
      nonHuman: ruling('no-specific-rule', 'No specific rule'),
      regions: ['KR'],
    },
  ],
  evidence: [
    {
      id: 'ev-human-topical',
      title: 'Topical use on intact skin',
      summary: 'Few controlled trials; most data come from after-procedure use.',
      appliesTo: ['human-cell', 'unspecified'],
      sources: ['s-reg'],
    },
    {
      id: 'ev-plant',
      title: 'Plant vesicles',
      summary: 'Laboratory studies only; no controlled human trials found.',
      appliesTo: ['plant'],
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
