import { distances, fullOf, prefixOf } from './edit-distance';

/**
 * How far a query is from a name, word by word: typos, a word still being typed, missing or
 * extra spaces, words the name has and the query lacks, and word order. Both sides are
 * normalised keys split on spaces. Lower is closer; 0 is the same words in the same order.
 */

export const COST = {
  /** The query word is the start of the name's word ("niacinamid"). */
  prefix: 0.5,
  /** A space missing or added ("stemcell", "hexa peptide"). */
  space: 0.3,
  /** A query word the name does not have. */
  unmatched: 2,
  /** A word the name has and the query does not: longer names rank below shorter ones. */
  extraWord: 0.15,
  /** A pair of matched words in the other order. */
  order: 0.2,
} as const;

/** Name words compared one by one; the rest of a very long name only counts as extra words. */
const MAX_NAME_WORDS = 40;

const hasDigit = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};

/** Only digits: a number being typed. */
export const isNumber = (word: string): boolean => word.length > 0 && !/\D/.test(word);

/**
 * Edits allowed in a word: none up to two characters, one up to six, two from seven ("two
 * edits in long words"). Words with digits allow none: PEG-40 is not PEG-45, nor CI 77491
 * CI 77492.
 */
export function maxEdits(word: string): number {
  if (word.length <= 2 || hasDigit(word)) return 0;
  return word.length <= 6 ? 1 : 2;
}

/** Cost of reading query word `q` as name word `t`; Infinity when too far apart. */
export function wordCost(q: string, t: string): number {
  if (q === t) return 0;
  const edits = maxEdits(q);
  const packed = distances(q, t, edits);
  let best = fullOf(packed) <= edits ? fullOf(packed) : Number.POSITIVE_INFINITY;
  // A prefix needs three characters, and typos inside it five: "ce" is the start of too much.
  // A number may be unfinished at any length ("CI 77" for CI 77491).
  if (t.length > q.length && (q.length >= 3 || isNumber(q))) {
    const p = prefixOf(packed);
    if (p === 0 || (p <= edits && q.length >= 5)) best = Math.min(best, p + COST.prefix);
  }
  return best;
}

interface Pairing {
  cost: number;
  /** First and last query word covered. */
  q0: number;
  q1: number;
  /** First and last name word covered. */
  t0: number;
  t1: number;
}

/** Score of the name `t` for the query `q` (lower is closer), or Infinity when it is no match. */
export function scoreName(q: readonly string[], t: readonly string[]): number {
  const m = q.length;
  const n = Math.min(t.length, MAX_NAME_WORDS);
  if (m === 0 || n === 0) return Number.POSITIVE_INFINITY;
  const pairings: Pairing[] = [];
  const add = (cost: number, q0: number, q1: number, t0: number, t1: number) => {
    if (cost < Number.POSITIVE_INFINITY) pairings.push({ cost, q0, q1, t0, t1 });
  };
  for (let i = 0; i < m; i++) {
    const qi = q[i] as string;
    for (let j = 0; j < n; j++) {
      const tj = t[j] as string;
      add(wordCost(qi, tj), i, i, j, j);
      // "stemcell" for "stem cell"; "hexa peptide" for "hexapeptide".
      if (j + 1 < n && qi.length >= 5)
        add(wordCost(qi, tj + t[j + 1]) + COST.space, i, i, j, j + 1);
      if (i + 1 < m) add(wordCost(qi + q[i + 1], tj) + COST.space, i, i + 1, j, j);
    }
  }
  // Greedy: cheapest pairings first, the wider one first at equal cost.
  pairings.sort(
    (a, b) =>
      a.cost - b.cost ||
      b.q1 - b.q0 + b.t1 - b.t0 - (a.q1 - a.q0 + a.t1 - a.t0) ||
      a.q0 - b.q0 ||
      a.t0 - b.t0,
  );
  const usedQ = new Uint8Array(m);
  const usedT = new Uint8Array(n);
  const kept: Pairing[] = [];
  let cost = 0;
  for (const p of pairings) {
    if (usedQ[p.q0] || usedQ[p.q1] || usedT[p.t0] || usedT[p.t1]) continue;
    usedQ[p.q0] = 1;
    usedQ[p.q1] = 1;
    usedT[p.t0] = 1;
    usedT[p.t1] = 1;
    kept.push(p);
    cost += p.cost;
  }
  let queryChars = 0;
  let matchedChars = 0;
  let unmatched = 0;
  for (let i = 0; i < m; i++) {
    queryChars += (q[i] as string).length;
    if (usedQ[i]) matchedChars += (q[i] as string).length;
    else unmatched++;
  }
  // At least half of what was typed must be found.
  if (matchedChars * 2 < queryChars) return joinedScore(q, t);
  let coveredT = 0;
  for (let j = 0; j < n; j++) coveredT += usedT[j] as number;
  kept.sort((a, b) => a.q0 - b.q0);
  let inversions = 0;
  for (let a = 0; a < kept.length; a++) {
    for (let b = a + 1; b < kept.length; b++) {
      if ((kept[a] as Pairing).t0 > (kept[b] as Pairing).t0) inversions++;
    }
  }
  const score =
    cost +
    unmatched * COST.unmatched +
    (t.length - coveredT) * COST.extraWord +
    inversions * COST.order;
  return Math.min(score, joinedScore(q, t));
}

/** The whole query against the whole name with spaces ignored ("acetylhexapeptide8"). */
function joinedScore(q: readonly string[], t: readonly string[]): number {
  if (q.length === t.length) return Number.POSITIVE_INFINITY; // word by word already did it
  const qj = q.join('');
  if (qj.length < 6) return Number.POSITIVE_INFINITY;
  const tj = t.join('');
  const edits = maxEdits(qj);
  const full = fullOf(distances(qj, tj, edits));
  return full <= edits ? full + COST.space : Number.POSITIVE_INFINITY;
}
