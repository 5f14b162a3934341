import type {
  ConfounderClass,
  JurisdictionId,
  RegulatoryStatus,
  SourceClass,
} from './knowledge/schema';

/** Words the UI shows for the knowledge module's enums; one place so tooltip and popup agree. */

export const SOURCE_CLASS_LABEL: Record<SourceClass, string> = {
  'human-cell': 'Human cells',
  'human-platelet': 'Human platelets',
  plant: 'Plant',
  animal: 'Animal',
  microbial: 'Microbial',
  unspecified: 'Source not stated',
};

export const CONFOUNDER_CLASS_LABEL: Record<ConfounderClass, string> = {
  peptide: 'Peptide',
  'growth-factor': 'Growth factor',
  'hyaluronic-acid': 'Hyaluronic acid',
  antioxidant: 'Antioxidant',
  retinoid: 'Retinoid',
  'vitamin-c': 'Vitamin C',
  niacinamide: 'Niacinamide',
  barrier: 'Barrier support',
  soothing: 'Soothing',
  brightening: 'Brightening',
  exfoliant: 'Exfoliant',
  'other-active': 'Other active',
};

export const STATUS_LABEL: Record<RegulatoryStatus, string> = {
  prohibited: 'Prohibited',
  conditional: 'Allowed with conditions',
  'not-in-inventory': 'Not in the ingredient inventory',
  'no-specific-rule': 'No specific rule',
  'not-confirmed': 'Not confirmed',
};

/** Region names for the options page, which must work before the knowledge data is filled. */
export const REGION_NAME: Record<JurisdictionId, string> = {
  us: 'United States',
  eu: 'European Union',
  uk: 'United Kingdom',
  kr: 'South Korea',
  cn: 'China',
  jp: 'Japan',
  ca: 'Canada',
  au: 'Australia',
};
