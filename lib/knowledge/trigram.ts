/**
 * A trigram prefilter for fuzzy search over many names (the ~30k CosIng names). Fuse's bitap
 * scan over every name costs 100-700 ms a query; narrowing to the names that share the most
 * three-letter runs with the query first keeps it to a few milliseconds. A typo breaks at most
 * three trigrams, so the right name still shares most of them.
 */
export class TrigramIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(keys: readonly string[]) {
    this.counts = new Uint16Array(keys.length);
    keys.forEach((key, i) => {
      for (const gram of trigrams(key)) {
        const list = this.postings.get(gram);
        if (!list) this.postings.set(gram, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
  }

  /** Indexes of the keys sharing the most trigrams with `query`, best first, at most `max`. */
  candidates(query: string, max: number): number[] {
    const grams = [...trigrams(query)];
    if (grams.length === 0) return [];
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of grams) {
      for (const i of this.postings.get(gram) ?? []) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = (counts[i] ?? 0) + 1;
      }
    }
    // At least a third of the query's trigrams: loose enough for two or three typos.
    const floor = Math.max(1, Math.floor(grams.length / 3));
    const kept = touched.filter((i) => (counts[i] ?? 0) >= floor);
    kept.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
    for (const i of touched) counts[i] = 0;
    return kept.slice(0, max);
  }
}

/** Distinct trigrams of a normalised key, padded so short words and word ends count. */
export function trigrams(key: string): Set<string> {
  const padded = ` ${key} `;
  const out = new Set<string>();
  const chars = Array.from(padded);
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}
