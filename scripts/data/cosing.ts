import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { annexRefsOf, type CosingCompact } from '../../lib/knowledge/cosing';
import { KNOWN_FUNCTION_LABELS } from '../../lib/knowledge/cosing/functions';
import { Confounder, ExosomeEntry, type LabelName, RelatedEntry } from '../../lib/knowledge/schema';
import { normalizeName } from '../../lib/text/normalize';
import { type CosingName, type Derived, deriveEntries } from './cosing-derive';
import { parseCsv, parseCsvObjects } from './csv';

/**
 * Generator functions for the two CosIng outputs: the compact INCI dictionary
 * (generated/cosing-dictionary.json) and the knowledge entries derived from CosIng names
 * (generated/cosing-derived.json). Pure functions of their inputs, so the tests regenerate
 * both in memory from the repo copy and compare with the committed files.
 */

export const COSING_DIR = 'lib/knowledge/cosing';
export const INVENTORY_FILE = `${COSING_DIR}/cosing_ingredients.csv`;
export const ANNEX_II_FILE = `${COSING_DIR}/COSING_Annex_II_v2.txt`;
export const DICTIONARY_PATH = 'lib/knowledge/generated/cosing-dictionary.json';
export const DERIVED_PATH = 'lib/knowledge/generated/cosing-derived.json';
const HAND_FILES = ['exosome', 'related', 'confounders'].map((f) => `lib/knowledge/data/${f}.json`);

/** Bump when the `entries` line format or order changes (2: lines in normalised-key order). */
const FORMAT_VERSION = 2;

/** One merged INCI name with everything the dictionary keeps. */
export interface InventoryName extends CosingName {
  /** CosIng function labels, in first-seen order. */
  labels: string[];
}

export interface Inventory {
  names: InventoryName[];
  rows: number;
  /** Names that had more than one row (merged: union of refs, functions and annex refs). */
  duplicates: string[];
  /** Newest update_date, YYYY-MM-DD: the dataset date. */
  newestUpdate: string;
}

const union = (into: string[], more: readonly string[]) => {
  for (const x of more) if (!into.includes(x)) into.push(x);
};

/** "15/12/2021" → "2021-12-15". */
export function isoDate(ddmmyyyy: string): string {
  const [d, m, y] = ddmmyyyy.split('/');
  if (!d || !m || !y || y.length !== 4) throw new Error(`not a DD/MM/YYYY date: ${ddmmyyyy}`);
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

export function readInventory(csv: string): Inventory {
  const rows = parseCsvObjects(csv);
  const merged = new Map<string, InventoryName>();
  const duplicates: string[] = [];
  let newestUpdate = '';
  for (const row of rows) {
    const name = row.inci_name ?? '';
    const ref = row.cosing_ref_no ?? '';
    if (!name || !/^\d+$/.test(ref)) throw new Error(`bad inventory row: ${JSON.stringify(row)}`);
    if (name.includes('\t') || name.includes('\n')) throw new Error(`name with tab: ${name}`);
    const labels = (row.function ?? '').split(', ').filter((f) => f.length > 0);
    const annexRefs = annexRefsOf(row.restriction ?? '');
    if (row.update_date) {
      const date = isoDate(row.update_date);
      if (date > newestUpdate) newestUpdate = date;
    }
    const description = (row.chem_iupac_name___description ?? '').trim();
    const prior = merged.get(name);
    if (prior) {
      if (prior.refs.length === 1) duplicates.push(name);
      union(prior.refs, [ref]);
      union(prior.labels, labels);
      union(prior.annexRefs, annexRefs);
      if (!prior.description) prior.description = description;
    } else {
      merged.set(name, { name, refs: [ref], labels, annexRefs, description });
    }
  }
  const names = [...merged.values()].sort(byName);
  for (const n of names) n.refs.sort((a, b) => Number(a) - Number(b));
  return { names, rows: rows.length, duplicates: duplicates.sort(), newestUpdate };
}

export interface AnnexII {
  /** "Last update" date of the export, YYYY-MM-DD. */
  date: string;
  entries: Map<string, { name: string; updated: string }>;
}

/** The Annex II export: four preamble lines, then a header row. */
export function readAnnexII(text: string): AnnexII {
  const preamble = parseCsv(text).slice(0, 4);
  const lastUpdate = preamble[1]?.[1] ?? '';
  const prefix = 'Last update: ';
  if (!lastUpdate.startsWith(prefix)) throw new Error(`Annex II preamble: ${lastUpdate}`);
  const entries = new Map<string, { name: string; updated: string }>();
  for (const row of parseCsvObjects(text, 4)) {
    const ref = (row['Reference Number'] ?? '').trim();
    const name = (row['Chemical name / INN'] ?? '').split(/\s+/).join(' ').trim();
    const updated = row['Update Date'] ?? '';
    if (!ref || !name) throw new Error(`bad Annex II row: ${JSON.stringify(row)}`);
    entries.set(ref, { name, updated: updated ? isoDate(updated) : '' });
  }
  return { date: isoDate(lastUpdate.slice(prefix.length)), entries };
}

export interface DictionaryBuild {
  compact: CosingCompact;
  /** II/ refs cited by the inventory that the 2025 export lacks (numbers since withdrawn). */
  missingAnnexII: string[];
}

export function buildDictionary(inv: Inventory, annex: AnnexII): DictionaryBuild {
  const labelSet = new Set<string>();
  for (const n of inv.names) for (const l of n.labels) labelSet.add(l);
  const functions = [...labelSet].sort();
  const unknown = functions.filter((f) => !KNOWN_FUNCTION_LABELS.includes(f));
  if (unknown.length > 0) throw new Error(`function labels without wording: ${unknown.join(', ')}`);
  const fnIndex = new Map(functions.map((f, i) => [f, i]));

  const cited = new Set<string>();
  const lines = byKey(inv.names).map((n) => {
    for (const r of n.annexRefs) if (r.startsWith('II/')) cited.add(r.slice(3));
    const fields = [
      n.name,
      n.labels.map((l) => fnIndex.get(l)).join(','),
      n.refs.join(','),
      n.annexRefs.join(','),
    ];
    while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    return fields.join('\t');
  });

  const annexII: CosingCompact['annexII'] = {};
  const missingAnnexII: string[] = [];
  for (const ref of [...cited].sort(
    (a, b) => parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : 1),
  )) {
    const found = annex.entries.get(ref);
    if (found) annexII[ref] = found;
    else missingAnnexII.push(`II/${ref}`);
  }
  return {
    compact: {
      version: FORMAT_VERSION,
      inventoryDate: inv.newestUpdate,
      annexIIDate: annex.date,
      functions,
      annexII,
      entries: lines.join('\n'),
    },
    missingAnnexII,
  };
}

