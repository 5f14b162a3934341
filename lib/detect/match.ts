import { normalizeName } from '../text/normalize';
import type { Lexicon, LexKind } from './lexicon';

export interface Match {
  entryId: string;
  kind: LexKind;
  /** sourceClass for exosome/related entries, class for confounders. */
  extra: string;
  /** Cell or organism source, for exosome entries. */
  detail: string | null;
  /** How it matched, for debugging and tests. */
  via: 'exact' | 'prefix-family' | 'fuzzy' | 'pattern';
}

/** Growth-factor name families: sh- (synthetic human), rh- (recombinant human), Human. */
const GF_PREFIXES = ['sh', 'rh', 'human'];
const FUZZY_MIN_LENGTH = 8;
/** Longer keys are not looked up fuzzily: no INCI name is anywhere near this long (the
 * longest lexicon name has 127 characters), and the lookup stays linear in the key. */
const FUZZY_MAX_LENGTH = 200;

/**
 * Matches ingredient names against a lexicon. Built once per lexicon; `match` is called per
 * candidate name. Order: exact normalised name → sh-/rh-/Human prefix family → one-edit
 * fuzzy match (names of 8+ characters, digits identical, unambiguous) → patterns for
 * unlisted exosome and human conditioned-media names.
 */
export class Matcher {
  private readonly lex: Lexicon;
  private affixes: Map<string, number[]> | null = null;
  private byEntry: string[][] | null = null;
  private readonly genericExosome: number | undefined;
  private readonly genericHumanCm: number | undefined;

  constructor(lex: Lexicon) {
    this.lex = lex;
    this.genericExosome = lex.names.exosomes ?? lex.names.exosome;
    this.genericHumanCm = lex.names['human stem cell conditioned media'];
  }

  /** Tries each candidate (best first) and returns the first match. */
  matchCandidates(candidates: readonly string[]): Match | null {
    const keys = candidates.map(normalizeName); // once each, for both passes
    for (const key of keys) {
      const m = this.matchExact(key);
      if (m) return m;
    }
    for (const key of keys) {
      const m = this.matchLoose(key);
      if (m) return m;
    }
    return null;
  }

  match(name: string): Match | null {
    const key = normalizeName(name);
    return this.matchExact(key) ?? this.matchLoose(key);
  }

  private matchExact(key: string): Match | null {
    if (!key) return null;
    const i = this.lex.names[key];
    return i === undefined ? null : this.result(i, 'exact');
  }

  private matchLoose(key: string): Match | null {
    if (!key) return null;
    return this.prefixFamily(key) ?? this.fuzzy(key) ?? this.pattern(key);
  }

  private result(index: number, via: Match['via']): Match | null {
    const e = this.lex.entries[index];
    return e ? { entryId: e[0], kind: e[1], extra: e[2], detail: e[3] ?? null, via } : null;
  }

  /** "rh oligopeptide 1" ↔ "sh oligopeptide 1" ↔ "human oligopeptide 1"; "rice sh oligopeptide 1". */
  private prefixFamily(key: string): Match | null {
    if (!key.includes('peptide')) return null;
    const words = key.split(' ');
    const start = words.findIndex((w) => GF_PREFIXES.includes(w));
    if (start < 0 || start > 1) return null;
    const rest = words.slice(start + 1).join(' ');
    if (!/^(?:oligo|poly)peptide \d+$/.test(rest)) return null;
    for (const p of GF_PREFIXES) {
      const i = this.lex.names[`${p} ${rest}`];
      if (i !== undefined) return this.result(i, 'prefix-family');
    }
    return null;
  }

  private fuzzy(key: string): Match | null {
    if (key.length < FUZZY_MIN_LENGTH || key.length > FUZZY_MAX_LENGTH) return null;
    const index = this.affixIndex();
    const found = new Set<number>();
    for (const k of affixKeys(key)) {
      const list = index.get(k);
      if (list) for (const i of list) found.add(i);
    }
    if (found.size === 0) return null;
    // Keep only lexicon names whose digits agree: "polypeptide 1" must never become "11".
    const digits = digitsOf(key);
    const hits = new Set<number>();
    const names = this.namesByEntry();
    for (const i of found) {
      for (const name of names[i] ?? []) {
        if (digitsOf(name) === digits && withinOneEdit(name, key)) hits.add(i);
      }
    }
    if (hits.size !== 1) return null;
    const [only] = hits;
    return only === undefined ? null : this.result(only, 'fuzzy');
  }

  private pattern(key: string): Match | null {
    if (!key.includes('exosome') && !key.includes('human')) return null;
    const words = new Set(key.split(' '));
    if ((words.has('exosome') || words.has('exosomes')) && this.genericExosome !== undefined) {
      return this.result(this.genericExosome, 'pattern');
    }
    if (
      words.has('human') &&
      words.has('conditioned') &&
      (words.has('media') || words.has('medium'))
    ) {
      if (this.genericHumanCm !== undefined) return this.result(this.genericHumanCm, 'pattern');
    }
    return null;
  }

  /** Builds the fuzzy index now rather than on the first fuzzy lookup (it takes about 1 ms). */
  prepare(): void {
    this.affixIndex();
    this.namesByEntry();
  }

  /** Lexicon names per entry index. */
  private namesByEntry(): string[][] {
    if (this.byEntry) return this.byEntry;
    const out: string[][] = [];
    for (const [name, i] of Object.entries(this.lex.names)) {
      const list = out[i];
      if (list) list.push(name);
      else out[i] = [name];
    }
    this.byEntry = out;
    return out;
  }

  /**
   * Fuzzy candidates: every lexicon name of 8+ characters under its first and its last
   * AFFIX characters, each with its length. One edit (insertion, deletion, substitution or
   * adjacent swap) of a name that long cannot touch both ends, so a name within one edit of a
   * key shares the key's prefix or suffix at a length within one of the key's: six lookups
   * per key find every such name (and few others; withinOneEdit decides).
   */
  private affixIndex(): Map<string, number[]> {
    if (this.affixes) return this.affixes;
    const index = new Map<string, number[]>();
    const put = (k: string, i: number) => {
      const list = index.get(k);
      if (!list) index.set(k, [i]);
      else if (!list.includes(i)) list.push(i);
    };
    for (const [name, i] of Object.entries(this.lex.names)) {
      if (name.length < FUZZY_MIN_LENGTH) continue;
      put(`<${name.length}|${name.slice(0, AFFIX)}`, i);
      put(`>${name.length}|${name.slice(-AFFIX)}`, i);
    }
    this.affixes = index;
    return index;
  }
}

const AFFIX = 3;

/** The index keys a name within one edit of `key` can sit under. */
function affixKeys(key: string): string[] {
  const head = key.slice(0, AFFIX);
  const tail = key.slice(-AFFIX);
  const out: string[] = [];
  for (let len = key.length - 1; len <= key.length + 1; len++) {
    out.push(`<${len}|${head}`, `>${len}|${tail}`);
  }
  return out;
}

function digitsOf(s: string): string {
  let d = '';
  for (const ch of s) if (ch >= '0' && ch <= '9') d += ch;
  return d;
}

/** Levenshtein distance ≤ 1, or one adjacent transposition. Linear. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
