import type { Confounder, ExosomeEntry, RelatedEntry } from '../../lib/knowledge/schema';
import { NOT_REVIEWED } from '../../lib/knowledge/schema';
import { normalizeName } from '../../lib/text/normalize';
import {
  before,
  capitalize,
  cellSource,
  type Organism,
  organismOf,
  organismText,
  titleCase,
  words,
} from './cosing-names';

/**
 * Knowledge entries derived systematically from CosIng names (see GUIDELINES.md for the
 * kinds). The kind and material type are read from the INCI name only, so they are
 * predictable from the name; the description column adds two facts CosIng states there: which
 * human protein an sh-/rh- name copies, and fetal bovine serum in a human culture medium.
 * CosIng's annex references come along unchanged.
 */

/** One INCI name after duplicate rows are merged. */
export interface CosingName {
  name: string;
  /** CosIng ref nos, lowest first. */
  refs: string[];
  annexRefs: string[];
  /** CosIng's description column (first non-empty one of merged rows); may be "". */
  description?: string;
}

export interface Derived {
  exosome: ExosomeEntry[];
  related: RelatedEntry[];
  confounders: Confounder[];
}

const INVENTORY = 'cosing-inventory-2021';
const ANNEX_II = 'cosing-annex-ii-2025';
const HUMAN_ORIGIN = 'II/416';

export const HUMAN_ORIGIN_WHY =
  'Human-origin material, prohibited in EU cosmetics (Annex II/416), but not a vesicle or conditioned-media preparation.';
const CODED_HUMAN_ORIGIN_WHY =
  'Listed by CosIng under Annex II/416 (human origin), prohibited in EU cosmetics, but not a vesicle or conditioned-media preparation.';
export const II416_CAVEAT =
  'Carries CosIng reference II/416 (human origin): prohibited in EU cosmetics.';

const MEDIA = ' CONDITIONED MEDIA';
const VESICLE_WORDS = new Set(['EXOSOME', 'EXOSOMES', 'VESICLE', 'VESICLES']);
const VESICLE_MARKERS = [' EXTRACELLULAR VESICLES', ' VESICLES', ' EXOSOMES'];
/** A slash part of a culture name that names cells: "… CELL", "… ADIPOCYTE", "… FIBROBLAST". */
const CELL_WORD = /(?:CELLS?|CYTES?|BLASTS?)$/;
const PLANT_PARTS = ['LEAF', 'SPROUT', 'ROOT', 'FRUIT', 'FLOWER', 'SEED', 'GERM'];

function common(c: CosingName) {
  const has416 = c.annexRefs.includes(HUMAN_ORIGIN);
  return {
    id: `cosing-${c.refs[0]}`,
    name: titleCase(c.name),
    names: [],
    cosingRef: c.refs[0] as string,
    annexRefs: c.annexRefs,
    sources: has416 ? [INVENTORY, ANNEX_II] : [INVENTORY],
  };
}

function humanTail(c: CosingName): string {
  return c.annexRefs.includes(HUMAN_ORIGIN)
    ? ' Human-origin: Annex II/416 in the EU.'
    : ' Human-origin material, though CosIng (2021) gives this name no Annex II/416 reference.';
}

const SECRETED = 'may contain secreted vesicles and proteins.';

/** "… CONDITIONED MEDIA", "… CULTURE EXTRACT", "… EXOSOMES" from human cells. */
function humanExosome(c: CosingName, ws: string[]): ExosomeEntry {
  const ferment = c.name.startsWith('PANTOEA VAGANS/');
  const body = ferment ? c.name.slice('PANTOEA VAGANS/'.length) : c.name;
  const vesicles = ws.some((w) => VESICLE_WORDS.has(w));
  const media = body.includes(MEDIA);
  const source = cellSource(before(body, [MEDIA, ...VESICLE_MARKERS, ' CULTURE EXTRACT']));
  let summary: string;
  let form: ExosomeEntry['form'];
  let materialType: ExosomeEntry['materialType'];
  if (vesicles) {
    form = 'vesicles';
    materialType = 'human-vesicles';
    summary = `Vesicles secreted by cultured human ${source} and isolated from their culture fluid.`;
  } else if (media) {
    form = 'conditioned-media';
    materialType = 'human-culture-fluid';
    const fluid = `spent culture fluid from cultured human ${source}`;
    if (ferment) {
      summary = `Product of fermenting ${fluid} with the microorganism Pantoea vagans; ${SECRETED}`;
    } else if (body.includes(`${MEDIA} EXTRACT`)) {
      summary = `Extract of ${fluid}; ${SECRETED}`;
    } else {
      summary = `Spent culture fluid from cultured human ${source}; ${SECRETED}`;
    }
  } else {
    // A culture extract holds the cells themselves, not only the fluid they were grown in.
    form = 'lysate-or-extract';
    materialType = 'human-cells-tissue';
    const what = ws.includes('HYDROLYZED') ? 'Hydrolysed extract' : 'Extract';
    summary = `${what} of a culture of human ${source} (the cells and their culture fluid); ${SECRETED}`;
  }
  return {
    ...common(c),
    kind: 'exosome',
    materialType,
    detail: ferment ? `${source} (culture fluid fermented by Pantoea vagans)` : source,
    summary: summary + humanTail(c) + serumNote(c),
    form,
    labelOnly: false,
  };
}

