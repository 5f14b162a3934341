import { MAX_COMPARED } from './edit-distance';
import { COST } from './name-match';

/**
 * The words of a sorted vocabulary within `edits` of a query word, as a walk down the trie
 * the sorted list implies: neighbours share prefixes, so the edit-distance row for a shared
 * prefix is computed once, and a prefix already more than `edits` away rules out every word
 * that starts with it in one step. Gives exactly what `wordCost` gives word by word, at a
 * small fraction of the cells (a query word typically visits a few hundred prefixes of 12,000
 * words).
 */

export interface WordMatch {
  /** Position in the vocabulary. */
  word: number;
  cost: number;
}

// rows[d] holds D[d][0..m]: distances from the vocabulary word's first d characters to the
// query's first j, capped at edits + 1. endAt[d] is D[d][m]; prefixBest[d] the smallest
// D[d'][m] for d' <= d (the query against the word's closest prefix so far).
const rows: Int32Array[] = Array.from(
  { length: MAX_COMPARED + 2 },
  () => new Int32Array(MAX_COMPARED + 2),
);
const prefixBest = new Int32Array(MAX_COMPARED + 2);
const endAt = new Int32Array(MAX_COMPARED + 2);

/**
 * For each word, how many leading characters it shares with the word before it (capped at
 * 255): where the walk resumes, and how far a ruled-out prefix reaches, without comparing
 * strings.
 */
export function sharedPrefixes(vocab: readonly string[]): Uint8Array {
  const shared = new Uint8Array(vocab.length);
  for (let i = 1; i < vocab.length; i++) {
    const a = vocab[i - 1] as string;
    const b = vocab[i] as string;
    const n = Math.min(a.length, b.length, 255);
    let k = 0;
    while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
    shared[i] = k;
  }
  return shared;
}

export function similarWords(
  vocab: readonly string[],
  shared: Uint8Array,
  q: string,
  edits: number,
): WordMatch[] {
  const out: WordMatch[] = [];
  const m = q.length;
  if (m === 0 || m > MAX_COMPARED) return out;
  const cap = edits + 1;
  const top = rows[0] as Int32Array;
  for (let j = 0; j <= m; j++) top[j] = Math.min(j, cap);
  prefixBest[0] = Math.min(m, cap);
  let valid = 0; // rows[0..valid] hold the prefix of the last word walked
  let i = 0;
  while (i < vocab.length) {
    const w = vocab[i] as string;
    // Rows for the prefix this word shares with the last one walked are already there (a
    // skipped run shares at least as much with it, so shared[i] is that length).
    const depth = i === 0 ? 0 : Math.min(valid, shared[i] as number);
    const n = Math.min(w.length, MAX_COMPARED);
    let pruned = -1;
    for (let d = depth + 1; d <= n; d++) {
      const row = rows[d] as Int32Array;
      const up = rows[d - 1] as Int32Array;
      const c = w.charCodeAt(d - 1);
      // Only the band |d - j| <= edits can stay within `edits`; its edges are set to `cap`.
      const lo = Math.max(1, d - edits);
      const hi = Math.min(m, d + edits);
      row[0] = Math.min(d, cap);
      if (lo > 1) row[lo - 1] = cap;
      if (hi < m) row[hi + 1] = cap;
      let rowMin = row[0] as number;
      for (let j = lo; j <= hi; j++) {
        const qc = q.charCodeAt(j - 1);
        let v = Math.min((up[j - 1] as number) + (qc === c ? 0 : 1), (up[j] as number) + 1);
        v = Math.min(v, (row[j - 1] as number) + 1);
        if (d > 1 && j > 1 && qc === w.charCodeAt(d - 2) && q.charCodeAt(j - 2) === c) {
          v = Math.min(v, ((rows[d - 2] as Int32Array)[j - 2] as number) + 1);
        }
        row[j] = v;
        if (v < rowMin) rowMin = v;
      }
      const atEnd = m >= lo && hi === m ? (row[m] as number) : cap;
      prefixBest[d] = Math.min(prefixBest[d - 1] as number, atEnd);
      endAt[d] = atEnd;
      if (rowMin > edits) {
        pruned = d;
        break;
      }
    }
    if (pruned < 0) {
      // The whole word was walked; one longer than compared matches only exactly or as a prefix.
      const long = w.length > MAX_COMPARED;
      const full = long ? cap : (endAt[n] as number);
      const prefix = long ? (w.startsWith(q) ? 0 : cap) : (prefixBest[n] as number);
      const cost = costOf(q, w, full, prefix, edits);
      if (cost < Number.POSITIVE_INFINITY) out.push({ word: i, cost });
      valid = n;
      i++;
      continue;
    }
    // No word starting with w[0, pruned) is within `edits` in full; a prefix of them may be.
    // They are w and the words after it sharing at least `pruned` characters.
    const best = prefixBest[pruned - 1] as number;
    const allowed = prefixAllowed(q, best, edits);
    do {
      if (allowed) {
        const cost = costOf(q, vocab[i] as string, cap, best, edits);
        if (cost < Number.POSITIVE_INFINITY) out.push({ word: i, cost });
      }
      i++;
    } while (i < vocab.length && (shared[i] as number) >= pruned);
    valid = pruned - 1;
  }
  return out;
}

/** Whether a word may match as the start of a longer one (the rule in `wordCost`). */
const prefixAllowed = (q: string, prefix: number, edits: number): boolean =>
  q.length >= 3 && (prefix === 0 || (prefix <= edits && q.length >= 5));

/** `wordCost`'s rule, from the distance to the whole word and to its closest prefix. */
function costOf(q: string, t: string, full: number, prefix: number, edits: number): number {
  if (q === t) return 0;
  let best = full <= edits ? full : Number.POSITIVE_INFINITY;
  if (
    t.length > q.length &&
    q.length >= 3 &&
    (prefix === 0 || (prefix <= edits && q.length >= 5))
  ) {
    best = Math.min(best, prefix + COST.prefix);
  }
  return best;
}
