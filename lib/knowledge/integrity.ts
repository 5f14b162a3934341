import { normalizeName } from '../text/normalize';
import {
  DateStr,
  type JurisdictionId,
  JurisdictionId as JurisdictionIds,
  type KnowledgeData,
  type LabelName,
  MaterialType,
  NOT_REVIEWED,
  type Ruling,
} from './schema';

/**
 * Cross-record checks the zod schemas cannot express: ids unique across collections, every
 * cited source present, each label name owned by one entry, honest "not confirmed" wording.
 * Each check returns human-readable problems; an empty array means the check passed.
 * The tests run every check on the assembled module (hand-written plus CosIng-derived data).
 */
export interface CheckOptions {
  /** Jurisdictions that must be present; defaults to every id in the schema. */
  jurisdictions?: readonly JurisdictionId[];
  /**
   * Normalised CosIng INCI names → their ref numbers, for `noVariantIsCosingEntry`. The tests
   * pass the real inventory; without it that check has nothing to compare with and passes.
   */
  cosingRefs?: ReadonlyMap<string, readonly string[]>;
}

export type IntegrityCheck = (data: KnowledgeData, extra?: CheckOptions) => string[];

export interface CheckResult {
  check: string;
  problems: string[];
}

const nameText = (n: LabelName): string => (typeof n === 'string' ? n : n.name);

function ingredientEntries(data: KnowledgeData) {
  return [...data.exosome, ...data.related, ...data.confounders];
}

function rulings(data: KnowledgeData): Array<[string, Ruling]> {
  const out: Array<[string, Ruling]> = [];
  for (const j of data.jurisdictions) {
    for (const r of j.rulings) out.push([`jurisdiction ${j.id} (${r.materials.join(', ')})`, r]);
    if (j.treatment) out.push([`jurisdiction ${j.id}.treatment`, j.treatment]);
  }
  return out;
}

/** Every record that cites sources, labelled for problem messages. */
function citing(data: KnowledgeData): Array<[string, readonly string[]]> {
  return [
    ...ingredientEntries(data).map((e): [string, string[]] => [`${e.kind} ${e.id}`, e.sources]),
    ...data.claims.map((c): [string, string[]] => [`claim ${c.id}`, c.sources]),
    ...data.evidence.map((e): [string, string[]] => [`evidence ${e.id}`, e.sources]),
    ...data.orderRules.map((r): [string, string[]] => [`order rule ${r.id}`, r.sources]),
    ...data.orderMarkers.map((m): [string, string[]] => [`order marker ${m.id}`, m.sources]),
    ...rulings(data).map(([label, r]): [string, string[]] => [label, r.sources]),
  ];
}

/** Ids are unique across all collections, so a bare id always names one record. */
export const uniqueIds: IntegrityCheck = (data) => {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const add = (collection: string, id: string) => {
    const prior = seen.get(id);
    if (prior) problems.push(`id "${id}" used in ${prior} and ${collection}`);
    else seen.set(id, collection);
  };
  for (const s of data.sources) add('sources', s.id);
  for (const e of data.exosome) add('exosome', e.id);
  for (const e of data.related) add('related', e.id);
  for (const e of data.confounders) add('confounders', e.id);
  for (const c of data.claims) add('claims', c.id);
  for (const e of data.evidence) add('evidence', e.id);
  for (const r of data.orderRules) add('orderRules', r.id);
  for (const m of data.orderMarkers) add('orderMarkers', m.id);
  for (const j of data.jurisdictions) add('jurisdictions', j.id);
  return problems;
};

/**
 * The lexicon maps each normalised name to one entry, first owner wins; a name owned twice
 * would silently send matches to whichever entry loads first. Claim terms must be unique per
 * language for the same reason.
 */
