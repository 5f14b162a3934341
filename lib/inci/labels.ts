import { INGREDIENT_LABELS } from '../vocabulary';
import { isLetter, isSpace, isWhite } from './chars';

/**
 * Section labels ("Ingredients:", "Active ingredients:", "전성분") and "may contain" markers.
 * Labels are matched word by word backwards from a colon, through a map keyed by the last word,
 * so a check costs a handful of comparisons however long the text is.
 */

export type LabelKind =
  | 'generic' // Ingredients:, INCI:, Inhaltsstoffe: … → a list follows (group main)
  | 'active' // Active ingredients: → group active
  | 'inactive' // Inactive / Other ingredients: → back to group main in the same block
  | 'may' // May contain: → group may-contain
  | 'skip' // Key ingredients:, Formulated without: → not the INCI list, ignore what follows
  | 'stop'; // Directions:, Warnings:, FAQ → the list is over

const PHRASES: ReadonlyArray<readonly [LabelKind, string]> = [
  ...INGREDIENT_LABELS.map((w) => ['generic', w] as const),
  ['active', 'active ingredients'],
  ['active', 'active ingredient'],
  ['active', 'medicinal ingredients'],
  ['active', 'medicinal ingredient'],
  ['inactive', 'inactive ingredients'],
  ['inactive', 'inactive ingredient'],
  ['inactive', 'non medicinal ingredients'],
  ['inactive', 'nonmedicinal ingredients'],
  ['inactive', 'other ingredients'],
  ['inactive', 'other ingredient'],
  ['may', 'may contain'],
  ['may', 'may also contain'],
  ['may', 'peut contenir'],
  ['may', 'kann enthalten'],
  ['may', 'puede contener'],
  ['may', 'può contenere'],
  ['may', 'pode conter'],
  ['skip', 'key ingredients'],
  ['skip', 'key ingredient'],
  ['skip', 'hero ingredients'],
  ['skip', 'star ingredients'],
  ['skip', 'featured ingredients'],
  ['skip', 'highlighted ingredients'],
  ['skip', 'notable ingredients'],
  ['skip', 'formulated without'],
  ['skip', 'made without'],
  ['skip', 'free of'],
  ['skip', 'free from'],
  ['skip', 'does not contain'],
  ['stop', 'directions'],
  ['stop', 'direction'],
  ['stop', 'how to use'],
  ['stop', 'suggested use'],
  ['stop', 'usage'],
  ['stop', 'warnings'],
  ['stop', 'warning'],
  ['stop', 'caution'],
  ['stop', 'storage'],
  ['stop', 'disclaimer'],
  ['stop', 'faq'],
  ['stop', 'faqs'],
];

/** Words that may precede a label without naming a kit component ("Full ingredients list"). */
const QUALIFIERS = new Set([
  'full',
  'complete',
  'all',
  'inci',
  'list',
  'of',
  'the',
  'our',
  'official',
  'product',
  'products',
  'see',
  'view',
  'show',
  'ingredients',
  'ingredient',
  'vollständige',
  'liste',
  'der',
  'des',
  'de',
  'la',
  'lista',
  'completa',
  'complète',
  'pełny',
  'skład',
  'drug',
  'facts',
]);

interface Phrase {
  kind: LabelKind;
  words: string[];
}

/** The labels that open a list (kind 'generic'): every one is also a DOM finder heading. */
export const LIST_LABELS: readonly string[] = PHRASES.filter(([k]) => k === 'generic').map(
  ([, text]) => text,
);

const BY_LAST_WORD: Map<string, Phrase[]> = buildIndex();

function buildIndex(): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const [kind, text] of PHRASES) {
    const words = text.split(' ');
    const last = words[words.length - 1] as string;
    const list = map.get(last) ?? [];
    list.push({ kind, words });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(last, list);
  }
  return map;
}

const MAX_LABEL_WORDS = 4;
const MAX_HEADER_CHARS = 80;

