import { COST, isNumber, maxEdits, scoreName } from './name-match';
import type { TokenIndex } from './token-index';
import { sharedPrefixes, similarWords } from './vocab-scan';

/**
 * Typo-tolerant search over the names of a TokenIndex. Each query word is compared with the
 * vocabulary (a few thousand to 12,000 words, most rejected after a character or two); the
 * names holding the matching words are tallied; the best-tallied few are scored in full by
 * `scoreName`. No name is touched unless it shares a word, or most of one, with the query.
 */

export interface NameHit {
  /** Name id in the index. */
  doc: number;
  /** `scoreName` of the name: 0 is exact. */
  score: number;
}

/** Names scored in full per query: the best this many by the tally. */
const SHORTLIST = 40;

/** Probes per query (a word split into pieces counts each piece): bounded work, and tallies fit a byte. */
const MAX_PROBES = 32;

export class NameSearch {
  private readonly count: Uint8Array;
  private readonly sum: Float32Array;
  private readonly lastWord: Int16Array;
  private readonly shared: Uint8Array;

  constructor(
    private readonly index: TokenIndex,
    /** The normalised words of name `doc`, as `scoreName` reads them. */
    private readonly wordsOf: (doc: number) => readonly string[],
  ) {
    this.count = new Uint8Array(index.docs);
    this.sum = new Float32Array(index.docs);
    this.lastWord = new Int16Array(index.docs).fill(-1);
    this.shared = sharedPrefixes(index.vocab);
  }

  /** The closest names to the query words (normalised, non-empty), best first. */
  search(words: readonly string[], limit: number): NameHit[] {
    const probes = words.flatMap((w) => this.probeWords(w)).slice(0, MAX_PROBES);
    const { count, sum, lastWord } = this;
    const touched: number[] = [];
    probes.forEach((matches, p) => {
      // Cheapest first, so a name's first sighting for this probe is its best.
      for (const { word, cost } of matches) {
        for (const doc of this.index.docsOf(word)) {
          if (lastWord[doc] === p) continue;
          if (count[doc] === 0) touched.push(doc);
          lastWord[doc] = p;
          count[doc] = (count[doc] as number) + 1;
          sum[doc] = (sum[doc] as number) + cost;
        }
      }
    });
    const need = Math.max(1, Math.ceil(probes.length / 2));
    const tally = (doc: number) => {
      const c = count[doc] as number;
      const extra = Math.max(0, (this.index.wordCounts[doc] as number) - c);
      return (sum[doc] as number) + (probes.length - c) * COST.unmatched + extra * COST.extraWord;
    };
    const kept = touched.filter((doc) => (count[doc] as number) >= need);
    const tallies = new Map(kept.map((doc) => [doc, tally(doc)]));
    kept.sort((a, b) => (tallies.get(a) as number) - (tallies.get(b) as number) || a - b);
    for (const doc of touched) {
      count[doc] = 0;
      sum[doc] = 0;
      lastWord[doc] = -1;
    }
    const hits: NameHit[] = [];
    for (const doc of kept.slice(0, SHORTLIST)) {
      const score = scoreName(words, this.wordsOf(doc));
      if (score < Number.POSITIVE_INFINITY) hits.push({ doc, score });
    }
    hits.sort((a, b) => a.score - b.score || a.doc - b.doc);
    return hits.slice(0, limit);
  }

  /**
   * The vocabulary words a query word may stand for, one list per probe: usually one probe,
   * several when the word is vocabulary words run together ("stemcell" → "stem", "cell").
   */
  private probeWords(q: string): Array<Array<{ word: number; cost: number }>> {
    const matches = this.vocabularyMatches(q);
    if (q.length >= 6 && !matches.some((m) => m.cost <= 1)) {
      const parts = this.split(q);
      if (parts) return parts.map((w) => [{ word: w, cost: COST.space }]);
    }
    return [matches];
  }

  private vocabularyMatches(q: string): Array<{ word: number; cost: number }> {
    const edits = maxEdits(q);
    if (edits > 0) {
      return similarWords(this.index.vocab, this.shared, q, edits).sort(
        (a, b) => a.cost - b.cost || a.word - b.word,
      );
    }
    // Short words and words with digits: exact, or the start of a word being typed.
    const out: Array<{ word: number; cost: number }> = [];
    const exact = this.index.find(q);
    if (exact >= 0) out.push({ word: exact, cost: 0 });
    if (q.length >= 3 || isNumber(q)) {
      const [from, to] = this.index.prefixRange(q);
      for (let w = from; w < to; w++) if (w !== exact) out.push({ word: w, cost: COST.prefix });
    }
    return out;
  }

  /**
   * `q` as vocabulary words run together, the last one possibly unfinished; null when it is
   * not. Pieces are two characters or more, or digits ("hexapeptide8").
   */
  private split(q: string): number[] | null {
    const n = q.length;
    // from[k]: where the last piece of a split of q[0, k) starts; -1 for none.
    const from = new Int32Array(n + 1).fill(-1);
    const piece = new Int32Array(n + 1).fill(-1);
    from[0] = 0;
    for (let k = 1; k <= n; k++) {
      for (let s = 0; s < k; s++) {
        if (from[s] === -1) continue;
        if (s === 0 && k === n) continue; // the whole word is not a split
        const text = q.slice(s, k);
        if (text.length < 2 && !/^\d+$/.test(text)) continue;
        let w = this.index.find(text);
        if (w < 0 && k === n && text.length >= 3) {
          const [lo, hi] = this.index.prefixRange(text);
          if (hi > lo) w = lo;
        }
        if (w >= 0) {
          from[k] = s;
          piece[k] = w;
          break;
        }
      }
    }
    if (from[n] === -1) return null;
    const words: number[] = [];
    for (let k = n; k > 0; k = from[k] as number) words.unshift(piece[k] as number);
    return words;
  }
}