export const noNameOwnedTwice: IntegrityCheck = (data) => {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const e of ingredientEntries(data)) {
    for (const raw of [e.name, ...e.names.map(nameText)]) {
      const key = normalizeName(raw);
      if (!key) {
        problems.push(`${e.kind} ${e.id}: name "${raw}" normalises to nothing`);
        continue;
      }
      const prior = owner.get(key);
      if (prior && prior !== e.id) problems.push(`name "${key}" owned by ${prior} and ${e.id}`);
      else owner.set(key, e.id);
    }
  }
  const terms = new Map<string, string>();
  for (const c of data.claims) {
    const key = normalizeName(c.term);
    if (!key) {
      problems.push(`claim ${c.id}: term "${c.term}" normalises to nothing`);
      continue;
    }
    const prior = terms.get(`${c.lang}\u0000${key}`);
    if (prior) problems.push(`claim term "${key}" (${c.lang}) in ${prior} and ${c.id}`);
    else terms.set(`${c.lang}\u0000${key}`, c.id);
  }
  return problems;
};

/** Every cited source id exists, including the CosIng source named in meta. */
export const referencesResolve: IntegrityCheck = (data) => {
  const ids = new Set(data.sources.map((s) => s.id));
  const problems: string[] = [];
  for (const [label, sources] of citing(data)) {
    for (const id of sources)
      if (!ids.has(id)) problems.push(`${label} cites unknown source "${id}"`);
  }
  if (!ids.has(data.meta.cosing.sourceId)) {
    problems.push(`meta.cosing.sourceId "${data.meta.cosing.sourceId}" is not a source`);
  }
  return problems;
};

/** No record without a source, and no source listed twice on one record. */
export const everyEntryCitesSource: IntegrityCheck = (data) => {
  const problems: string[] = [];
  for (const [label, sources] of citing(data)) {
    if (sources.length === 0) problems.push(`${label} cites no source`);
    if (new Set(sources).size !== sources.length) problems.push(`${label} cites a source twice`);
  }
  return problems;
};

/** Dates and confidence are what the UI shows next to a fact; both must be well-formed. */
export const everySourceDatedWithConfidence: IntegrityCheck = (data) => {
  const problems: string[] = [];
  for (const s of data.sources) {
    if (s.published !== 'undated' && !DateStr.safeParse(s.published).success) {
      problems.push(`source ${s.id}: bad published date "${s.published}"`);
    }
    if (s.confidence !== 'primary' && s.confidence !== 'secondary') {
      problems.push(`source ${s.id}: confidence "${String(s.confidence)}"`);
    }
    if (s.citation.trim().length < 5) problems.push(`source ${s.id}: citation too short`);
  }
  return problems;
};

/**
 * Confounder evidence is one real line or exactly NOT_REVIEWED. Near-misses ("Evidence not
 * reviewed.") are rejected because the UI compares against the constant.
 */
export const confoundersHaveEvidenceOrNotReviewed: IntegrityCheck = (data) => {
  const problems: string[] = [];
  const notReviewed = normalizeName(NOT_REVIEWED);
  for (const c of data.confounders) {
    const ev = c.evidence;
    if (ev === NOT_REVIEWED) continue;
    if (normalizeName(ev) === notReviewed) {
      problems.push(`confounder ${c.id}: write exactly "${NOT_REVIEWED}"`);
    } else if (ev.trim() !== ev || ev.includes('\n') || ev.trim().length < 10) {
      problems.push(`confounder ${c.id}: evidence must be one trimmed line of 10+ characters`);
    }
  }
  return problems;
};

