/**
 * Annex references in CosIng's free-text `restriction` column. The formats vary (see
 * SOURCE.md): "II/416", "Annex III/212", "III/192 (Acid Red 18) IV/35 (CI 16255)",
 * "III/15a, 15d", "II/419 and 416", "IV 143 VI 27 VI 27a (nano)", "CMR2 II/1118, II/1119".
 * A hand-written linear scanner instead of a regex: one pass, no backtracking, and the
 * continuation rules (", 15d", "and 416") are easier to state as code.
 */

const ANNEXES = new Set(['II', 'III', 'IV', 'V', 'VI']);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isLetterOrDigit = (c: string | undefined): boolean =>
  c !== undefined && (isDigit(c) || isLower(c) || (c >= 'A' && c <= 'Z'));

/** Reads "416" or "15a" at `at`; returns the text and the index after it, or null. */
function readEntryNumber(s: string, at: number): { text: string; end: number } | null {
  let j = at;
  while (isDigit(s[j])) j++;
  if (j === at) return null;
  // One lower-case letter suffix ("III/2a", "VI/27a"), but not the start of a word.
  if (isLower(s[j]) && !isLetterOrDigit(s[j + 1])) j++;
  // "2012/21" (a directive number) is not an entry number.
  if (s[j] === '/' || isLetterOrDigit(s[j])) return null;
  return { text: s.slice(at, j), end: j };
}

function skipSpaces(s: string, at: number): number {
  let j = at;
  while (s[j] === ' ') j++;
  return j;
}

/** After "III/15a": ", 15d" or " and 416" name another entry of the same annex. */
function readContinuation(s: string, at: number): { text: string; end: number } | null {
  let j = skipSpaces(s, at);
  if (s[j] === ',') j++;
  else if (s.startsWith('and', j) && !isLetterOrDigit(s[j + 3])) j += 3;
  else return null;
  return readEntryNumber(s, skipSpaces(s, j));
}

/** Every annex reference in a restriction text, e.g. ["III/192", "IV/35"], in order, once. */
export function annexRefsOf(restriction: string): string[] {
  const s = restriction;
  const out: string[] = [];
  const add = (ref: string) => {
    if (!out.includes(ref)) out.push(ref);
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if ((c !== 'I' && c !== 'V') || isLetterOrDigit(s[i - 1])) {
      i++;
      continue;
    }
    let j = i;
    while (s[j] === 'I' || s[j] === 'V') j++;
    const annex = s.slice(i, j);
    i = j;
    if (!ANNEXES.has(annex)) continue;
    // "II/416" (optionally "II/ 416") or the spaced form "IV 143".
    let k = j;
    if (s[k] === '/') k = skipSpaces(s, k + 1);
    else if (s[k] === ' ') k = skipSpaces(s, k);
    else continue;
    let entry = readEntryNumber(s, k);
    while (entry) {
      add(`${annex}/${entry.text}`);
      i = entry.end;
      entry = readContinuation(s, i);
    }
  }
  return out;
}
