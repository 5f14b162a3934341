import { normalizeName } from '../text/normalize';
import { describeFunction, readableFunction } from './cosing/functions';

export { annexRefsOf } from './cosing/annex-refs';
export { describeFunction, readableFunction } from './cosing/functions';

/**
 * The CosIng INCI dictionary at run time. `generated/cosing-dictionary.json` (built by
 * `npm run data` from the December 2021 inventory and the December 2025 Annex II export) is
 * one string with a line per INCI name, so loading it is a single JSON string and the lookup
 * Map is built only on first use.
 */

/** The JSON shape written by scripts/data/cosing.ts. */
export interface CosingCompact {
  /** Format version of this file. */
  version: number;
  inventoryDate: string;
  annexIIDate: string;
  /** CosIng function labels, e.g. "SKIN CONDITIONING"; entries refer to them by index. */
  functions: string[];
  /** Annex II wording for the entry numbers the inventory cites: "416" → name, update date. */
  annexII: Record<string, { name: string; updated: string }>;
  /**
   * One line per INCI name, sorted: "NAME\tfnIdx,fnIdx\tref[,ref]\tannexRef,annexRef".
   * Trailing empty fields are left out. Names whose CosIng rows were duplicated carry every
   * ref, lowest first.
   */
  entries: string;
}

export interface AnnexIIEntry {
  /** "II/416" */
  ref: string;
  /** The Annex II wording, e.g. "Cells, tissues or products of human origin". */
  name: string;
  /** Date of the Annex II entry's last update, YYYY-MM-DD. */
  updated: string;
}

export interface CosingEntry {
  /** The INCI name as CosIng writes it (upper case). */
  name: string;
  /** CosIng ref no (the lowest, when the name had several rows). */
  ref: string;
  refs: string[];
  /** Readable functions ("skin conditioning"); CosIng's "NOT REPORTED" is left out. */
  functions: string[];
  /** Annex references from the restriction column, e.g. ["II/416"] or ["V/29"]. */
  annexRefs: string[];
  /** True when any annex reference is to Annex II (prohibited substances). */
  annexII: boolean;
  /** Annex II wording for each II/ reference found in the Annex II export. */
  annexIIEntries: AnnexIIEntry[];
}

export interface CosingDictionary {
  /** The entry for a name in any case, spacing or punctuation; null when CosIng lacks it. */
  lookup(name: string): CosingEntry | null;
  /** One-liners for the name's functions ("humectant: holds water in the skin"), or null. */
  functionsOf(name: string): string[] | null;
  /** Every INCI name, sorted, in CosIng's upper case. */
  names(): readonly string[];
  /** Number of distinct INCI names. */
  readonly size: number;
  readonly inventoryDate: string;
  readonly annexIIDate: string;
}

const NOT_REPORTED = 'NOT REPORTED';

interface Index {
  lines: string[];
  names: string[];
  /** normalised name → line index of the first name (in sorted order) with that key. */
  byKey: Map<string, number>;
  /**
   * The few keys several CosIng names share ("VITEX AGNUS CASTUS …" and "VITEX AGNUS-CASTUS …"):
   * key → every line index, so an exact spelling can pick its own entry.
   */
  shared: Map<string, number[]>;
}

/** Upper case with single spaces: how CosIng writes names, for choosing among shared keys. */
const cosingSpelling = (name: string): string => name.trim().toUpperCase().split(/\s+/).join(' ');

export function createCosingDictionary(compact: CosingCompact): CosingDictionary {
  let index: Index | null = null;

  const build = (): Index => {
    if (index) return index;
    const entries = compact.entries;
    const lines = entries.length > 0 ? entries.split('\n') : [];
    const names: string[] = [];
    const byKey = new Map<string, number>();
    const shared = new Map<string, number[]>();
    lines.forEach((line, i) => {
      const tab = line.indexOf('\t');
      const name = tab < 0 ? line : line.slice(0, tab);
      names.push(name);
      const key = normalizeName(name);
      if (!key) return;
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else shared.set(key, [...(shared.get(key) ?? [first]), i]);
    });
    index = { lines, names, byKey, shared };
    return index;
  };

  const labelsAt = (field: string | undefined): string[] =>
    field
      ? field.split(',').flatMap((i) => {
          const label = compact.functions[Number(i)];
          return label && label !== NOT_REPORTED ? [label] : [];
        })
      : [];

  const parse = (line: string): { entry: CosingEntry; labels: string[] } => {
    const [name = '', fns, refs = '', annex] = line.split('\t');
    const labels = labelsAt(fns);
    const annexRefs = annex ? annex.split(',') : [];
    const refList = refs ? refs.split(',') : [];
    const annexIIEntries = annexRefs.flatMap((ref): AnnexIIEntry[] => {
      if (!ref.startsWith('II/')) return [];
      const found = compact.annexII[ref.slice(3)];
      return found ? [{ ref, name: found.name, updated: found.updated }] : [];
    });
    const entry: CosingEntry = {
      name,
      ref: refList[0] ?? '',
      refs: refList,
      functions: labels.map(readableFunction),
      annexRefs,
      annexII: annexRefs.some((r) => r.startsWith('II/')),
      annexIIEntries,
    };
    return { entry, labels };
  };

  const find = (name: string) => {
    const { lines, names, byKey, shared } = build();
    const key = normalizeName(name);
    let i = byKey.get(key);
    if (i === undefined) return null;
    const candidates = shared.get(key);
    if (candidates) {
      const spelled = cosingSpelling(name);
      i = candidates.find((c) => names[c] === spelled) ?? i;
    }
    return parse(lines[i] as string);
  };

  return {
    lookup: (name) => find(name)?.entry ?? null,
    functionsOf: (name) => find(name)?.labels.map(describeFunction) ?? null,
    names: () => build().names,
    get size() {
      return build().names.length;
    },
    inventoryDate: compact.inventoryDate,
    annexIIDate: compact.annexIIDate,
  };
}
