import { distances, fullOf } from '../knowledge/edit-distance';
import type { LookupResult } from '../knowledge/lookup';
import { normalizeName } from '../text/normalize';

/**
 * One-character OCR slips ("Glycerln", "Phenoxyethanal") put right against the names ExoCheck
 * knows: its knowledge entries and CosIng's INCI names, through the popup's own lookup
 * (lib/knowledge/lookup.ts over the precomputed CosIng word index). A name is only changed
 * when exactly one known name is one edit (or one glyph swap, below) away in exactly one word,
 * the digits agree (PEG-40 is not PEG-45) and the word, or the rest of the name, is long
 * enough for one edit to mean a slip, not another word.
 */

/** The fuzzy lookup the corrector asks: knowledge entries and CosIng names, best first. */
export type SearchNames = (query: string) => Promise<readonly LookupResult[]>;

/** Shortest word a slip is corrected in: in "Talc" one edit away is another word. */
const MIN_WORD = 5;
/**
 * A shorter word is corrected when the name's other words, read exactly, have this many
 * letters: "Seed Ol" in "Simmondsia Chinensis (Jojoba) Seed Ol", "Alcohol Dena".
 */
const CONTEXT_LETTERS = 7;

/**
 * One glyph read as two or two as one (Tesseract on small print: "Amica" for Arnica,
 * "Glycymhizate" for Glycyrrhizate); each is tried in turn at each place it occurs.
 */
const GLYPH_SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['m', 'rn'],
  ['m', 'rr'],
  ['rn', 'm'],
  ['d', 'cl'],
  ['h', 'li'],
];

export interface WordFix {
  /** The word as normalised (lower case letters and digits) and what it should be. */
  from: string;
  to: string;
  /** The known name the fix makes, as the data writes it. */
  name: string;
}

const digitsOf = (s: string): string => s.replace(/\D+/g, ' ').trim();

/** The one-word fix that turns `name` into a known name, or null when none or several do. */
export async function findSlip(name: string, search: SearchNames): Promise<WordFix | null> {
  const key = normalizeName(name);
  const words = key.split(' ');
  if (key.length < MIN_WORD) return null;
  const fixes = new Map<string, WordFix>();
  for (const r of await search(name)) {
    const target = normalizeName(r.matched);
    if (target === key) return null; // known as it is: nothing to correct
    if (digitsOf(target) !== digitsOf(key)) continue;
    const fix = oneWordFix(words, target.split(' '));
    if (fix) fixes.set(target, { ...fix, name: r.matched });
  }
  if (fixes.size === 1) return [...fixes.values()][0] as WordFix;
  return fixes.size === 0 ? glyphSwap(words, search) : null;
}

/** The single word of `q` that is one edit from its counterpart in `t`; null otherwise. */
function oneWordFix(q: readonly string[], t: readonly string[]): Omit<WordFix, 'name'> | null {
  if (q.length !== t.length) return null;
  let at = -1;
  for (let i = 0; i < q.length; i++) {
    if (q[i] === t[i]) continue;
    if (at >= 0) return null;
    at = i;
  }
  const a = q[at] as string;
  const b = t[at] as string;
  if (at < 0 || fullOf(distances(a, b, 1)) !== 1) return null;
  const context = q.reduce((n, w, i) => (i === at ? n : n + w.length), 0);
  return a.length >= MIN_WORD || context >= CONTEXT_LETTERS ? { from: a, to: b } : null;
}

/** A glyph swap in one word that makes a name the lookup knows exactly; null otherwise. */
async function glyphSwap(words: readonly string[], search: SearchNames): Promise<WordFix | null> {
  const found = new Map<string, WordFix>();
  for (const [i, word] of words.entries()) {
    if (word.length < MIN_WORD) continue;
    for (const [from, to] of GLYPH_SWAPS) {
      for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
        const swapped = word.slice(0, at) + to + word.slice(at + from.length);
        const query = words.map((w, j) => (j === i ? swapped : w)).join(' ');
        const top = (await search(query))[0];
        if (top && normalizeName(top.matched) === query) {
          found.set(query, { from: word, to: swapped, name: top.matched });
        }
      }
    }
  }
  return found.size === 1 ? ([...found.values()][0] as WordFix) : null;
}

/**
 * Applies a fix to the text of one item: the first word whose letters read `from` becomes
 * `to`, in the case the label used (CAPITALS, Capitalised or lower case). Null when the word
 * is not found as one run of letters and digits.
 */
export function applyFix(text: string, fix: Pick<WordFix, 'from' | 'to'>): string | null {
  const re = /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[0];
    if (word.toLowerCase() !== fix.from) continue;
    return text.slice(0, m.index) + caseLike(word, fix.to) + text.slice(m.index + word.length);
  }
  return null;
}

function caseLike(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model[0] ?? '';
  if (first !== first.toLowerCase()) return (word[0] ?? '').toUpperCase() + word.slice(1);
  return word;
}