/** CosIng describes many human culture media as DMEM that "may or may not contain" FBS. */
function serumNote(c: CosingName): string {
  return /fetal bovine serum/i.test(c.description ?? '')
    ? ' CosIng says the culture medium may contain fetal bovine serum (animal material).'
    : '';
}

/** For non-human sources; human material is typed by its form in `humanExosome`. */
const ORGANISM_MATERIAL: Record<Organism, ExosomeEntry['materialType']> = {
  human: 'human-cells-tissue',
  animal: 'animal',
  microbial: 'microbial',
  alga: 'alga',
  plant: 'plant',
};

const FROM: Record<Organism, string> = {
  human: 'a human source',
  animal: 'an animal source',
  microbial: 'a microorganism',
  alga: 'an alga',
  plant: 'a plant',
};

/** "ALOE VERA VESICLES", "MILK EXOSOMES", "LACTOBACILLUS EXTRACELLULAR VESICLES". */
function nonHumanVesicles(c: CosingName, organism: Organism): ExosomeEntry {
  const source = before(c.name, VESICLE_MARKERS);
  // Latin organism names keep their capital ("Allium sativum"); animal sources read as words.
  const detail = organism === 'animal' ? cellSource(source) : organismText(source);
  const from = words(c.name).includes('CALLUS') ? 'cultured plant cells' : FROM[organism];
  return {
    ...common(c),
    kind: 'exosome',
    materialType: ORGANISM_MATERIAL[organism],
    detail,
    summary: `Extracellular vesicles isolated from ${detail} (${from}).`,
    form: 'vesicles',
    labelOnly: false,
  };
}

const CULTURED: Record<Organism, string> = {
  human: 'cultured human cells',
  animal: 'cultured animal cells',
  microbial: 'a microbial culture',
  alga: 'an algal culture',
  plant: 'cultured plant cells',
};

const WHAT: Record<Organism, string> = {
  human: 'human cells',
  animal: 'animal cells',
  microbial: 'a microorganism',
  alga: 'an alga',
  plant: 'plant cells',
};

const PHYTOPLACENTA_NOTE =
  ' "Phytoplacenta" is the part of a plant\'s ovary that bears the ovules, not an animal placenta; CosIng says only that it is a culture of the phytoplacenta.';

/** Conditioned media from plants, animals, algae or microorganisms: related, not exosome-type. */
function nonHumanMedia(c: CosingName, organism: Organism): RelatedEntry {
  const ws = words(c.name);
  const placenta = ws.includes('PHYTOPLACENTA');
  const relation: RelatedEntry['relation'] =
    organism === 'plant' ? (placenta ? 'placenta-non-human' : 'plant-callus') : 'other';
  const placentaNote = placenta ? PHYTOPLACENTA_NOTE : '';
  const why = `Conditioned media from non-human cells: not human culture fluid; it is growth medium from ${CULTURED[organism]}, not a declared vesicle preparation.`;
  const base = {
    ...common(c),
    kind: 'related' as const,
    relation,
    materialType: ORGANISM_MATERIAL[organism],
  };
  // Mixtures ("(… CONDITIONED MEDIA + … POWDER) EXTRACT", "… CONDITIONED MEDIA/CULTURE") have
  // no single culture to name, so the whole name is the detail.
  if (!c.name.endsWith(MEDIA) && !c.name.endsWith(`${MEDIA} EXTRACT`)) {
    const detail = organismText(c.name);
    return {
      ...base,
      detail,
      summary: `Contains growth medium removed from ${CULTURED[organism]}: ${detail}.${placentaNote}`,
      whyNotExosome: why,
    };
  }
  const source = before(c.name, [MEDIA]).replace(/ CULTURE$/, '');
  const detail = organism === 'animal' ? animalCulture(source) : organismText(source);
  const extract = c.name.endsWith(`${MEDIA} EXTRACT`) ? 'Extract of growth' : 'Growth';
  return {
    ...base,
    detail,
    summary: `${extract} medium removed from a culture of ${detail} (${WHAT[organism]}).${placentaNote}`,
    whyNotExosome: why,
  };
}

