import { z } from '../zod';
import { ConfounderClass, MaterialType, SOURCE_CLASS_OF, SourceClass } from './classes';

export { ConfounderClass, MaterialType, SOURCE_CLASS_OF, SourceClass };

/**
 * The knowledge module's schemas. Types are inferred from these, never written twice.
 * Data lives in `data/*.json` (one file per collection) and `generated/` (built from CosIng
 * by `npm run data`); `index.ts` validates both and the integrity checks in `integrity.ts`
 * run in the tests.
 */

export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case ascii');

/** ISO date, month or year: "2024-04-03", "2024-04", "2024". */
export const DateStr = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** A publication date, or "undated" when the source shows none (its `accessed` date is separate). */
export const PublishedDate = z.union([DateStr, z.literal('undated')]);

/**
 * primary: seen in a regulator's text, statute, official label record or journal abstract.
 * secondary: confirmed only through trade press, summaries, databases or reproductions.
 * Facts that RESEARCH.md marks unconfirmed are never stored as facts; where the honest
 * answer is "not confirmed", the data says so in words (and `confirmed: false`).
 */
export const Confidence = z.enum(['primary', 'secondary']);

export const Source = z.object({
  id: Id,
  citation: z.string().min(5),
  url: z.string().url().optional(),
  doi: z.string().optional(),
  /**
   * Date the source itself shows (publication, notice, label effective date, dataset update),
   * or "undated". Never the day the copy was read: that is `accessed`.
   */
  published: PublishedDate,
  /** Day the copy relied on was read. */
  accessed: DateStr,
  confidence: Confidence,
  /**
   * Commercial interest of the authors in what the source says: true, false (checked, none
   * found, or a regulator/statute), or "not-checked" when nobody looked at affiliations.
   */
  coi: z.union([z.boolean(), z.literal('not-checked')]),
  note: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

const Cited = { sources: z.array(Id).min(1) };

/** A name as it is written on a label; `lang` is ISO 639-1 when not English/INCI. */
export const LabelName = z.union([
  z.string().min(2),
  z.object({ name: z.string().min(1), lang: z.string().length(2), note: z.string().optional() }),
]);
export type LabelName = z.infer<typeof LabelName>;

export const ExosomeEntry = z.object({
  id: Id,
  kind: z.literal('exosome'),
  /** Display name: the INCI name in title case, or the label name when no INCI exists. */
  name: z.string().min(2),
  /** Every other way it is written on labels: INCI variants, older names, JP/KR names. */
  names: z.array(LabelName).default([]),
  materialType: MaterialType,
  /** Cell or organism: "adipose-derived stromal cells", "umbilical cord", "Centella asiatica". */
  detail: z.string().min(2),
  /** One line: what the ingredient is. */
  summary: z.string().min(10),
  /** conditioned-media: spent culture fluid; vesicles: a declared vesicle/exosome fraction. */
  form: z.enum(['conditioned-media', 'vesicles', 'platelet-extract', 'lysate-or-extract']),
  cosingRef: z.string().regex(/^\d+$/).optional(),
  /** Annex references carried by CosIng, e.g. "II/416". */
  annexRefs: z.array(z.string()).default([]),
  /** true when no registered INCI name was found and the name is a shopper/label phrase. */
  labelOnly: z.boolean().default(false),
  ...Cited,
});
export type ExosomeEntry = z.infer<typeof ExosomeEntry>;

export const RelatedEntry = z.object({
  id: Id,
  kind: z.literal('related'),
  name: z.string().min(2),
  names: z.array(LabelName).default([]),
  relation: z.enum([
    'plant-callus',
    'ferment',
    'dna',
    'human-origin',
    'placenta-non-human',
    'other',
  ]),
  materialType: MaterialType,
  detail: z.string().min(2),
  summary: z.string().min(10),
  /** Why this is not an exosome preparation although marketing may call it one. */
  whyNotExosome: z.string().min(10),
  cosingRef: z.string().regex(/^\d+$/).optional(),
  annexRefs: z.array(z.string()).default([]),
  ...Cited,
});
export type RelatedEntry = z.infer<typeof RelatedEntry>;

export const NOT_REVIEWED = 'evidence not reviewed';

/**
 * What the reviewed evidence line says, which decides the label a shopper sees: only
 * "positive" earns "well-studied". limited: small, uncontrolled, supplier-only or indirect;
 * negative: no better than placebo or vehicle in the study reviewed.
 */
export const EvidenceVerdict = z.enum(['positive', 'limited', 'negative', 'not-reviewed']);
export type EvidenceVerdict = z.infer<typeof EvidenceVerdict>;

export const Confounder = z.object({
  id: Id,
  kind: z.literal('confounder'),
  name: z.string().min(2),
  /** INCI variants, older INCI names, common names and trade names. */
  names: z.array(LabelName).default([]),
  class: ConfounderClass,
  /** One line. Exactly "evidence not reviewed" when no source was reviewed for it. */
  evidence: z.string().min(10),
  /** "not-reviewed" exactly when `evidence` is NOT_REVIEWED (`evidenceVerdictMatches`). */
  evidenceVerdict: EvidenceVerdict,
  /** For growth factors: the human protein the sequence copies, when confirmed. */
  mimics: z.string().optional(),
  /** Caveats a shopper should see (e.g. a disputed identity, an EU cap). */
  caveat: z.string().optional(),
  cosingRef: z.string().regex(/^\d+$/).optional(),
  annexRefs: z.array(z.string()).default([]),
  ...Cited,
});
export type Confounder = z.infer<typeof Confounder>;

export const ClaimTerm = z.object({
  id: Id,
  /** The phrase as written in product copy. Matched after normalisation, on word boundaries. */
  term: z.string().min(2),
  lang: z.string().length(2),
  concept: z.enum([
    'exosome',
    'extracellular-vesicle',
    'nanovesicle',
    'exosome-like-nanoparticle',
    'secretome',
    'conditioned-media',
    'stem-cell-culture',
    'exosome-count',
  ]),
  /** Plain-English meaning shown to the shopper. */
  gloss: z.string().min(3),
  ...Cited,
});
export type ClaimTerm = z.infer<typeof ClaimTerm>;

export const RegulatoryStatus = z.enum([
  'prohibited',
  'allowed-with-conditions',
  'drug-or-biologic',
  'no-specific-rule',
  'not-in-inventory',
  'not-confirmed',
]);
export type RegulatoryStatus = z.infer<typeof RegulatoryStatus>;

export const Ruling = z.object({
  /** The material types this ruling is about; a jurisdiction's cosmetic rulings cover each once. */
  materials: z.array(MaterialType).min(1),
  status: RegulatoryStatus,
  /** One line for tooltips. */
  headline: z.string().min(5),
  /** The rule in a sentence or two, neutral wording. */
  rule: z.string().min(10),
  /** Publication date of the newest rule, notice or statement relied on. */
  date: DateStr,
  /** false when the honest answer is "not confirmed": the UI says so. */
  confirmed: z.boolean(),
  ...Cited,
});
export type Ruling = z.infer<typeof Ruling>;

export const JurisdictionId = z.enum(['us', 'eu', 'uk', 'kr', 'cn', 'jp', 'tw', 'ca', 'au']);
export type JurisdictionId = z.infer<typeof JurisdictionId>;

export const Jurisdiction = z.object({
  id: JurisdictionId,
  /** ISO 3166 alpha-2 code, or "EU": what the CLI's JSON names the jurisdiction by. */
  code: z.string().regex(/^[A-Z]{2}$/),
  name: z.string(),
  /** Day this jurisdiction's sources were last checked; shown beside its rulings. */
  checkedAsOf: DateStr,
  /** Rulings for a cosmetic, one per group of material types; together they cover every type but "unspecified". */
  rulings: z.array(Ruling).min(1),
  /** Treatment or injected use, where the source is clear. */
  treatment: Ruling.optional(),
  /** Browser locales (region subtags) that map to this jurisdiction. */
  regions: z.array(z.string().length(2)),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const Evidence = z.object({
  id: Id,
  /** Short title: "Topical use on intact skin", "After laser resurfacing" ... */
  title: z.string().min(3),
  summary: z.string().min(10),
  /** The entries the work studied (by id). */
  entries: z.array(Id).default([]),
  /**
   * Material types it speaks for, applied only to exosome-type entries of that material (a
   * vesicle study never lands on a callus extract). `evidenceLinked` requires one of the two.
   */
  materials: z.array(MaterialType).default([]),
  ...Cited,
});
export type Evidence = z.infer<typeof Evidence>;

export const OrderRule = z.object({
  id: Id,
  title: z.string().min(3),
  rule: z.string().min(10),
  /** Jurisdictions where the rule holds. */
  appliesIn: z.array(JurisdictionId).min(1),
  confirmed: z.boolean(),
  ...Cited,
});
export type OrderRule = z.infer<typeof OrderRule>;

/**
 * The ordering facts the position hint needs: ingredients after a marker whose EU maximum is
 * 1% are at or below 1% in an EU-rules list, colorants excepted.
 */
export const OrderMarker = z.object({
  id: Id,
  /** Normalised names that count as this marker. */
  names: z.array(z.string().min(2)).min(1),
  maxPercent: z.number().positive(),
  basis: z.string().min(10),
  ...Cited,
});
export type OrderMarker = z.infer<typeof OrderMarker>;

export const Meta = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Never later than the oldest jurisdiction's `checkedAsOf` (`factsAsOfNotAfterChecks`). */
  factsAsOf: DateStr,
  cosing: z.object({ inventoryDate: DateStr, annexIIDate: DateStr, sourceId: Id }),
});
export type Meta = z.infer<typeof Meta>;

export const KnowledgeData = z.object({
  meta: Meta,
  sources: z.array(Source),
  exosome: z.array(ExosomeEntry),
  related: z.array(RelatedEntry),
  confounders: z.array(Confounder),
  claims: z.array(ClaimTerm),
  jurisdictions: z.array(Jurisdiction),
  evidence: z.array(Evidence),
  orderRules: z.array(OrderRule),
  orderMarkers: z.array(OrderMarker),
});
export type KnowledgeData = z.infer<typeof KnowledgeData>;

export type IngredientEntry = ExosomeEntry | RelatedEntry | Confounder;
export type EntryKind = IngredientEntry['kind'];
