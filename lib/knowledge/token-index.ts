/**
 * Words → names: the lookup's index. Every name is a normalised key ("acetyl hexapeptide 8");
 * the index holds the sorted vocabulary of its words and, for each word, the ids of the names
 * that contain it. For the 30,059 CosIng names it is built by `npm run data`
 * (generated/cosing-lookup.json) so the popup decodes it instead of normalising and
 * tokenising every name; for the ~1,600 knowledge names it is built on first use.
 */

/** The JSON form: `vocab` words joined by spaces; `postings` one list per word, space-separated. */
export interface TokenIndexCompact {
  version: number;
  /** Number of names (ids 0 … docs - 1). */
  docs: number;
  /** Number of (word, name) pairs: the length of the decoded postings. */
  pairs: number;
  vocab: string;
  /** Per word, its name ids as gaps (id - previous id - 1), each written with `writeNumber`. */
  postings: string;
}

export const TOKEN_INDEX_VERSION = 1;

// Numbers are written in printable ASCII, no `"` or `\` (nothing JSON has to escape) and no
// space (the list separator): a last digit from TERMINAL, led by digits from LEADING.
const DIGITS = [...Array(94).keys()]
  .map((i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
const TERMINAL = 70;
const LEADING = DIGITS.length - TERMINAL;
const SEPARATOR = 32; // ' '

/** A non-negative integer in 1–3 characters for the ids CosIng needs (gaps under 35,000). */
export function writeNumber(n: number): string {
  let out = DIGITS[n % TERMINAL] as string;
  let rest = Math.floor(n / TERMINAL);
  while (rest > 0) {
    rest -= 1;
    out = (DIGITS[TERMINAL + (rest % LEADING)] as string) + out;
    rest = Math.floor(rest / LEADING);
  }
  return out;
}

const DIGIT_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

export class TokenIndex {
  /** Sorted, distinct words. */
  readonly vocab: readonly string[];
  /** Number of names. */
  readonly docs: number;
  /** Distinct words in each name, for the extra-word penalty. */
  readonly wordCounts: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;

  private constructor(vocab: readonly string[], starts: Int32Array, ids: Int32Array, docs: number) {
    this.vocab = vocab;
    this.starts = starts;
    this.ids = ids;
    this.docs = docs;
    // Indexed loops throughout: this runs once, cold, where an iterator per step costs.
    const counts = new Uint8Array(docs);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if ((counts[id] as number) < 255) counts[id] = (counts[id] as number) + 1;
    }
    this.wordCounts = counts;
  }

  /** Builds the index from normalised keys (the knowledge names; tests). Key i is name i. */
  static fromKeys(keys: readonly string[]): TokenIndex {
    const byWord = new Map<string, number[]>();
    keys.forEach((key, id) => {
      for (const word of key.split(' ')) {
        if (!word) continue;
        const list = byWord.get(word);
        if (!list) byWord.set(word, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    });
    const vocab = [...byWord.keys()].sort(compareWords);
    const starts = new Int32Array(vocab.length + 1);
    let total = 0;
    vocab.forEach((w, i) => {
      starts[i] = total;
      total += (byWord.get(w) as number[]).length;
    });
    starts[vocab.length] = total;
    const ids = new Int32Array(total);
    vocab.forEach((w, i) => {
      ids.set(byWord.get(w) as number[], starts[i] as number);
    });
    return new TokenIndex(vocab, starts, ids, keys.length);
  }

  /** Reads the JSON form written by `encode`. */
  static decode(compact: TokenIndexCompact): TokenIndex {
    if (compact.version !== TOKEN_INDEX_VERSION) {
      throw new Error(`token index version ${compact.version}, expected ${TOKEN_INDEX_VERSION}`);
    }
    const vocab = compact.vocab.length > 0 ? compact.vocab.split(' ') : [];
    const text = compact.postings;
    const starts = new Int32Array(vocab.length + 1);
    const ids = new Int32Array(compact.pairs);
    let word = 0;
    let count = 0;
    let prev = -1;
    let lead = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === SEPARATOR) {
        starts[++word] = count;
        prev = -1;
        continue;
      }
      const v = DIGIT_VALUE[c] ?? -1;
      if (v < 0) throw new Error(`token index: bad character at ${i}`);
      if (v >= TERMINAL) {
        lead = lead * LEADING + (v - TERMINAL) + 1;
        continue;
      }
      prev += lead * TERMINAL + v + 1;
      lead = 0;
      ids[count++] = prev;
    }
    if ((word + 1 !== vocab.length && vocab.length > 0) || count !== compact.pairs) {
      throw new Error(`token index: ${word + 1} lists, ${count} ids for ${vocab.length} words`);
    }
    starts[vocab.length] = count;
    return new TokenIndex(vocab, starts, ids, compact.docs);
  }

  /** The JSON form (see `TokenIndexCompact`). */
  encode(): TokenIndexCompact {
    const lists: string[] = [];
    for (let w = 0; w < this.vocab.length; w++) {
      let prev = -1;
      let list = '';
      for (const id of this.docsOf(w)) {
        list += writeNumber(id - prev - 1);
        prev = id;
      }
      lists.push(list);
    }
    return {
      version: TOKEN_INDEX_VERSION,
      docs: this.docs,
      pairs: this.ids.length,
      vocab: this.vocab.join(' '),
      postings: lists.join(' '),
    };
  }

  /** Ids of the names containing word `w`, ascending. */
  docsOf(w: number): Int32Array {
    return this.ids.subarray(this.starts[w], this.starts[w + 1]);
  }

  /** The word's position in `vocab`, or -1. */
  find(word: string): number {
    const i = this.lowerBound(word);
    return this.vocab[i] === word ? i : -1;
  }

  /** [from, to) of the words starting with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    let to = from;
    while (to < this.vocab.length && (this.vocab[to] as string).startsWith(prefix)) to++;
    return [from, to];
  }

  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareWords(this.vocab[mid] as string, word) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Code-unit order: the same in Node and every browser, unlike localeCompare. */
export function compareWords(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