/**
 * "BIOTIN/MOUSE FIBROBLAST" → "mouse fibroblasts with Biotin": slash parts naming cells or an
 * animal are the culture; the others are supplements added to it.
 */
function animalCulture(source: string): string {
  const parts = source.split('/');
  const isCells = (p: string) => organismOf(p) === 'animal' || CELL_WORD.test(p);
  const cells = parts.filter(isCells);
  const extras = parts.filter((p) => !isCells(p)).map(titleCase);
  const named = cellSource(cells.join('/'));
  if (extras.length === 0) return named;
  const last = extras.pop();
  return `${named} with ${extras.length > 0 ? `${extras.join(', ')} and ${last}` : last}`;
}

/** Words naming blood or its parts: Korea, like the EU, treats these apart from culture fluid. */
const BLOOD_WORDS = new Set(['BLOOD', 'PLASMA', 'SERUM', 'ALBUMIN', 'PLATELET', 'PLATELETS']);

/** Names with human-origin material that are neither culture fluid, vesicles nor platelets. */
function humanOrigin(c: CosingName, annexWording: string): RelatedEntry {
  const named = words(c.name).includes('HUMAN');
  const detail = c.name
    .split(' ')
    .filter((w) => w !== 'HUMAN')
    .join(' ')
    .toLowerCase();
  const wording = annexWording.charAt(0).toLowerCase() + annexWording.slice(1);
  const blood = words(c.name).some((w) => BLOOD_WORDS.has(w));
  // "HAIR KERATIN AMINO ACIDS", "HYDROLYZED RED BLOOD CELLS": the name itself does not say
  // human, only CosIng's II/416 code does, so the wording attributes it to CosIng.
  return {
    ...common(c),
    kind: 'related',
    relation: 'human-origin',
    materialType: blood ? 'human-blood-derivative' : 'human-cells-tissue',
    detail,
    summary: named
      ? `Material of human origin: ${detail}. CosIng cites Annex II/416 (${wording}).`
      : `${capitalize(detail)}; CosIng cites Annex II/416 (${wording}) for this name, so it may be of human origin.`,
    whyNotExosome: named ? HUMAN_ORIGIN_WHY : CODED_HUMAN_ORIGIN_WHY,
  };
}

/** Plant (or algal) callus, meristem and cell-culture material sold as "plant stem cells". */
function plantCallus(c: CosingName, organism: Organism): RelatedEntry {
  const ws = words(c.name);
  const placenta = ws.includes('PHYTOPLACENTA') || ws.includes('PHTYOPLACENTA');
  const cells = organism === 'alga' ? 'algal cells' : 'plant cells';
  const detail = organismText(stripFormWords(c.name));
  let summary: string;
  let why: string;
  if (ws.includes('LYSATE')) {
    summary = `Lysate of ${detail} (${cells} grown in culture, broken open).`;
    why = `Plant cell (callus) culture lysate, marketed as 'plant stem cells'; broken-open cultured ${cells}, not a declared vesicle preparation.`;
  } else if (ws.includes('EXTRACT')) {
    summary = `Extract of ${detail} (${cells} grown in culture).`;
    why = `Plant cell (callus) culture extract, marketed as 'plant stem cells'; an extract of cultured ${cells}, not a declared vesicle preparation.`;
  } else {
    if (ws.includes('FILTRATE')) summary = `Filtrate of ${detail} (${cells} grown in culture).`;
    else if (ws.includes('POWDER'))
      summary = `Dried, powdered ${detail} (${cells} grown in culture).`;
    else if (ws.at(-1) === 'OIL') summary = `Oil from ${detail} (${cells} grown in culture).`;
    else summary = `${capitalize(detail)}: ${cells} grown in culture.`;
    why = `Plant cell (callus) culture, marketed as 'plant stem cells'; cultured ${cells}, not a declared vesicle preparation.`;
  }
  if (placenta) summary += PHYTOPLACENTA_NOTE;
  return {
    ...common(c),
    kind: 'related',
    relation: placenta ? 'placenta-non-human' : 'plant-callus',
    materialType: organism === 'alga' ? 'alga' : 'plant',
    detail,
    summary,
    whyNotExosome: why,
  };
}

