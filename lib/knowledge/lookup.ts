import { labelNameText } from '../detect/lexicon';
import { normalizeName } from '../text/normalize';
import type { CosingEntry } from './cosing';
import type { Knowledge } from './index';
import { NameSearch } from './name-search';
import type { ClaimTerm, EntryKind, LabelName } from './schema';
import { TokenIndex } from './token-index';

/**
 * Offline, typo-tolerant lookup for the popup and the CLI: every knowledge entry's names (all
 * languages), every claim term, and, once loaded, every CosIng INCI name. Names are compared
 * in the form the matcher normalises labels to, word by word (lib/knowledge/name-match.ts),
 * over a word index: precomputed for CosIng (generated/cosing-lookup.json), built on first
 * use for the ~1,600 knowledge names.
 */

export type LookupTarget =
  | { kind: 'entry'; entryId: string; entryKind: EntryKind }
  | { kind: 'claim'; claimId: string; concept: ClaimTerm['concept'] }
  | { kind: 'cosing'; name: string };

export interface LookupResult {
  target: LookupTarget;
  /** Display name: the entry's name, the claim term, or the INCI name. */
  title: string;
  /** The name that matched, as written in the data. */
  matched: string;
  /** Language of the matched name when it is not English/INCI. */
  lang?: string;
  /** 0 = exact; each typo adds about 1, each word the name has and the query lacks 0.15. */
  score: number;
  /** For CosIng results: what the inventory says about the name. */
  cosing?: CosingEntry;
}

/** What the lookup needs from the CosIng dictionary. */
export interface CosingNames {
  names(): readonly string[];
  lookup(name: string): CosingEntry | null;
  /**
   * The word index built by `npm run data` over the same names (ids = positions in `names()`),
   * with a way to read one name without building the list; built from `names()` when absent.
   */
  precomputed?: { index: TokenIndex; size: number; nameAt(i: number): string | undefined };
}

export interface Lookup {
  /** Knowledge entries and claim terms only; synchronous. */
  search(query: string, limit?: number): LookupResult[];
  /** Also CosIng names; loads the dictionary on first call. */
  searchAll(query: string, limit?: number): Promise<LookupResult[]>;
}

interface Row {
  key: string;
  words: readonly string[];
  matched: string;
  lang?: string;
  target: LookupTarget;
  title: string;
}

interface Hit {
  row: Row;
  score: number;
  /** Knowledge rows in data order, then CosIng names: the last tie-break. */
  order: number;
}

/**
 * Subtracted from a hit's score when ranking: an exosome-type entry, then the other
 * knowledge entries and claim words, win over a CosIng name that is about as close.
 */
const BONUS = { exosome: 0.3, entry: 0.2, claim: 0.2, cosing: 0 } as const;

/** Knowledge entries first, claims next, CosIng last when scores tie. */
const RANK: Record<LookupTarget['kind'], number> = { entry: 0, claim: 1, cosing: 2 };

/** Query words looked at; labels longer than this are not one name. */
const MAX_QUERY_WORDS = 12;

interface CosingSide {
  search: NameSearch;
  nameAt: (i: number) => string | undefined;
  dict: CosingNames;
  words: (doc: number) => readonly string[];
}

export function createLookup(
  knowledge: Knowledge,
  loadDictionary?: () => Promise<CosingNames>,
): Lookup {
  let knowledgeIndex: { rows: Row[]; search: NameSearch; keys: Set<string> } | null = null;
  let cosingIndex: Promise<CosingSide> | null = null;

  const knowledgeSide = () => {
    if (!knowledgeIndex) {
      const rows = knowledgeRows(knowledge);
      const index = TokenIndex.fromKeys(rows.map((r) => r.key));
      knowledgeIndex = {
        rows,
        search: new NameSearch(index, (doc) => (rows[doc] as Row).words),
        keys: new Set(rows.map((r) => r.key)),
      };
    }
    return knowledgeIndex;
  };

  const cosingSide = () => {
    if (!loadDictionary) return null;
    cosingIndex ??= loadDictionary().then((dict) => cosingSearch(dict));
    cosingIndex.catch(() => {
      cosingIndex = null;
    });
    return cosingIndex;
  };

  function knowledgeHits(words: readonly string[], limit: number): Hit[] {
    const own = knowledgeSide();
    return own.search.search(words, limit).map(({ doc, score }) => ({
      row: own.rows[doc] as Row,
      score,
      order: doc,
    }));
  }

  function search(query: string, limit = 10): LookupResult[] {
    const words = prepare(query);
    if (words.length === 0) return [];
    return rank(knowledgeHits(words, limit * 3), limit);
  }

  async function searchAll(query: string, limit = 10): Promise<LookupResult[]> {
    const words = prepare(query);
    if (words.length === 0) return [];
    const hits = knowledgeHits(words, limit * 3);
    const pending = cosingSide();
    if (!pending) return rank(hits, limit);
    const side = await pending;
    const own = knowledgeSide();
    const base = own.rows.length;
    for (const { doc, score } of side.search.search(words, limit * 3)) {
      const key = side.words(doc).join(' ');
      // A CosIng name the knowledge module already owns adds nothing but a duplicate.
      if (own.keys.has(key)) continue;
      const name = side.nameAt(doc) ?? '';
      const row: Row = {
        key,
        words: side.words(doc),
        matched: name,
        title: name,
        target: { kind: 'cosing', name },
      };
      hits.push({ row, score, order: base + doc });
    }
    return rank(hits, limit).map((r) => {
      if (r.target.kind !== 'cosing') return r;
      const hit = side.dict.lookup(r.target.name);
      return hit ? { ...r, cosing: hit } : r;
    });
  }

  return { search, searchAll };
}

