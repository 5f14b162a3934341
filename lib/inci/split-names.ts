import { isDash, isLetter, isLower, isWhite } from './chars';
import { type Segments, Sep } from './segment';

/**
 * A name split over two block elements inside a comma list (`<p>Isoamyl</p><p>Laurate</p>`
 * reads "Isoamyl\nLaurate") is one item. The page's text source puts a line break at every
 * block boundary and must map each character to the DOM, so the join happens here: a single
 * line break inside a comma list is not a separator when one side cannot be a whole name —
 * the first piece ends in a word that only starts names ("Isoamyl", "Sodium", "Hydrogenated",
 * "PEG-"), or the second starts with a word that only ends them ("Fruit Oil", "Acid"), is a
 * lone anion ("Laurate") or continues in lower case. "…, Citric Acid\nLinalool, …" stays two items.
 */

/** Words that begin a name and never end one. */
const PREFIX_WORDS = new Set([
  'sodium',
  'potassium',
  'calcium',
  'magnesium',
  'ammonium',
  'disodium',
  'trisodium',
  'tetrasodium',
  'hydrogenated',
  'hydrolyzed',
  'hydrolysed',
  'peg',
  'ppg',
]);

/** Words that end a name and never start one. */
const TAIL_WORDS = new Set([
  'acid',
  'oil',
  'extract',
  'butter',
  'wax',
  'juice',
  'ester',
  'esters',
  'gum',
  'powder',
  'filtrate',
  'ferment',
  'lysate',
  'seed',
  'leaf',
  'root',
  'flower',
  'fruit',
  'peel',
  'copolymer',
  'crosspolymer',
]);

/** Longest piece considered a fragment of a name. */
const MAX_PIECE = 60;

function words(text: string, a: number, b: number): string[] {
  return text.slice(a, b).trim().split(/\s+/);
}

function endsOnlyAsStart(piece: string): boolean {
  const last = piece.charCodeAt(piece.length - 1);
  if (isDash(last) || last === 0x2f) return true;
  const w = piece.slice(piece.lastIndexOf(' ') + 1).toLowerCase();
  if (!isLetter(w.charCodeAt(w.length - 1))) return false;
  return (w.length >= 4 && w.endsWith('yl')) || PREFIX_WORDS.has(w);
}

function startsOnlyAsEnd(text: string, a: number, b: number, afterComma: boolean): boolean {
  const first = text.charCodeAt(a);
  // Lower case continues a name only in mid-list: "Ingredients\nsnail secretion filtrate, …"
  // is a label line and an all lower-case list.
  if (afterComma && (isLower(first) || first === 0x28)) return true;
  const ws = words(text, a, b);
  const w = (ws[0] as string).toLowerCase();
  if (TAIL_WORDS.has(w)) return true;
  // A lone "-ate" word is an anion without its cation ("Laurate"); "-ide" and "-ite" are not
  // used, since "Niacinamide" and "Bentonite" are whole names.
  return ws.length === 1 && w.length >= 6 && w.endsWith('ate') && isLetterRun(w);
}

function isLetterRun(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isLetter(w.charCodeAt(i))) return false;
  return true;
}

function trimmed(text: string, a: number, b: number): [number, number] {
  let s = a;
  let e = b;
  while (s < e && isWhite(text.charCodeAt(s))) s++;
  while (e > s && isWhite(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Whether segments k and k + 1 (split by a single line break) are one name. */
function joins(text: string, segs: Segments, k: number): boolean {
  if (k + 1 >= segs.count || (segs.sep[k] as Sep) !== Sep.Newline) return false;
  const before = k > 0 ? (segs.sep[k - 1] as Sep) : Sep.End;
  const after = segs.sep[k + 1] as Sep;
  // Inside a comma list: a comma before the first piece or after the second.
  if (before !== Sep.Comma && after !== Sep.Comma) return false;
  const [a1, b1] = trimmed(text, segs.start[k] as number, segs.end[k] as number);
  const [a2, b2] = trimmed(text, segs.start[k + 1] as number, segs.end[k + 1] as number);
  if (a1 >= b1 || a2 >= b2 || b1 - a1 > MAX_PIECE || b2 - a2 > MAX_PIECE) return false;
  const piece = text.slice(a1, b1);
  if (piece.endsWith('.') || piece.includes(':') || text.slice(a2, b2).includes(':')) return false;
  return endsOnlyAsStart(piece) || startsOnlyAsEnd(text, a2, b2, before === Sep.Comma);
}

/** The segments with each split name joined into one segment. Linear. */
export function joinSplitNames(text: string, segs: Segments): Segments {
  let out: Segments | null = null;
  let n = 0;
  for (let k = 0; k < segs.count; k++) {
    if (!joins(text, segs, k)) {
      if (out) copy(segs, k, out, n);
      n++;
      continue;
    }
    out ??= clone(segs, n);
    // The joined segment keeps the first piece's start and flags, the second's end and separator.
    out.start[n] = segs.start[k] as number;
    out.flags[n] = segs.flags[k] as number;
    out.end[n] = segs.end[k + 1] as number;
    out.sep[n] = segs.sep[k + 1] as number;
    n++;
    k++;
  }
  if (!out) return segs;
  out.count = n;
  return out;
}

function clone(segs: Segments, n: number): Segments {
  const out: Segments = {
    count: n,
    start: new Int32Array(segs.count),
    end: new Int32Array(segs.count),
    sep: new Uint8Array(segs.count),
    flags: new Uint8Array(segs.count),
  };
  out.start.set(segs.start.subarray(0, n));
  out.end.set(segs.end.subarray(0, n));
  out.sep.set(segs.sep.subarray(0, n));
  out.flags.set(segs.flags.subarray(0, n));
  return out;
}

function copy(from: Segments, k: number, to: Segments, n: number): void {
  to.start[n] = from.start[k] as number;
  to.end[n] = from.end[k] as number;
  to.sep[n] = from.sep[k] as number;
  to.flags[n] = from.flags[k] as number;
}