/** Drops trailing form words: "ROSA CANINA CALLUS CULTURE EXTRACT" → "ROSA CANINA CALLUS CULTURE". */
function stripFormWords(name: string): string {
  const ws = name.split(' ');
  while (
    ws.length > 1 &&
    ['EXTRACT', 'LYSATE', 'POWDER', 'FILTRATE', 'OIL'].includes(ws.at(-1) as string)
  ) {
    ws.pop();
  }
  return ws.join(' ');
}

/** sh-/rh- Polypeptide-n and Oligopeptide-n on their own, not conjugates or mixtures. */
export function isSingleGrowthFactorName(name: string): boolean {
  const prefix = name.slice(0, 3);
  if (prefix !== 'SH-' && prefix !== 'RH-') return false;
  const rest = name.slice(3);
  const kind = rest.startsWith('POLYPEPTIDE-')
    ? 'POLYPEPTIDE-'
    : rest.startsWith('OLIGOPEPTIDE-')
      ? 'OLIGOPEPTIDE-'
      : null;
  if (!kind) return false;
  const num = rest.slice(kind.length);
  return num.length > 0 && [...num].every((ch) => ch >= '0' && ch <= '9');
}

/**
 * The human protein an sh-/rh- name copies, as CosIng's description names it: "… codes for
 * Platelet Derived Growth Factor", "… identical to the human protein, Transforming Growth
 * Factor Beta-2", or a bare list of synonyms ("Hepatocyte Growth Factor"). Null when the
 * description names none.
 */
