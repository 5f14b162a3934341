/**
 * Bounded Damerau-Levenshtein distance (optimal string alignment: a swap of two neighbours is
 * one edit) for the lookup's typo tolerance. One pass gives two answers: the distance to the
 * whole of `b`, and to its best prefix (a word still being typed). Work stops as soon as a
 * row has no cell within `max`, so comparing a query word with 12,000 vocabulary words costs
 * a few cells for most of them.
 */

/** Longest strings compared cell by cell; longer ones only match exactly. */
export const MAX_COMPARED = 63;

/** What `distances` returns when a distance is above `max`. */
const over = (max: number) => max + 1;

// Three DP rows, reused by every call (the lookup runs one comparison at a time).
const rowA = new Int32Array(MAX_COMPARED + 2);
const rowB = new Int32Array(MAX_COMPARED + 2);
const rowC = new Int32Array(MAX_COMPARED + 2);

/**
 * Edit distances from `a` to `b` (`full`) and from `a` to the closest prefix of `b`
 * (`prefix`), each capped at `max + 1`. Packed in one number to spare an object per call:
 * `full | (prefix << 4)`; read with `fullOf` / `prefixOf`. `max` must be below 15.
 */
export function distances(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  const cap = over(max);
  if (m > MAX_COMPARED || n > MAX_COMPARED) {
    const full = a === b ? 0 : cap;
    return full | ((b.startsWith(a) ? 0 : cap) << 4);
  }
  if (m === 0) return Math.min(n, cap) | (0 << 4);
  // Rows hold D[i-2], D[i-1], D[i]; cells outside the band |i - j| <= max stay at `cap`.
  let twoBack = rowA;
  let back = rowB;
  let row = rowC;
  for (let j = 0; j <= n; j++) back[j] = j <= max ? j : cap;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    row[0] = i <= max ? i : cap;
    if (lo > 1) row[lo - 1] = cap;
    const ai = a.charCodeAt(i - 1);
    let rowMin = row[0] as number;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((back[j - 1] as number) + (ai === bj ? 0 : 1), (back[j] as number) + 1);
      d = Math.min(d, (row[j - 1] as number) + 1);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, (twoBack[j - 2] as number) + 1);
      }
      row[j] = Math.min(d, cap);
      if (d < rowMin) rowMin = d;
    }
    if (hi < n) row[hi + 1] = cap;
    if (rowMin > max) return cap | (cap << 4);
    const spare = twoBack;
    twoBack = back;
    back = row;
    row = spare;
  }
  // `back` now holds D[m]: the whole of b at D[m][n], its prefixes at D[m][j].
  let prefix = cap;
  for (let j = Math.max(0, m - max); j <= Math.min(n, m + max); j++) {
    if ((back[j] as number) < prefix) prefix = back[j] as number;
  }
  const full = n - m > max || m - n > max ? cap : (back[n] as number);
  return full | (prefix << 4);
}

export const fullOf = (packed: number): number => packed & 15;
export const prefixOf = (packed: number): number => packed >> 4;