function cosingSearch(dict: CosingNames): CosingSide {
  let index: TokenIndex;
  let nameAt: (i: number) => string | undefined;
  if (dict.precomputed) {
    ({ index, nameAt } = dict.precomputed);
    if (index.docs !== dict.precomputed.size) {
      throw new Error(
        `CosIng lookup index has ${index.docs} names, the dictionary ${dict.precomputed.size}`,
      );
    }
  } else {
    const names = dict.names();
    index = TokenIndex.fromKeys(names.map(normalizeName));
    nameAt = (i) => names[i];
  }
  // Only the shortlisted names are ever split into words, so they are split on demand.
  const cache = new Map<number, readonly string[]>();
  const words = (doc: number) => {
    let w = cache.get(doc);
    if (!w) {
      w = normalizeName(nameAt(doc) ?? '').split(' ');
      cache.set(doc, w);
    }
    return w;
  };
  return { search: new NameSearch(index, words), nameAt, dict, words };
}

/** Normalised query words; long input is cut (a pasted list is not one name). */
function prepare(query: string): string[] {
  return normalizeName(query.slice(0, 160))
    .slice(0, 120)
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, MAX_QUERY_WORDS);
}

function bonusOf(t: LookupTarget): number {
  if (t.kind === 'entry') return t.entryKind === 'exosome' ? BONUS.exosome : BONUS.entry;
  return t.kind === 'claim' ? BONUS.claim : BONUS.cosing;
}

function rank(hits: readonly Hit[], limit: number): LookupResult[] {
  const best = new Map<string, { result: LookupResult; adjusted: number; order: number }>();
  for (const { row, score, order } of hits) {
    const adjusted = score - bonusOf(row.target);
    const id = targetId(row.target);
    const prev = best.get(id);
    if (prev && (prev.adjusted < adjusted || (prev.adjusted === adjusted && prev.order < order)))
      continue;
    best.set(id, {
      result: {
        target: row.target,
        title: row.title,
        matched: row.matched,
        ...(row.lang ? { lang: row.lang } : {}),
        score,
      },
      adjusted,
      order,
    });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.adjusted - b.adjusted ||
        RANK[a.result.target.kind] - RANK[b.result.target.kind] ||
        a.result.title.length - b.result.title.length ||
        (a.result.title < b.result.title ? -1 : a.result.title > b.result.title ? 1 : 0) ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map((b) => b.result);
}

function targetId(t: LookupTarget): string {
  if (t.kind === 'entry') return `e:${t.entryId}`;
  if (t.kind === 'claim') return `c:${t.claimId}`;
  return `i:${t.name}`;
}

function knowledgeRows(knowledge: Knowledge): Row[] {
  const rows: Row[] = [];
  const { exosome, related, confounders, claims } = knowledge.data;
  for (const e of [...exosome, ...related, ...confounders]) {
    const target: LookupTarget = { kind: 'entry', entryId: e.id, entryKind: e.kind };
    for (const n of [e.name, ...e.names] as LabelName[]) {
      const matched = labelNameText(n);
      const key = normalizeName(matched);
      if (!key) continue;
      const lang = typeof n === 'string' ? undefined : n.lang;
      const words = key.split(' ');
      rows.push({ key, words, matched, title: e.name, target, ...(lang ? { lang } : {}) });
    }
  }
  for (const c of claims) {
    const key = normalizeName(c.term);
    if (!key) continue;
    rows.push({
      key,
      words: key.split(' '),
      matched: c.term,
      title: c.term,
      lang: c.lang,
      target: { kind: 'claim', claimId: c.id, concept: c.concept },
    });
  }
  return rows;
}
