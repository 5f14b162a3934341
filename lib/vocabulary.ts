/**
 * Words shared by the parts of ExoCheck that must agree on them. Plain consts (no zod, no
 * DOM), so the content script, the parser and Node tools import the same lists.
 */

/**
 * "Ingredients" in every supported language: a label that opens an INCI list. The parser
 * (lib/inci/labels.ts) reads these before a colon or alone on a line; the DOM finder
 * (lib/page/find/find-sections.ts) takes them as section headings.
 */
export const INGREDIENT_LABELS = [
  'ingredients',
  'ingredient',
  'ingredient list',
  'ingredients list',
  'inci',
  'inci list',
  // de
  'inhaltsstoffe',
  'zusammensetzung',
  // fr
  'ingrédients',
  'composition',
  // es, pt
  'ingredientes',
  // it
  'ingredienti',
  // pl
  'składniki',
  // nl
  'ingrediënten',
  // sv, da, no
  'ingredienser',
  // fi
  'ainesosat',
  // hu
  'összetevők',
  // cs
  'složení',
  // ko
  '전성분',
  // ja, zh
  '全成分',
  '成分',
  '配合成分',
  '全成分表示',
] as const;

/**
 * Longer headings the DOM finder also takes whole. The parser reads the same words as
 * qualifiers before a label ("Full ingredients list:"), so it needs no entry for them.
 */
export const INGREDIENT_HEADINGS = [
  'full ingredients',
  'full ingredient list',
  'full ingredients list',
  'list of ingredients',
  'all ingredients',
  'inci ingredients',
] as const;

/**
 * The words a shopper reads for what ExoCheck marks and explains: the tooltip's first line
 * and its labels, the names of the marks' keyboard keys. One plain vocabulary (issue 11):
 * "Made from" is the origin material, "Sources" are citations, and the ordinary actives that
 * may do the work are "other actives" (never "confounder", the knowledge module's own word).
 */
export const WORDS = {
  madeFrom: 'Made from',
  sources: 'Sources',
  evidence: 'Evidence',
  otherActives: 'Other actives on this list',
} as const;

/** What each kind of mark is, as the tooltip's first line begins and each key is named. */
export const MARK_KIND_NAME = {
  exosome: 'Exosome-type ingredient',
  related: 'Related, not an exosome',
  confounder: 'Other active',
  claim: 'Exosome claim in the product text',
} as const;

/** Each kind of mark as the options list them (a switch per kind), in the same words. */
export const MARK_KIND_SETTING = {
  exosome: 'Exosome-type ingredients',
  related: 'Related ingredients, not exosomes (marketed alongside them)',
  confounder: 'Other actives that may explain results (peptides, retinoids, vitamin C …)',
  claim: 'Exosome claims in the product text',
} as const;

/** How strong the evidence ExoCheck reviewed for an other active is, in a few words. */
export const EVIDENCE_WORD = {
  positive: 'well studied',
  limited: 'limited',
  negative: 'no better than placebo in the study reviewed',
  'not-reviewed': 'not reviewed by ExoCheck',
} as const;