/** Every jurisdiction exists once with its own code, and each region maps to one jurisdiction. */
export const jurisdictionsComplete: IntegrityCheck = (data, extra) => {
  const required = extra?.jurisdictions ?? JurisdictionIds.options;
  const problems: string[] = [];
  const count = new Map<string, number>();
  for (const j of data.jurisdictions) count.set(j.id, (count.get(j.id) ?? 0) + 1);
  const codes = new Map<string, string>();
  for (const j of data.jurisdictions) {
    const prior = codes.get(j.code);
    if (prior) problems.push(`code ${j.code} used by ${prior} and ${j.id}`);
    else codes.set(j.code, j.id);
  }
  for (const id of required) {
    const n = count.get(id) ?? 0;
    if (n !== 1) problems.push(`jurisdiction ${id} present ${n} times`);
  }
  const region = new Map<string, string>();
  for (const j of data.jurisdictions) {
    if (j.regions.length === 0) problems.push(`jurisdiction ${j.id} has no regions`);
    for (const r of j.regions) {
      if (!/^[A-Z]{2}$/.test(r))
        problems.push(`jurisdiction ${j.id}: region "${r}" is not upper-case ISO`);
      const prior = region.get(r);
      if (prior && prior !== j.id) problems.push(`region ${r} in ${prior} and ${j.id}`);
      else region.set(r, j.id);
    }
  }
  return problems;
};

/**
 * An unconfirmed ruling or order rule must say so in words, and status "not-confirmed" must
 * carry confirmed: false; otherwise a tooltip could present an open question as settled.
 */
export const unconfirmedSaysSo: IntegrityCheck = (data) => {
  const problems: string[] = [];
  const says = (text: string) => /not confirmed/i.test(text);
  for (const [label, r] of rulings(data)) {
    if (r.status === 'not-confirmed' && r.confirmed) {
      problems.push(`${label}: status not-confirmed but confirmed is true`);
    }
    if (!r.confirmed && !says(`${r.headline} ${r.rule}`)) {
      problems.push(`${label}: confirmed is false but the text does not say "not confirmed"`);
    }
  }
  for (const r of data.orderRules) {
    if (!r.confirmed && !says(`${r.title} ${r.rule}`)) {
      problems.push(
        `order rule ${r.id}: confirmed is false but the text does not say "not confirmed"`,
      );
    }
  }
  return problems;
};

const COSMETIC_MATERIALS = MaterialType.options.filter((m) => m !== 'unspecified');

/**
 * A jurisdiction's cosmetic rulings cover every material type exactly once, so each entry gets
 * the ruling for what it is made of. "unspecified" is never ruled on: a label that does not say
 * what the material is gets the whole range (cards-build), not a guess.
 */
export const everyRulingNamesItsMaterial: IntegrityCheck = (data) => {
  const problems: string[] = [];
  for (const j of data.jurisdictions) {
    const seen = new Map<string, number>();
    for (const r of j.rulings) for (const m of r.materials) seen.set(m, (seen.get(m) ?? 0) + 1);
    for (const m of COSMETIC_MATERIALS) {
      const n = seen.get(m) ?? 0;
      if (n !== 1) problems.push(`jurisdiction ${j.id}: material ${m} ruled ${n} times`);
    }
    if (seen.has('unspecified')) {
      problems.push(`jurisdiction ${j.id}: a ruling names "unspecified" (it gets the range)`);
    }
  }
  return problems;
};

/**
 * The UI shows `published` as the source's date, so it must be a real publication date or
 * "undated", never the day the copy was read (which is `accessed`, never before publication).
 */
export const shownDatesArePublished: IntegrityCheck = (data) => {
  const problems: string[] = [];
  for (const s of data.sources) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.accessed))
      problems.push(`source ${s.id}: accessed must be a day`);
    if (s.published !== 'undated' && s.published > s.accessed) {
      problems.push(`source ${s.id}: published ${s.published} after accessed ${s.accessed}`);
    }
    if (s.published === s.accessed && /copy was read|when .* was read/i.test(s.note ?? '')) {
      problems.push(`source ${s.id}: the read date stands in as the publication date`);
    }
  }
  return problems;
};