export interface LabelMatch {
  kind: LabelKind;
  /** Offset of the label's first word. */
  start: number;
  /** Offset just after the label (after its colon when it has one). */
  end: number;
  /** Every word between `from` and the label is a qualifier ("Full", "INCI"), or there are none. */
  bare: boolean;
}

interface Word {
  start: number;
  end: number;
  lower: string;
}

/**
 * Reads up to `max` words backwards from `end` (exclusive), stopping at `from`. Words are runs
 * of letters separated by spaces or one hyphen; any other character ends the reading.
 */
function wordsBefore(text: string, from: number, end: number, max: number): Word[] {
  const words: Word[] = [];
  let i = end;
  const floor = Math.max(from, end - MAX_HEADER_CHARS);
  while (words.length < max && i > floor) {
    let j = i;
    while (j > floor && isSpace(text.charCodeAt(j - 1))) j--;
    const wordEnd = j;
    while (j > floor && isLetter(text.charCodeAt(j - 1))) j--;
    if (j === wordEnd) break;
    words.unshift({ start: j, end: wordEnd, lower: text.slice(j, wordEnd).toLowerCase() });
    i = j;
    if (i > floor && text.charCodeAt(i - 1) === 0x2d)
      i--; // "non-medicinal"
    else if (i > floor && !isSpace(text.charCodeAt(i - 1))) break;
  }
  return words;
}

/** Skips a "(s)" or "(INCI)" written between the label and its colon, backwards. */
function skipLabelSuffix(text: string, from: number, end: number): number {
  let i = end;
  const floor = Math.max(from, end - MAX_GAP);
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  if (i - from >= 3 && text.charCodeAt(i - 1) === 0x29) {
    for (let open = i - 2; open >= Math.max(from, i - 7); open--) {
      if (text.charCodeAt(open) !== 0x28) continue;
      const inner = text.slice(open + 1, i - 1).toLowerCase();
      if (inner === 's' || inner === 'inci' || inner === 'es') return open;
      break;
    }
  }
  return i;
}

/** Spaces skipped inside a label or marker: real ones have one or two. */
const MAX_GAP = 8;

