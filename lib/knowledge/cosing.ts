import { normalizeName } from '../text/normalize';
import { describeFunction, readableFunction } from './cosing/functions';

export { annexRefsOf } from './cosing/annex-refs';
export { describeFunction, readableFunction } from './cosing/functions';

/**
 * The CosIng INCI dictionary at run time. `generated/cosing-dictionary.json` (built by
 * `npm run data` from the December 2021 inventory and the December 2025 Annex II export) is
 * one string with a line per INCI name, in the order of the names' normalised keys. Loading it
 * is a single JSON string; a name is found by binary search over that order, normalising only
 * the ~15 lines the search visits, so a cold service worker does no work per name.
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
   * One line per INCI name, in normalised-key order (ties by name):
   * "NAME\tfnIdx,fnIdx\tref[,ref]\tannexRef,annexRef".
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
  /** Every INCI name, in CosIng's upper case, in normalised-key order (the lookup index's ids). */
  names(): readonly string[];
  /** `names()[i]` without building the whole list. */
  nameAt(i: number): string | undefined;
  /** Number of distinct INCI names. */
  readonly size: number;
  readonly inventoryDate: string;
  readonly annexIIDate: string;
}

const NOT_REPORTED = 'NOT REPORTED';

interface Index {
  lines: string[];
  /** Normalised key of each line, filled in as binary searches visit lines. */
  keys: Array<string | undefined>;
}

/** Upper case with single spaces: how CosIng writes names, for choosing among shared keys. */
const cosingSpelling = (name: string): string => name.trim().toUpperCase().split(/\s+/).join(' ');

const nameOf = (line: string): string => {
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
};

export function createCosingDictionary(compact: CosingCompact): CosingDictionary {
  let index: Index | null = null;
  let names: string[] | null = null;

  const build = (): Index => {
    if (index) return index;
    const entries = compact.entries;
    const lines = entries.length > 0 ? entries.split('\n') : [];
    index = { lines, keys: new Array<string | undefined>(lines.length) };
    return index;
  };

  const keyAt = ({ lines, keys }: Index, i: number): string => {
    let key = keys[i];
    if (key === undefined) {
      key = normalizeName(nameOf(lines[i] as string));
      keys[i] = key;
    }
    return key;
  };

  /** Line of the name: the first line with its key, or the line spelt exactly like it. */
  const lineOf = (name: string): number => {
    const key = normalizeName(name);
    if (!key) return -1;
    const idx = build();
    let lo = 0;
    let hi = idx.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keyAt(idx, mid) < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= idx.lines.length || keyAt(idx, lo) !== key) return -1;
    // A few keys are shared ("VITEX AGNUS CASTUS …" and "VITEX AGNUS-CASTUS …"): an exact
    // spelling picks its own line, anything else the first.
    const spelled = cosingSpelling(name);
    for (let i = lo; i < idx.lines.length && keyAt(idx, i) === key; i++) {
      if (nameOf(idx.lines[i] as string) === spelled) return i;
    }
    return lo;
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
    const i = lineOf(name);
    return i < 0 ? null : parse(build().lines[i] as string);
  };

  return {
    lookup: (name) => find(name)?.entry ?? null,
    functionsOf: (name) => find(name)?.labels.map(describeFunction) ?? null,
    names: () => {
      names ??= build().lines.map(nameOf);
      return names;
    },
    nameAt: (i) => {
      const line = build().lines[i];
      return line === undefined ? undefined : nameOf(line);
    },
    get size() {
      return build().lines.length;
    },
    inventoryDate: compact.inventoryDate,
    annexIIDate: compact.annexIIDate,
  };
}
