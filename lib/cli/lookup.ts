import type { RegulationLine } from '../cards';
import { allRegulation } from '../cards/build';
import { coiLabel, STATUS_LABEL, sourceDate } from '../cards/labels';
import { readableInci } from '../knowledge/inci-case';
import { getKnowledge, type Knowledge, regionOf } from '../knowledge/index';
import { createLookup, type LookupResult } from '../knowledge/lookup';
import { loadCosingLookup } from '../knowledge/lookup-load';
import type { Jurisdiction, MaterialType, RegulatoryStatus } from '../knowledge/schema';
import { FALLBACK_REGION } from '../region-fallback';

/** `scan --lookup NAME`: the popup's lookup, run in Node over knowledge and CosIng names. */
export function runLookup(query: string, limit = 8): Promise<LookupResult[]> {
  // The popup's own loader: `npm run scan` runs a bundle (scripts/scan.mjs), which holds it.
  return createLookup(getKnowledge(), loadCosingLookup).searchAll(query, limit);
}

/** Which region's rules come first, and how that was decided (as the extension decides). */
export interface LookupRegion {
  /** What was asked for (`--region`) or read from the locale; null when neither gave one. */
  asked: string | null;
  /** The jurisdiction shown first: ISO 3166 code or "EU". */
  jurisdiction: string;
  via: 'region' | 'locale' | 'fallback';
}

/**
 * `--region CC` maps any ISO country code (NO → EU, GB → UK); without it the locale decides,
 * like the extension's "Automatic" setting; a code ExoCheck covers no region for falls back to
 * the United States, as the extension does, and says so.
 */
export function resolveLookupRegion(
  region: string | null,
  locale: string,
  knowledge: Knowledge = getKnowledge(),
): LookupRegion & { id: Jurisdiction['id'] } {
  const fallback = knowledge.jurisdiction(FALLBACK_REGION);
  if (region !== null) {
    const j = knowledge.jurisdictionForRegion(region);
    const asked = region.trim().toUpperCase();
    return j
      ? { asked, jurisdiction: j.code, via: 'region', id: j.id }
      : { asked, jurisdiction: fallback.code, via: 'fallback', id: fallback.id };
  }
  const j = knowledge.jurisdictionForLocale(locale);
  const asked = regionOf(locale);
  return j
    ? { asked, jurisdiction: j.code, via: 'locale', id: j.id }
    : { asked, jurisdiction: fallback.code, via: 'fallback', id: fallback.id };
}

/**
 * The process locale: LC_ALL, LC_MESSAGES or LANG ("en_GB.UTF-8"), else Intl's default (read
 * from a Collator: a DateTimeFormat loads calendar data first, twice the time, ~30 ms).
 */
export function processLocale(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const base = raw.split('.')[0] ?? '';
  return base && base !== 'C' && base !== 'POSIX'
    ? base
    : new Intl.Collator().resolvedOptions().locale;
}

export interface RulingJson {
  jurisdiction: string;
  materialTypes: MaterialType[];
  status: RegulatoryStatus;
  headline: string;
  confirmed: boolean;
  /** The jurisdiction's "checked as of" date. */
  asOf: string;
  /** Publication date of the newest rule or statement relied on. */
  ruleDate: string;
  /** An entry-specific remark, e.g. CosIng giving a human-origin name no II/416 reference. */
  note?: string;
  sources: Array<{
    id: string;
    published: string;
    accessed: string;
    confidence: 'primary' | 'secondary';
    coi: boolean | 'not-checked';
  }>;
}

export interface MatchJson {
  name: string;
  entryId: string | null;
  kind: 'exosome' | 'related' | 'confounder' | 'claim' | 'cosing';
  materialType: MaterialType | null;
  matched: string;
  /** The region's rulings first, then every other jurisdiction's. */
  rulings: RulingJson[];
}

export interface LookupJson {
  query: string;
  region: LookupRegion;
  matches: MatchJson[];
}

/** The machine-readable form of `--lookup --json`. */
export function lookupJson(
  query: string,
  results: readonly LookupResult[],
  region: LookupRegion & { id: Jurisdiction['id'] },
  knowledge: Knowledge = getKnowledge(),
): LookupJson {
  const matches = results.map((r): MatchJson => {
    const base = { name: r.title, matched: r.matched };
    const t = r.target;
    if (t.kind === 'claim') {
      return { ...base, entryId: null, kind: 'claim', materialType: null, rulings: [] };
    }
    if (t.kind !== 'entry') {
      return { ...base, entryId: null, kind: 'cosing', materialType: null, rulings: [] };
    }
    const e = knowledge.entry(t.entryId);
    if (!e)
      return { ...base, entryId: t.entryId, kind: t.entryKind, materialType: null, rulings: [] };
    const lines = allRegulation(knowledge, e, region.id);
    return {
      ...base,
      entryId: e.id,
      kind: e.kind,
      materialType: e.kind === 'confounder' ? null : e.materialType,
      rulings: lines.flatMap(rulingsJson),
    };
  });
  const { id: _id, ...shown } = region;
  return { query, region: shown, matches };
}