export function proteinOf(description: string): string | null {
  const d = description.replace(/\s+/g, ' ').trim();
  if (!d) return null;
  const patterns = [
    /codes? for (?:the |a )?(?:human )?(.+?)(?: is | used | and codes |\. |\.$|; |, | \(|$)/,
    /identical to (?:a fragment of )?the human protein(?: or piece of human protein)?, (.+?)(?:\. |\.$|, |$)/,
    /using the human gene for (.+?)(?: containing | by |\. |$)/,
  ];
  for (const re of patterns) {
    const m = re.exec(d);
    const found = m?.[1]?.replace(/used (?:as )?such.*$/, '').trim();
    if (found && found.length >= 2) return found;
  }
  // A description that is only synonyms ("PD-ECGF,Platelet-derived endothelial cell growth
  // factor,TP") names the protein directly; a sentence that names none gives null.
  if (!/ is (?:a|an|the) /.test(d) && d.length <= 160) {
    return d
      .split(/\s*(?:,|\/\/)\s*/)
      .filter(Boolean)
      .join(', ');
  }
  return null;
}

const GROWTH_FACTOR =
  /growth factor|\b(?:EGF|FGF\d*|KGF|VEGF|PDGF|HGF|NGF|IGF)\b|somatotropin|growth hormone|stem cell factor|amphiregulin|epiregulin/i;
const NOT_A_FACTOR = /binding protein|induced protein|receptor/i;

/** How CosIng says it is made: chemically (synthetic) or by engineered cells (recombinant). */
function madeBy(description: string): string {
  if (/chemically produced|produced synthetically/i.test(description)) return 'Synthetic copy';
  if (/recombinant|fermentation|transgen/i.test(description)) return 'Recombinant copy';
  return 'Copy';
}

/**
 * sh-/rh- Polypeptide-n and Oligopeptide-n: a human protein made outside the body. The
 * protein comes from CosIng's description; a growth factor is classed as one, anything else
 * (interleukins, enzymes, structural proteins) as a peptide naming its protein.
 */
function growthFactor(c: CosingName): Confounder {
  const description = c.description ?? '';
  const protein = proteinOf(description);
  const isFactor = protein !== null && GROWTH_FACTOR.test(protein) && !NOT_A_FACTOR.test(protein);
  const what = protein
    ? `${madeBy(description)} of the human protein ${protein}, as CosIng describes it.`
    : `${madeBy(description)} of a human protein; CosIng's description does not name which.`;
  return {
    ...common(c),
    kind: 'confounder',
    class: isFactor ? 'growth-factor' : 'peptide',
    evidence: NOT_REVIEWED,
    evidenceVerdict: 'not-reviewed',
    ...(protein ? { mimics: protein } : {}),
    caveat: c.annexRefs.includes(HUMAN_ORIGIN) ? `${what} ${II416_CAVEAT}` : what,
  };
}

/** Platelets or platelet-rich plasma from animal blood: look-alikes of human platelet extract. */
function animalPlatelets(c: CosingName): RelatedEntry {
  const source = before(c.name, [' PLATELET']).toLowerCase();
  const detail = `platelets from ${source} blood`;
  return {
    ...common(c),
    kind: 'related',
    relation: 'other',
    materialType: 'animal',
    detail,
    summary: c.name.includes('PLATELET-RICH PLASMA')
      ? `Platelet-rich plasma from ${source} blood (an animal blood product).`
      : `${c.name.includes('EXTRACT') ? 'Extract of platelets' : 'Platelets'} isolated from ${source} blood (an animal blood product).`,
    whyNotExosome:
      'Animal platelet material: a blood product, not a declared vesicle preparation, though platelet products are sometimes sold as exosomes.',
  };
}

function isPlantCellCulture(name: string, ws: string[]): boolean {
  if (ws.includes('CALLUS') || name.includes('MERISTEM CELL') || name.includes('CELL CULTURE')) {
    return true;
  }
  if (name.includes('ROOT CULTURE') || name.includes('PLACENTA CULTURE')) return true;
  // "ROSA DAMASCENA LEAF CELL EXTRACT": an extract of cultured leaf cells.
  return PLANT_PARTS.some(
    (p) => name.includes(`${p} CELL EXTRACT`) || name.includes(`${p} CELL LYSATE`),
  );
}

type Kind = ExosomeEntry | RelatedEntry | Confounder | null;

/** The one rule that applies to a name, or null when the name is not derived. */
export function classify(c: CosingName, annexIIWording: (n: string) => string): Kind {
  const ws = words(c.name);
  const organism = organismOf(c.name);
  const human = organism === 'human';
  const vesicles = ws.some((w) => VESICLE_WORDS.has(w));
  if (vesicles) return human ? humanExosome(c, ws) : nonHumanVesicles(c, organism);
  if (c.name.includes(MEDIA)) return human ? humanExosome(c, ws) : nonHumanMedia(c, organism);
  if (human && c.name.includes(' CULTURE EXTRACT')) return humanExosome(c, ws);
  if (organism === 'animal' && ws.some((w) => w.startsWith('PLATELET'))) {
    return animalPlatelets(c);
  }
  if (human && ws.includes('PLATELET')) {
    return {
      ...common(c),
      kind: 'exosome',
      materialType: 'human-blood-derivative',
      detail: 'human platelets',
      summary: `Extract of platelets from human blood.${humanTail(c)}`,
      form: 'platelet-extract',
      labelOnly: false,
    };
  }
  if (isSingleGrowthFactorName(c.name)) return growthFactor(c);
  const recombinantOrFerment = ws.some(
    (w) => w.startsWith('RH-') || w.startsWith('SH-') || w.includes('PEPTIDE') || w === 'FERMENT',
  );
  if (c.annexRefs.includes(HUMAN_ORIGIN) && !recombinantOrFerment) {
    return humanOrigin(c, annexIIWording('416'));
  }
  const plantLike = organism === 'plant' || organism === 'alga';
  if (
    plantLike &&
    !ws.includes('FERMENT') &&
    !ws.includes('MEDIA') &&
    isPlantCellCulture(c.name, ws)
  ) {
    return plantCallus(c, organism);
  }
  return null;
}

/**
 * Derives entries for every CosIng name a hand-written entry does not own (`owned` holds
 * normalised names). Two CosIng names that normalise alike ("VITEX AGNUS CASTUS" and
 * "VITEX AGNUS-CASTUS") yield one entry: the first in sorted order. Output is sorted by name.
 */
export function deriveEntries(
  names: readonly CosingName[],
  owned: ReadonlySet<string>,
  annexIIWording: (n: string) => string,
): Derived & { skippedOwned: string[]; skippedSameKey: string[] } {
  const out: Derived = { exosome: [], related: [], confounders: [] };
  const taken = new Set<string>();
  const skippedOwned: string[] = [];
  const skippedSameKey: string[] = [];
  for (const c of [...names].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const entry = classify(c, annexIIWording);
    if (!entry) continue;
    const key = normalizeName(c.name);
    if (owned.has(key)) {
      skippedOwned.push(c.name);
      continue;
    }
    if (taken.has(key)) {
      skippedSameKey.push(c.name);
      continue;
    }
    taken.add(key);
    if (entry.kind === 'exosome') out.exosome.push(entry);
    else if (entry.kind === 'related') out.related.push(entry);
    else out.confounders.push(entry);
  }
  return { ...out, skippedOwned, skippedSameKey };
}
