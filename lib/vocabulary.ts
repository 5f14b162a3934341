/**
 * Words shared by the parts of ExoCheck that must agree on them. Plain const arrays (no zod,
 * no DOM), so the content script, the parser and Node tools import the same lists.
 */

/**
 * "Ingredients" in every supported language: a label that opens an INCI list. The parser
 * (lib/inci/labels.ts) reads these before a colon or alone on a line; the DOM finder
 * (lib/page/find-sections.ts) takes them as section headings.
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
