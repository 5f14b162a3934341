import type {
  ConfounderClass,
  EvidenceVerdict,
  JurisdictionId,
  MaterialType,
  RegulatoryStatus,
  SourceClass,
} from '../knowledge/schema';
import type { SourceRef } from '.';

/** Words the UI shows for the knowledge module's enums; one place so tooltip and popup agree. */

export const SOURCE_CLASS_LABEL: Record<SourceClass, string> = {
  'human-cell': 'Human cells',
  'human-platelet': 'Human platelets',
  plant: 'Plant',
  animal: 'Animal',
  microbial: 'Microbial',
  unspecified: 'Not stated on the label',
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

/** What the ingredient is made of, as the shopper reads it (cards, tooltips, popup). */
export const MATERIAL_LABEL: Record<MaterialType, string> = {
  'human-cells-tissue': 'Human cells or tissue',
  'human-culture-fluid': 'Human cell culture fluid (conditioned media)',
  'human-blood-derivative': 'Human blood or platelets',
  'human-vesicles': 'Human cell vesicles (exosomes)',
  animal: 'Animal',
  plant: 'Plant',
  alga: 'Alga (seaweed or microalga)',
  microbial: 'Microbial',
  unspecified: 'Not stated on the label',
};

const MATERIAL_SHORT: Record<MaterialType, string> = {
  'human-cells-tissue': 'human cells or tissue',
  'human-culture-fluid': 'human culture fluid',
  'human-blood-derivative': 'human blood or platelets',
  'human-vesicles': 'human vesicles',
  animal: 'animal',
  plant: 'plant',
  alga: 'alga',
  microbial: 'microbial',
  unspecified: 'unstated source',
};

const HUMAN: readonly MaterialType[] = [
  'human-cells-tissue',
  'human-culture-fluid',
  'human-blood-derivative',
  'human-vesicles',
];
const NON_HUMAN: readonly MaterialType[] = ['animal', 'plant', 'alga', 'microbial'];

/** "human-derived material", "animal, plant, alga or microbial material", "human culture fluid". */
export function materialsLabel(materials: readonly MaterialType[]): string {
  const has = (group: readonly MaterialType[]) => group.every((m) => materials.includes(m));
  const parts: string[] = [];
  let rest = [...materials];
  if (has(HUMAN)) {
    parts.push('human-derived');
    rest = rest.filter((m) => !HUMAN.includes(m));
  }
  parts.push(...rest.map((m) => MATERIAL_SHORT[m]));
  if (parts.length === 0) return 'material';
  const last = parts.pop() as string;
  const list = parts.length > 0 ? `${parts.join(', ')} or ${last}` : last;
  // "human culture fluid" names a material already; "plant" and "human-derived" do not.
  return last.startsWith('human ') ? list : `${list} material`;
}

export const isHumanMaterial = (m: MaterialType): boolean => HUMAN.includes(m);
export const isNonHumanMaterial = (m: MaterialType): boolean => NON_HUMAN.includes(m);

export const STATUS_LABEL: Record<RegulatoryStatus, string> = {
  prohibited: 'Prohibited',
  'allowed-with-conditions': 'Allowed with conditions',
  'drug-or-biologic': 'Regulated as a drug or biologic',
  'not-in-inventory': 'Not in the ingredient inventory',
  'no-specific-rule': 'No specific rule',
  'not-confirmed': 'Not confirmed',
};

/**
 * The label a confounder's evidence earns: "well-studied" only for a reviewed, positive line.
 * Shown as the tooltip's first line and as the popup's group headings.
 */
export const EVIDENCE_LABEL: Record<EvidenceVerdict, string> = {
  positive: 'Well-studied active',
  limited: 'Active with limited evidence',
  negative: 'Active: no better than placebo in the study reviewed',
  'not-reviewed': 'Common active (evidence not reviewed by ExoCheck)',
};

/**
 * Says how a label disguised a name (the report's `disguised`), so the shopper knows the text
 * was tampered with; null when it was not. Tooltip and popup show the same sentence.
 */
export function disguiseNote(
  d: readonly ('invisible' | 'look-alike')[] | undefined,
): string | null {
  if (!d || d.length === 0) return null;
  const how = [
    d.includes('invisible') ? 'invisible characters between its letters' : null,
    d.includes('look-alike') ? 'letters from another alphabet that look like Latin ones' : null,
  ].filter(Boolean);
  return `The label writes this name with ${how.join(' and ')}; ExoCheck read it as the name it imitates.`;
}

/** A source's date as shown: its publication date, or "undated, read on …". */
export function sourceDate(s: Pick<SourceRef, 'published' | 'accessed'>): string {
  return s.published === 'undated' ? `undated, read on ${s.accessed}` : s.published;
}

/** The conflict-of-interest tag, or null when the authors were checked and have none. */
export function coiLabel(coi: SourceRef['coi']): string | null {
  if (coi === true) return 'author has a commercial interest';
  if (coi === 'not-checked') return 'affiliation not checked';
  return null;
}

/**
 * CosIng annex references in words. II/416 and II/419 are the two that matter for exosome
 * look-alikes; other references are named by annex.
 */
export function annexText(ref: string): string {
  if (ref === 'II/416')
    return 'EU Annex II entry 416: cells, tissues or products of human origin (prohibited in cosmetics)';
  if (ref === 'II/419')
    return 'EU Annex II entry 419: category 1 and 2 animal by-products and ingredients derived from them (prohibited in cosmetics)';
  const [annex, entry] = ref.split('/');
  const what: Record<string, string> = {
    II: 'prohibited in cosmetics',
    III: 'allowed only within limits',
    IV: 'allowed colorant',
    V: 'allowed preservative, within limits',
    VI: 'allowed UV filter, within limits',
  };
  return `EU Annex ${annex} entry ${entry ?? '?'} (${what[annex ?? ''] ?? 'see CosIng'})`;
}

/** Region names for the options page, which must work before the knowledge data is filled. */
export const REGION_NAME: Record<JurisdictionId, string> = {
  us: 'United States',
  eu: 'European Union and EEA',
  uk: 'United Kingdom',
  kr: 'South Korea',
  cn: 'China',
  jp: 'Japan',
  tw: 'Taiwan',
  ca: 'Canada',
  au: 'Australia',
};
