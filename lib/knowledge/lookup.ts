import Fuse from 'fuse.js/basic';
import { labelNameText } from '../detect/lexicon';
import { normalizeName } from '../text/normalize';
import type { CosingEntry } from './cosing';
import type { Knowledge } from './index';
import type { ClaimTerm, EntryKind, LabelName } from './schema';
import { TrigramIndex } from './trigram';

/**
 * Offline, typo-tolerant lookup for the popup: every knowledge entry's names (all languages),
 * every claim term, and, once loaded, every CosIng INCI name. Names are normalised the same
 * way the matcher normalises labels, then searched with fuse.js over that form.
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
  /** 0 = exact; up to 1 = barely similar. */
  score: number;
  /** For CosIng results: what the inventory says about the name. */
  cosing?: CosingEntry;
}

/** What the lookup needs from the CosIng dictionary. */
export interface CosingNames {
  names(): readonly string[];
  lookup(name: string): CosingEntry | null;
}

export interface Lookup {
  /** Knowledge entries and claim terms only; synchronous. */
  search(query: string, limit?: number): LookupResult[];
  /** Also CosIng names; loads the dictionary on first call. */
  searchAll(query: string, limit?: number): Promise<LookupResult[]>;
}

interface Row {
  key: string;
  matched: string;
  lang?: string;
  target: LookupTarget;
  title: string;
}

const FUSE_OPTIONS = {
  keys: ['key'],
  includeScore: true,
  ignoreLocation: true,
  // Field-length norms punish long INCI names even for near-exact matches; length breaks ties instead.
  ignoreFieldNorm: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** CosIng names passed from the trigram prefilter to fuse for scoring. */
const COSING_CANDIDATES = 400;

/** Knowledge entries first, claims next, CosIng last when scores tie. */
const RANK: Record<LookupTarget['kind'], number> = { entry: 0, claim: 1, cosing: 2 };

export function createLookup(
  knowledge: Knowledge,
  loadDictionary?: () => Promise<CosingNames>,
): Lookup {
  let knowledgeIndex: { fuse: Fuse<Row>; keys: Set<string> } | null = null;
  let cosingIndex: Promise<{ rows: Row[]; grams: TrigramIndex; dict: CosingNames }> | null = null;

  const knowledgeSide = () => {
    if (!knowledgeIndex) {
      const rows = knowledgeRows(knowledge);
      knowledgeIndex = {
        fuse: new Fuse(rows, FUSE_OPTIONS),
        keys: new Set(rows.map((r) => r.key)),
      };
    }
    return knowledgeIndex;
  };

  const cosingSide = () => {
    if (!loadDictionary) return null;
    cosingIndex ??= loadDictionary().then((dict) => {
      const rows: Row[] = [];
      for (const name of dict.names()) {
        const key = normalizeName(name);
        if (key) rows.push({ key, matched: name, title: name, target: { kind: 'cosing', name } });
      }
      return { rows, grams: new TrigramIndex(rows.map((r) => r.key)), dict };
    });
    cosingIndex.catch(() => {
      cosingIndex = null;
    });
    return cosingIndex;
  };

  function search(query: string, limit = 10): LookupResult[] {
    const q = prepare(query);
    if (!q) return [];
    return rank(q, knowledgeSide().fuse.search(q), limit);
  }

  async function searchAll(query: string, limit = 10): Promise<LookupResult[]> {
    const q = prepare(query);
    if (!q) return [];
    const own = knowledgeSide();
    const hits = own.fuse.search(q);
    const pending = cosingSide();
    if (!pending) return rank(q, hits, limit);
    const { rows, grams, dict } = await pending;
    const candidates = grams.candidates(q, COSING_CANDIDATES).map((i) => rows[i] as Row);
    // A CosIng name the knowledge module already owns adds nothing but a duplicate.
    for (const hit of new Fuse(candidates, FUSE_OPTIONS).search(q)) {
      if (!own.keys.has(hit.item.key)) hits.push(hit);
    }
    return rank(q, hits, limit).map((r) => {
      if (r.target.kind !== 'cosing') return r;
      const hit = dict.lookup(r.target.name);
      return hit ? { ...r, cosing: hit } : r;
    });
  }

  return { search, searchAll };
}

/** Fuse's bitap works on 32-character chunks; labels longer than ~120 are not names. */
function prepare(query: string): string {
  return normalizeName(query.slice(0, 160)).slice(0, 120);
}

function rank(
  query: string,
  hits: ReadonlyArray<{ item: Row; score?: number }>,
  limit: number,
): LookupResult[] {
  const best = new Map<string, LookupResult>();
  for (const { item, score = 1 } of hits) {
    // Exact and prefix matches first: fuse scores a substring hit in a long name as 0 too.
    const adjusted = item.key === query ? 0 : score + (item.key.startsWith(query) ? 0.001 : 0.002);
    const id = targetId(item.target);
    const prev = best.get(id);
    if (prev && prev.score <= adjusted) continue;
    best.set(id, {
      target: item.target,
      title: item.title,
      matched: item.matched,
      ...(item.lang ? { lang: item.lang } : {}),
      score: adjusted,
    });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.score - b.score ||
        RANK[a.target.kind] - RANK[b.target.kind] ||
        a.title.length - b.title.length ||
        a.title.localeCompare(b.title),
    )
    .slice(0, limit);
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
      rows.push({ key, matched, title: e.name, target, ...(lang ? { lang } : {}) });
    }
  }
  for (const c of claims) {
    const key = normalizeName(c.term);
    if (!key) continue;
    rows.push({
      key,
      matched: c.term,
      title: c.term,
      lang: c.lang,
      target: { kind: 'claim', claimId: c.id, concept: c.concept },
    });
  }
  return rows;
}