function rulingsJson(line: RegulationLine): RulingJson[] {
  return line.rulings.map((r) => ({
    jurisdiction: line.code,
    materialTypes: r.materials,
    status: r.status,
    headline: r.headline,
    confirmed: r.confirmed,
    asOf: line.checkedAsOf,
    ruleDate: r.date,
    ...(line.note ? { note: line.note } : {}),
    sources: r.sources.map((s) => ({
      id: s.id,
      published: s.published,
      accessed: s.accessed,
      confidence: s.confidence,
      coi: s.coi,
    })),
  }));
}

export function formatLookup(
  query: string,
  results: readonly LookupResult[],
  region: LookupRegion & { id: Jurisdiction['id'] },
): string {
  if (results.length === 0)
    return `No match for "${query}" in ExoCheck's knowledge or the CosIng inventory (2021).`;
  const k = getKnowledge();
  const first = k.jurisdiction(region.id);
  const lines = [
    `Best matches for "${query}" (rules for ${first.name} first, ${regionWhy(region)}):`,
  ];
  results.forEach((r, i) => {
    const how =
      r.matched === r.title ? '' : ` (matched "${r.matched}"${r.lang ? `, ${r.lang}` : ''})`;
    const title = r.target.kind === 'cosing' ? readableInci(r.title) : r.title;
    lines.push(`${i + 1}. ${title}${how}`);
    const t = r.target;
    if (t.kind === 'entry') {
      const e = k.entry(t.entryId);
      if (!e) return;
      if (e.kind === 'confounder') lines.push(`   Common active (${e.class}): ${e.evidence}`);
      else
        lines.push(
          `   ${e.kind === 'exosome' ? 'Exosome-type' : 'Related, not an exosome'} (${e.materialType}: ${e.detail}): ${e.summary}`,
        );
      if (e.kind === 'related') lines.push(`   Why not an exosome: ${e.whyNotExosome}`);
      if (e.annexRefs.length) lines.push(`   CosIng annex references: ${e.annexRefs.join(', ')}`);
      for (const line of allRegulation(k, e, region.id)) {
        for (const ruling of line.rulings) {
          const which = line.unspecified ? ` if ${ruling.materialsLabel}` : '';
          const unconfirmed =
            ruling.confirmed || ruling.status === 'not-confirmed' ? '' : ' [not confirmed]';
          lines.push(
            `   ${line.code}${which}: ${STATUS_LABEL[ruling.status]}${unconfirmed}: ${ruling.headline} (checked ${line.checkedAsOf})`,
          );
        }
        if (line.note) lines.push(`   ${line.code} note: ${line.note}`);
      }
      const cited = e.sources.map((id) => k.source(id)).filter((s) => s !== undefined);
      for (const s of cited.slice(0, 3)) {
        const coi = coiLabel(s.coi);
        lines.push(
          `   Source: ${s.citation} (${sourceDate(s)}, ${s.confidence}${coi ? `, ${coi}` : ''})`,
        );
      }
    } else if (t.kind === 'claim') {
      const c = k.claim(t.claimId);
      if (c) lines.push(`   Exosome claim word (${c.lang}, ${c.concept}): ${c.gloss}`);
    } else if (r.cosing) {
      const fn = r.cosing.functions.length ? r.cosing.functions.join(', ') : 'no function reported';
      lines.push(`   CosIng INCI name: ${fn}; not in ExoCheck's exosome or active knowledge`);
      if (r.cosing.annexRefs.length)
        lines.push(`   CosIng annex references: ${r.cosing.annexRefs.join(', ')}`);
    }
  });
  return lines.join('\n');
}

function regionWhy(r: LookupRegion): string {
  if (r.via === 'region') return `--region ${r.asked}`;
  if (r.via === 'locale') return `from the locale, region ${r.asked}`;
  return r.asked
    ? `${r.asked} maps to no region ExoCheck covers, so the United States comes first`
    : 'no region in the locale, so the United States comes first';
}
