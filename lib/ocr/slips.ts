import { distances, fullOf } from '../knowledge/edit-distance';
import type { LookupResult } from '../knowledge/lookup';
import { normalizeName } from '../text/normalize';

/**
 * One-character OCR slips ("Glycerln", "Phenoxyethanal") put right against the names ExoCheck
 * knows: its knowledge entries and CosIng's INCI names, through the popup's own lookup
 * (lib/knowledge/lookup.ts over the precomputed CosIng word index). A name is only changed
 * when exactly one known name is one edit away in exactly one word, the digits agree (PEG-40 is
 * not PEG-45) and the word is long enough for one edit to mean a slip, not another word.
 */

/** The fuzzy lookup the corrector asks: knowledge entries and CosIng names, best first. */
export type SearchNames = (query: string) => Promise<readonly LookupResult[]>;

/** Shortest word a slip is corrected in: in "Talc" one edit away is another word. */
const MIN_WORD = 5;

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
  return fixes.size === 1 ? ([...fixes.values()][0] as WordFix) : null;
}

/** The single word of `q` that is one edit from its counterpart in `t`; null otherwise. */
function oneWordFix(q: readonly string[], t: readonly string[]): Omit<WordFix, 'name'> | null {
  if (q.length !== t.length) return null;
  let fix: Omit<WordFix, 'name'> | null = null;
  for (let i = 0; i < q.length; i++) {
    const a = q[i] as string;
    const b = t[i] as string;
    if (a === b) continue;
    if (fix || a.length < MIN_WORD || fullOf(distances(a, b, 1)) !== 1) return null;
    fix = { from: a, to: b };
  }
  return fix;
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