/**
 * Names in the order of their normalised keys (ties by name): the run-time dictionary finds a
 * name by binary search over that order, without normalising 30,059 names at start-up.
 */
export function byKey<T extends { name: string }>(names: readonly T[]): T[] {
  const keyed = names.map((n) => ({ n, key: normalizeName(n.name) }));
  keyed.sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.n.name < b.n.name ? -1 : a.n.name > b.n.name ? 1 : 0,
  );
  return keyed.map((k) => k.n);
}

/** Normalised names owned by the hand-written entries (read from disk at generation time). */
export function handOwnedNames(repoRoot = '.'): Set<string> {
  const owned = new Set<string>();
  for (const file of HAND_FILES) {
    const entries = JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as Array<{
      name: string;
      names?: LabelName[];
    }>;
    for (const e of entries) {
      for (const n of [e.name, ...(e.names ?? [])]) {
        const key = normalizeName(typeof n === 'string' ? n : n.name);
        if (key) owned.add(key);
      }
    }
  }
  return owned;
}

export interface DerivedBuild {
  derived: Derived;
  skippedOwned: string[];
  skippedSameKey: string[];
}

/** Derives, then validates every entry with the zod schemas (which also fill defaults). */
export function buildDerived(
  inv: Inventory,
  annex: AnnexII,
  owned: ReadonlySet<string>,
): DerivedBuild {
  const wording = (ref: string) => annex.entries.get(ref)?.name ?? `Annex II entry ${ref}`;
  const { exosome, related, confounders, skippedOwned, skippedSameKey } = deriveEntries(
    inv.names,
    owned,
    wording,
  );
  return {
    derived: {
      exosome: exosome.map((e) => ExosomeEntry.parse(e)),
      related: related.map((e) => RelatedEntry.parse(e)),
      confounders: confounders.map((e) => Confounder.parse(e)),
    },
    skippedOwned,
    skippedSameKey,
  };
}

/** Compact: the dictionary is read by code, not people, and its size ships in the extension. */
export const serializeDictionary = (c: CosingCompact): string => `${JSON.stringify(c)}\n`;

/** One entry per line: a regeneration shows up as a readable diff, at a third of the size. */
export function serializeDerived(d: Derived): string {
  const list = (xs: readonly unknown[]) =>
    xs.length === 0 ? '[]' : `[\n${xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  return `{\n  "exosome": ${list(d.exosome)},\n  "related": ${list(d.related)},\n  "confounders": ${list(d.confounders)}\n}\n`;
}

export interface CosingBuild {
  dictionaryJson: string;
  derivedJson: string;
  inventory: Inventory;
  dictionary: DictionaryBuild;
  derived: DerivedBuild;
}

/** Everything from the repo copy of the raw files; writes nothing. */
export function generateCosing(repoRoot = '.'): CosingBuild {
  const inventory = readInventory(readFileSync(join(repoRoot, INVENTORY_FILE), 'utf8'));
  const annex = readAnnexII(readFileSync(join(repoRoot, ANNEX_II_FILE), 'utf8'));
  const dictionary = buildDictionary(inventory, annex);
  const derived = buildDerived(inventory, annex, handOwnedNames(repoRoot));
  return {
    dictionaryJson: serializeDictionary(dictionary.compact),
    derivedJson: serializeDerived(derived.derived),
    inventory,
    dictionary,
    derived,
  };
}

export function sizes(text: string): { raw: number; gzip: number } {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}
