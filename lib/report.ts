import { ConfounderClass, SourceClass } from './knowledge/classes';
import { z } from './zod';

/**
 * PageReport: the one contract between content script, background, popup and the `scan` CLI.
 * Plain JSON. Everything the user sees is rendered from a report plus the knowledge module;
 * nothing re-parses the page.
 */

import { REPORT_SCHEMA_VERSION } from './report-version';

export { REPORT_SCHEMA_VERSION };

/** `image`: read by OCR from an image the shopper picked (lib/ocr). */
export const ListSource = z.enum(['adapter', 'json-ld', 'heuristic', 'text', 'image']);
export const IngredientGroup = z.enum(['main', 'may-contain', 'active']);
export const IngredientKind = z.enum(['exosome', 'related', 'confounder', 'unknown']);
/** How a label disguised a name: zero-width characters inside it, or letters of another script. */
export const Disguise = z.enum(['invisible', 'look-alike']);

export const ReportIngredient = z.object({
  /** As written in the list. */
  text: z.string(),
  /** Normalised (see lib/text/normalize.ts). */
  name: z.string(),
  /** 1-based position within its list, counting main-group items first as printed. */
  position: z.number().int().positive(),
  group: IngredientGroup,
  entryId: z.string().nullable(),
  kind: IngredientKind,
  /**
   * CosIng functions in plain words; null when the name is not a CosIng INCI name (2021);
   * absent when no dictionary was consulted (the content script adds none; the background
   * and the CLI do).
   */
  functions: z.array(z.string()).nullable().optional(),
  /** CosIng annex references ("II/416", "V/29"); absent when no dictionary was consulted. */
  annexRefs: z.array(z.string()).optional(),
  /** Offsets of `text` in the list's source text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The name hides invisible characters or look-alike letters (absent when it does not). */
  disguised: z.array(Disguise).optional(),
  /** How OCR read it, for a list read from an image (lib/ocr); absent for page text. */
  ocr: z
    .object({
      /** Lowest Tesseract word confidence over the name, 0–1. */
      confidence: z.number().min(0).max(1),
      /** Below the confidence ExoCheck trusts: shown as unsure. */
      unsure: z.literal(true).optional(),
      /** What OCR read, when a one-character slip was corrected to a known name. */
      read: z.string().optional(),
    })
    .optional(),
});
export type ReportIngredient = z.infer<typeof ReportIngredient>;

export const ReportList = z.object({
  /** Kit component or block label ("Active ingredients", "Protini Moisturizer"), else null. */
  label: z.string().nullable(),
  source: ListSource,
  /** Index of the found section this list was parsed from; item offsets are into its text. */
  section: z.number().int().nonnegative(),
  ingredients: z.array(ReportIngredient),
  /** The list held more items than ExoCheck reads (5,000); absent when it was read whole. */
  truncated: z.boolean().optional(),
});
export type ReportList = z.infer<typeof ReportList>;

export const OnePercent = z.object({
  value: z.boolean().nullable(),
  /** Why: which marker it follows, or why no inference is possible. */
  reason: z.string(),
});

export const ExosomeFinding = z.object({
  entryId: z.string(),
  text: z.string(),
  sourceClass: SourceClass,
  detail: z.string(),
  listIndex: z.number().int().nonnegative(),
  position: z.number().int().positive(),
  atOrBelowOnePercent: OnePercent,
  disguised: z.array(Disguise).optional(),
});
export type ExosomeFinding = z.infer<typeof ExosomeFinding>;

export const RelatedFinding = z.object({
  entryId: z.string(),
  text: z.string(),
  listIndex: z.number().int().nonnegative(),
  position: z.number().int().positive(),
});
export type RelatedFinding = z.infer<typeof RelatedFinding>;

export const CopyField = z.enum(['title', 'description', 'highlights', 'other']);

export const ClaimFinding = z.object({
  /** The matched text exactly as written in the copy. */
  text: z.string(),
  lang: z.string().length(2),
  termId: z.string(),
  field: CopyField,
  /** Index of the copy block it was found in, and offsets into that block's text. */
  copy: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type ClaimFinding = z.infer<typeof ClaimFinding>;

export const Verdict = z.enum(['ingredient', 'claim-only', 'none']);
export type Verdict = z.infer<typeof Verdict>;

export const ConfounderFinding = z.object({
  entryId: z.string(),
  text: z.string(),
  class: ConfounderClass,
  listIndex: z.number().int().nonnegative(),
  position: z.number().int().positive(),
});
export type ConfounderFinding = z.infer<typeof ConfounderFinding>;

export const PageReport = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  url: z.string(),
  /** Adapter id, 'json-ld', 'generic', or 'none' when no ingredient list was found. */
  retailer: z.string().min(1),
  knowledgeVersion: z.string(),
  title: z.string().nullable(),
  ingredientLists: z.array(ReportList),
  exosome: z.object({
    verdict: Verdict,
    ingredients: z.array(ExosomeFinding),
    related: z.array(RelatedFinding),
    claims: z.array(ClaimFinding),
  }),
  confounders: z.array(ConfounderFinding),
  /** Ingredients with no knowledge entry: shown as "not in ExoCheck's knowledge base". */
  unmatched: z.number().int().nonnegative(),
  /**
   * Stored in part: the whole report did not fit the browser's session storage, so unknown
   * ingredients past the first few hundred per list and claims past the first few hundred were
   * left out of the stored copy (every finding is kept). Absent for a whole report.
   */
  trimmed: z.boolean().optional(),
  /**
   * Set only when no list was found: where the page keeps content ExoCheck could not read.
   * `frames`: hosts of cross-origin frames (at most 3); `largeData`: embedded JSON blocks past
   * the size ExoCheck parses. Absent when there is nothing to say.
   */
  unread: z
    .strictObject({
      frames: z.array(z.string().max(253)).max(3),
      largeData: z.number().int().nonnegative(),
    })
    .optional(),
});
export type PageReport = z.infer<typeof PageReport>;
