import { isCloseBracket, isDigit, isLetter, isLower, isOpenBracket, isWhite } from './chars';

/**
 * Names to try when matching one ingredient, best first: the name as written, then each slash
 * alternative ("Aqua/Water/Eau" → Aqua, Water, Eau), then for a trailing parenthetical the name
 * outside it and each synonym inside ("CI 77891 (Titanium Dioxide)" → CI 77891, Titanium
 * Dioxide), and for a parenthetical in the middle the name without it ("Butyrospermum Parkii
 * (Shea) Butter" → Butyrospermum Parkii Butter).
 */

const MAX_CANDIDATES = 12;
const MAX_DEPTH = 3;

/** Last words of names built on a shared head: "Caprylic/Capric Triglyceride" is one name. */
const POLYMER_HEADS = new Set([
  'copolymer',
  'crosspolymer',
  'polymer',
  'esters',
  'ester',
  'triglyceride',
  'triglycerides',
  'glyceride',
  'glycerides',
  'polyglycerides',
  'filtrate',
  'ferment',
  'lysate',
]);

/** Heads of plant and material names: "Bark/Leaf/Twig Extract" shares one head. */
const NAME_HEADS = new Set([
  'extract',
  'oil',
  'butter',
  'wax',
  'water',
  'juice',
  'powder',
  'starch',
  'protein',
  'seed',
  'leaf',
  'root',
  'flower',
  'fruit',
  'bark',
  'stem',
  'peel',
  'kernel',
  'gum',
  'culture',
  'cera',
  'flour',
]);

export function candidatesOf(name: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  expand(name, 0, out, seen);
  return out;
}

function add(name: string, out: string[], seen: Set<string>): void {
  const clean = collapse(name);
  if (!clean || out.length >= MAX_CANDIDATES || !hasLetter(clean)) return;
  const key = clean.toLowerCase();
  if (seen.has(key)) return;
  seen.add(key);
  out.push(clean);
}

function expand(name: string, depth: number, out: string[], seen: Set<string>): void {
  const parts = slashAlternatives(name);
  if (!parts || depth === 0) add(name, out, seen);
  if (depth >= MAX_DEPTH) return;
  if (parts) {
    for (const p of parts) expand(p, depth + 1, out, seen);
    return;
  }
  const trailing = trailingParen(name);
  if (trailing) {
    if (trailing.outside) expand(trailing.outside, depth + 1, out, seen);
    for (const synonym of splitTopLevel(trailing.inside, 0x2c))
      expand(synonym, depth + 1, out, seen);
    return;
  }
  const stripped = withoutParens(name);
  if (stripped !== null) expand(stripped, depth + 1, out, seen);
}

function collapse(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWhite(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetter(s.charCodeAt(i))) return true;
  return false;
}

/** Splits on `sep` outside brackets; trimmed, empty parts dropped. */
export function splitTopLevel(s: string, sep: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c)) depth = Math.max(0, depth - 1);
    else if (c === sep && depth === 0) {
      parts.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(s.slice(from).trim());
  return parts.filter((p) => p.length > 0);
}

/** "X (Y)" with the bracket closing at the very end: { outside: X, inside: Y }. */
function trailingParen(s: string): { outside: string; inside: string } | null {
  const t = s.trim();
  if (t.length < 3 || !isCloseBracket(t.charCodeAt(t.length - 1))) return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t.charCodeAt(i);
    if (isCloseBracket(c)) depth++;
    else if (isOpenBracket(c)) {
      depth--;
      if (depth === 0) {
        if (i > 0 && gluedOpen(t, i)) return null;
        return { outside: t.slice(0, i).trim(), inside: t.slice(i + 1, t.length - 1).trim() };
      }
    }
  }
  return null;
}

/** The name with every top-level bracket group removed, or null if it has none. */
function withoutParens(s: string): string | null {
  let out = '';
  let depth = 0;
  let removed = false;
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (depth === 0 && kept === 0 && isOpenBracket(c) && gluedOpen(s, i)) {
      kept = 1;
      out += s[i];
    } else if (kept > 0) {
      // A bracket that is part of the name ("Poly(C6-14 Olefin)") stays whole.
      if (isOpenBracket(c)) kept++;
      else if (isCloseBracket(c)) kept--;
      out += s[i];
    } else if (isOpenBracket(c)) {
      depth++;
      removed = true;
    } else if (isCloseBracket(c)) {
      if (depth > 0) depth--;
    } else if (depth === 0) out += s[i];
  }
  return removed ? collapse(out) : null;
}

/** "Poly(C6-14 Olefin)": a bracket glued to a lower-case letter or hyphen is chemistry. */
function gluedOpen(s: string, open: number): boolean {
  if (open === 0) return false;
  const prev = s.charCodeAt(open - 1);
  return isLower(prev) || prev === 0x2d;
}

function words(s: string): string[] {
  return collapse(s).split(' ');
}

function lastWord(s: string): string {
  const w = words(s);
  let last = (w[w.length - 1] ?? '').toLowerCase();
  while (last.length > 0 && !isLetter(last.charCodeAt(last.length - 1))) last = last.slice(0, -1);
  return last;
}

function letterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isLetter(s.charCodeAt(i))) n++;
  return n;
}

/**
 * Slash alternatives, or null when the slash belongs to one name: a shared head
 * ("Caprylic/Capric Triglyceride", "Bark/Leaf/Twig Extract"), a shared stem
 * ("Coco-Caprylate/Caprate"), or numbers ("Nylon-6/12", "PEG/PPG-18/18 Dimethicone").
 */
function slashAlternatives(s: string): string[] | null {
  const parts = splitTopLevel(s, 0x2f);
  if (parts.length < 2) return null;
  for (const p of parts) {
    if (letterCount(p) < 2 || isDigit(p.charCodeAt(0))) return null;
  }
  const last = parts[parts.length - 1] as string;
  const head = lastWord(last);
  const earlier = parts.slice(0, -1);
  if (POLYMER_HEADS.has(head) && !earlier.every((p) => lastWord(p) === head)) return null;
  if (
    NAME_HEADS.has(head) &&
    words(last).length > 1 &&
    earlier.some((p) => words(p).length === 1 && lastWord(p) !== head)
  ) {
    return null;
  }
  const first = lastWord(parts[0] as string);
  if (
    first.endsWith('ate') &&
    parts.slice(1).some((p) => words(p).length === 1 && lastWord(p).endsWith('ate'))
  ) {
    return null;
  }
  return parts;
}