/** Evidence names what it studied: entries that exist, or material types. */
export const evidenceLinked: IntegrityCheck = (data) => {
  const ids = new Set(ingredientEntries(data).map((e) => e.id));
  const problems: string[] = [];
  for (const ev of data.evidence) {
    if (ev.entries.length === 0 && ev.materials.length === 0) {
      problems.push(`evidence ${ev.id} names no entry or material type`);
    }
    for (const id of ev.entries)
      if (!ids.has(id)) problems.push(`evidence ${ev.id}: unknown entry ${id}`);
  }
  return problems;
};

/**
 * A name CosIng lists as its own INCI entry (own ref number) is an entry of its own here, not a
 * spelling variant of another entry: rh-Oligopeptide-1 carries II/416, sh-Oligopeptide-1 does not.
 */
export const noVariantIsCosingEntry: IntegrityCheck = (data, extra) => {
  const refs = extra?.cosingRefs;
  if (!refs) return [];
  const problems: string[] = [];
  for (const e of ingredientEntries(data)) {
    const own = normalizeName(e.name);
    for (const n of e.names) {
      const key = normalizeName(nameText(n));
      if (key === own) continue;
      const variantRefs = refs.get(key);
      if (!variantRefs) continue;
      if (!e.cosingRef || !variantRefs.includes(e.cosingRef)) {
        problems.push(
          `${e.kind} ${e.id}: variant "${nameText(n)}" is CosIng ${variantRefs.join('/')}, its own entry`,
        );
      }
    }
  }
  return problems;
};

/** Only reviewed, positive evidence may be labelled "well-studied"; the verdict follows the line. */
export const evidenceVerdictMatches: IntegrityCheck = (data) => {
  const problems: string[] = [];
  for (const c of data.confounders) {
    const notReviewed = c.evidence === NOT_REVIEWED;
    if (notReviewed !== (c.evidenceVerdict === 'not-reviewed')) {
      problems.push(
        `confounder ${c.id}: evidence "${c.evidence}" with verdict ${c.evidenceVerdict}`,
      );
    }
  }
  return problems;
};

/** The footer's "facts as of" never claims more than the oldest jurisdiction check. */
export const factsAsOfNotAfterChecks: IntegrityCheck = (data) => {
  const oldest = data.jurisdictions.map((j) => j.checkedAsOf).sort()[0];
  return oldest && data.meta.factsAsOf > oldest
    ? [`meta.factsAsOf ${data.meta.factsAsOf} is later than the oldest check ${oldest}`]
    : [];
};

/** A gloss is the meaning, said once: "Exosomes: Exosomes: tiny vesicles" was shown before. */
export const glossesSayMeaningOnce: IntegrityCheck = (data) => {
  const problems: string[] = [];
  for (const c of data.claims) {
    const prefixes = c.gloss.match(/^([^:.]{1,60}): ([^:.]{1,60}): /);
    if (prefixes) problems.push(`claim ${c.id}: gloss repeats a prefix`);
    const head = normalizeName(c.gloss.split(/[:.]/)[0] ?? '');
    if (c.lang === 'en' && head === normalizeName(c.term)) {
      problems.push(`claim ${c.id}: gloss starts with its own term`);
    }
  }
  return problems;
};

export const CHECKS: Readonly<Record<string, IntegrityCheck>> = {
  uniqueIds,
  noNameOwnedTwice,
  referencesResolve,
  everyEntryCitesSource,
  everySourceDatedWithConfidence,
  confoundersHaveEvidenceOrNotReviewed,
  jurisdictionsComplete,
  unconfirmedSaysSo,
  everyRulingNamesItsMaterial,
  shownDatesArePublished,
  evidenceLinked,
  noVariantIsCosingEntry,
  evidenceVerdictMatches,
  factsAsOfNotAfterChecks,
  glossesSayMeaningOnce,
};

export function runIntegrityChecks(data: KnowledgeData, extra?: CheckOptions): CheckResult[] {
  return Object.entries(CHECKS).map(([check, fn]) => ({ check, problems: fn(data, extra) }));
}
