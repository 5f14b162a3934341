import { z } from '../zod';

/**
 * The enums the report schema and the lexicon share with the knowledge schemas. Their own
 * module, so importing the report (the popup's first chunk, the worker) does not build every
 * knowledge schema, which no runtime bundle needs: that module's evaluation is about 9 ms of
 * CPU in Node.
 */

export const SourceClass = z.enum([
  'human-cell',
  'human-platelet',
  'plant',
  'animal',
  'microbial',
  'unspecified',
]);
export type SourceClass = z.infer<typeof SourceClass>;

export const ConfounderClass = z.enum([
  'peptide',
  'growth-factor',
  'hyaluronic-acid',
  'antioxidant',
  'retinoid',
  'vitamin-c',
  'niacinamide',
  'barrier',
  'soothing',
  'brightening',
  'exfoliant',
  'other-active',
]);
export type ConfounderClass = z.infer<typeof ConfounderClass>;

/**
 * What the ingredient is made of, the distinction rulings follow: Korea bans human cells and
 * tissue but allows culture fluid meeting its standard, the EU bans every product of human
 * origin, and plants, algae, microbes and animals have rules of their own. The page report
 * carries only the coarse source class, derived from it (SOURCE_CLASS_OF).
 */
export const MaterialType = z.enum([
  'human-cells-tissue',
  'human-culture-fluid',
  'human-blood-derivative',
  'human-vesicles',
  'animal',
  'plant',
  'alga',
  'microbial',
  'unspecified',
]);
export type MaterialType = z.infer<typeof MaterialType>;

/** The coarse source class (the page report's `sourceClass`) of each material type. */
export const SOURCE_CLASS_OF: Readonly<Record<MaterialType, SourceClass>> = {
  'human-cells-tissue': 'human-cell',
  'human-culture-fluid': 'human-cell',
  'human-blood-derivative': 'human-platelet',
  'human-vesicles': 'human-cell',
  animal: 'animal',
  plant: 'plant',
  alga: 'plant',
  microbial: 'microbial',
  unspecified: 'unspecified',
};
