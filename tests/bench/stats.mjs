// Small helpers every bench script shares: the median of a run's figures and a plain-text table.

/** Median of the numbers in xs (anything else dropped); null when there are none. */
export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Rows of cells as aligned text: the first column left-aligned, the others right-aligned. */
export function table(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r) =>
      r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  '),
    )
    .join('\n');
}