function skipSpaces(text: string, i: number, end: number): number {
  const stop = Math.min(end, i + MAX_GAP);
  let j = i;
  while (j < stop && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/**
 * The label that ends just before `colon` (a ":" or "：" at that offset, or the segment end when
 * the label stands alone on its line), or null. `from` bounds the look-back.
 */
export function labelBefore(text: string, from: number, colon: number): LabelMatch | null {
  const stop = skipLabelSuffix(text, from, colon);
  const words = wordsBefore(text, from, stop, MAX_LABEL_WORDS + 4);
  if (words.length === 0) return null;
  const last = words[words.length - 1] as Word;
  const phrases = BY_LAST_WORD.get(last.lower);
  if (!phrases) return null;
  for (const p of phrases) {
    if (p.words.length > words.length) continue;
    const offset = words.length - p.words.length;
    let ok = true;
    for (let k = 0; k < p.words.length; k++) {
      if ((words[offset + k] as Word).lower !== p.words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const first = words[offset] as Word;
    let bare = true;
    for (let k = 0; k < offset; k++) {
      if (!QUALIFIERS.has((words[k] as Word).lower)) bare = false;
    }
    // Words before the read window (or other text) also make it not bare.
    const head = offset > 0 ? (words[0] as Word).start : first.start;
    if (bare && hasTextBetween(text, from, head)) bare = false;
    return { kind: p.kind, start: first.start, end: colon, bare };
  }
  return null;
}

function hasTextBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isWhite(c) && c !== 0x5b && c !== 0x3010 && c !== 0x2d && c !== 0x2022) return true;
  }
  return false;
}

/** Offset after a colon and the spaces that follow it. */
export function afterColon(text: string, colon: number, end: number): number {
  let i = colon + 1;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

export function isColon(c: number): boolean {
  return c === 0x3a || c === 0xff1a;
}

/**
 * A CJK label at `pos` followed by a space or a closing bracket instead of a colon
 * ("전성분 정제수, …", "[全成分] 水、…"). Returns the offset after it, or -1.
 */
export function cjkLabelAt(text: string, pos: number, end: number): number {
  let i = pos;
  if (i < end && (text.charCodeAt(i) === 0x5b || text.charCodeAt(i) === 0x3010)) i++;
  const start = i;
  while (i < end && i - start < 6 && isLetter(text.charCodeAt(i)) && text.charCodeAt(i) > 0x2e80)
    i++;
  if (i === start) return -1;
  const word = text.slice(start, i);
  const phrases = BY_LAST_WORD.get(word);
  if (!phrases?.some((p) => p.kind === 'generic' && p.words.length === 1)) return -1;
  if (i < end && (text.charCodeAt(i) === 0x5d || text.charCodeAt(i) === 0x3011)) i++;
  if (i < end && !isWhite(text.charCodeAt(i))) return -1;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  return i;
}

const MAY_WORDS: ReadonlyArray<readonly string[]> = PHRASES.filter(([k]) => k === 'may').map(
  ([, t]) => t.split(' '),
);

/** Matches `words` case-insensitively at `pos`. */
function wordsAt(text: string, pos: number, end: number, words: readonly string[]): number {
  let i = pos;
  for (let w = 0; w < words.length; w++) {
    // Spaces between words are optional: "MayContain:" occurs on real labels.
    if (w > 0) i = skipSpaces(text, i, end);
    const word = words[w] as string;
    if (i + word.length > end) return -1;
    if (text.slice(i, i + word.length).toLowerCase() !== word) return -1;
    i += word.length;
  }
  if (i < end && isLetter(text.charCodeAt(i))) return -1;
  return i;
}

/** "+/-", "+/−", "+-", "±" and the truncated "+/" seen on some labels. */
function plusMinusAt(text: string, pos: number, end: number): number {
  const c = text.charCodeAt(pos);
  if (c === 0xb1) return pos + 1;
  if (c !== 0x2b) return -1;
  let i = skipSpaces(text, pos + 1, end);
  const slash = i < end && text.charCodeAt(i) === 0x2f;
  if (slash) i++;
  i = skipSpaces(text, i, end);
  const m = i < end ? text.charCodeAt(i) : 0;
  if (m === 0x2d || m === 0x2212 || m === 0x2013) return i + 1;
  return slash ? i : -1;
}

function markerTokenAt(text: string, pos: number, end: number): number {
  const pm = plusMinusAt(text, pos, end);
  if (pm >= 0) return pm;
  for (const words of MAY_WORDS) {
    const j = wordsAt(text, pos, end, words);
    if (j >= 0) return j;
  }
  return -1;
}

/**
 * A run of "may contain" markers at `pos`: "May contain", "+/-", "[+/-]", "(+/-)",
 * "May Contain (+/-):", "[+/- May Contain:". Returns the offset after the run (and after any
 * colon and spaces), or -1 when there is no marker. At most four tokens are read.
 */
export function mayContainAt(text: string, pos: number, end: number): number {
  let i = pos;
  let found = -1;
  let open = 0;
  for (let round = 0; round < 4 && i < end; round++) {
    i = skipSpaces(text, i, end);
    let j = i;
    let opened = false;
    const c = text.charCodeAt(j);
    if (c === 0x28 || c === 0x5b) {
      j = skipSpaces(text, j + 1, end);
      opened = true;
    }
    const t = markerTokenAt(text, j, end);
    if (t < 0) break;
    if (opened) open++;
    i = skipSpaces(text, t, end);
    while (open > 0 && i < end && (text.charCodeAt(i) === 0x29 || text.charCodeAt(i) === 0x5d)) {
      open--;
      i = skipSpaces(text, i + 1, end);
    }
    // "[May Contain/Peut Contenir/+/-: …]": markers chained with slashes.
    const stop = Math.min(end, i + MAX_GAP);
    while (i < stop) {
      const d = text.charCodeAt(i);
      if (!isColon(d) && !isSpace(d) && d !== 0x2f) break;
      i++;
    }
    found = i;
  }
  return found;
}
