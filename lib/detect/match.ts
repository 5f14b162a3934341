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

/**
 * Matches ingredient names against a lexicon. Built once per lexicon; `match` is called per
 * candidate name. Order: exact normalised name → sh-/rh-/Human prefix family → one-edit
 * fuzzy match (names of 8+ characters, digits identical, unambiguous) → patterns for
 * unlisted exosome and human conditioned-media names.
 */
export class Matcher {
  private readonly lex: Lexicon;
  private deletions: Map<string, Set<string>> | null = null;
  private readonly genericExosome: number | undefined;
  private readonly genericHumanCm: number | undefined;

  constructor(lex: Lexicon) {
    this.lex = lex;
    this.genericExosome = lex.names.exosomes ?? lex.names.exosome;
    this.genericHumanCm = lex.names['human stem cell conditioned media'];
  }

  /** Tries each candidate (best first) and returns the first match. */
  matchCandidates(candidates: readonly string[]): Match | null {
    for (const c of candidates) {
      const m = this.matchExact(normalizeName(c));
      if (m) return m;
    }
    for (const c of candidates) {
      const m = this.matchLoose(normalizeName(c));
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
    if (key.length < FUZZY_MIN_LENGTH) return null;
    const index = this.deletionIndex();
    const digits = digitsOf(key);
    const hits = new Set<number>();
    for (const variant of [key, ...deletionsOf(key)]) {
      for (const name of index.get(variant) ?? []) {
        // Digits must agree: "polypeptide 1" must never become "11".
        if (digitsOf(name) !== digits || !withinOneEdit(name, key)) continue;
        const i = this.lex.names[name];
        if (i !== undefined) hits.add(i);
      }
    }
    if (hits.size !== 1) return null;
    const [only] = hits;
    return only === undefined ? null : this.result(only, 'fuzzy');
  }

  private pattern(key: string): Match | null {
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

  /**
   * Symmetric-delete index over lexicon names (each name and its one-deletion variants → the
   * names), built on the first fuzzy lookup, so a typo costs a few map lookups, not a scan.
   */
  private deletionIndex(): Map<string, Set<string>> {
    if (this.deletions) return this.deletions;
    const index = new Map<string, Set<string>>();
    const put = (k: string, name: string) => {
      const s = index.get(k);
      if (s) s.add(name);
      else index.set(k, new Set([name]));
    };
    for (const name of Object.keys(this.lex.names)) {
      if (name.length < FUZZY_MIN_LENGTH) continue;
      put(name, name);
      for (const d of deletionsOf(name)) put(d, name);
    }
    this.deletions = index;
    return index;
  }
}

function deletionsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
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
