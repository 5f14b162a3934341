import { candidatesOf } from './candidates';
import {
  isCloseBracket,
  isDash,
  isDigit,
  isFootnoteMark,
  isLetter,
  isOpenBracket,
  isUpper,
  isWhite,
} from './chars';
import { MAX_ITEM_CHARS } from './classify';
import type { ParsedGroup, ParsedItem } from './types';

/**
 * One ingredient from a segment: trims separators, bullets, footnote marks and trailing dots
 * off the ends (so `text` is still a slice of the input), then reads the markers that are not
 * part of the name, "(nano)", "10%", "(2%)", "(F.I.L. …)" and footnote marks, and builds the
 * candidate names from what is left.
 */

export function buildItem(
  text: string,
  from: number,
  to: number,
  group: ParsedGroup,
): ParsedItem | null {
  const range = trimItem(text, from, to);
  if (!range) return null;
  const [start, end] = range;
  const raw = text.slice(start, end);
  const { core, nano, percent } = readMarkers(raw);
  const candidates = candidatesOf(core);
  if (candidates.length === 0) return null;
  return { text: raw, start, end, group, candidates, nano, percent };
}

function isLeadJunk(c: number): boolean {
  return (
    isWhite(c) ||
    isDash(c) ||
    isFootnoteMark(c) ||
    c === 0x3a ||
    c === 0xff1a ||
    c === 0x2c ||
    c === 0x2e ||
    c === 0x3b ||
    c === 0x3e || // >
    c === 0x22 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2022 ||
    c === 0xb7
  );
}

function isTailJunk(c: number): boolean {
  return (
    isWhite(c) ||
    c === 0x2b || // "Leaf Extract+" (a footnote mark on some labels)
    isFootnoteMark(c) ||
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0xff1a ||
    c === 0x22 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x3002
  );
}

/** The item's bounds without leading bullets and trailing marks or dots, or null if empty. */
export function trimItem(text: string, from: number, to: number): [number, number] | null {
  let s = from;
  let e = to;
  for (let round = 0; round < 4; round++) {
    const s0 = s;
    const e0 = e;
    while (s < e && isLeadJunk(text.charCodeAt(s))) s++;
    while (e > s && isTailJunk(text.charCodeAt(e - 1))) e--;
    if (e - s <= MAX_ITEM_CHARS) {
      // An unmatched bracket at either end is debris from a neighbouring marker.
      let balance = 0;
      for (let i = s; i < e; i++) {
        const c = text.charCodeAt(i);
        if (isOpenBracket(c)) balance++;
        else if (isCloseBracket(c)) balance--;
      }
      if (balance < 0 && e > s && isCloseBracket(text.charCodeAt(e - 1))) e--;
      else if (balance > 0 && e > s && isOpenBracket(text.charCodeAt(s))) s++;
    }
    if (s === s0 && e === e0) break;
  }
  // "…, Octisalate 5%, and Avobenzone 3%": the conjunction of an English enumeration.
  const and = text.startsWith('and ', s) ? 4 : text.startsWith('& ', s) ? 2 : 0;
  if (and > 0 && s + and < e && isUpper(text.charCodeAt(s + and))) s += and;
  for (let i = s; i < e; i++) if (isLetter(text.charCodeAt(i))) return [s, e];
  return null;
}

interface Markers {
  core: string;
  nano: boolean;
  percent: number | null;
}

/** Removes "(nano)", percentages, "(F.I.L. …)" codes and footnote marks from a name. */
export function readMarkers(raw: string): Markers {
  let nano = false;
  let percent: number | null = null;
  const drop = new Uint8Array(raw.length);

  // Bracket groups at the top level of the item.
  let depth = 0;
  let open = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isOpenBracket(c)) {
      if (depth === 0) open = i;
      depth++;
    } else if (isCloseBracket(c) && depth > 0) {
      depth--;
      if (depth === 0 && open >= 0) {
        const inner = raw
          .slice(open + 1, i)
          .trim()
          .toLowerCase();
        const p = percentOf(inner);
        let remove = false;
        if (inner === 'nano') {
          nano = true;
          remove = true;
        } else if (p !== null) {
          percent ??= p;
          remove = true;
        } else if (inner.startsWith('f.i.l') || inner.startsWith('fil ')) {
          remove = true;
        }
        if (remove) drop.fill(1, open, i + 1);
        open = -1;
      }
    }
  }

  // Percent tokens outside brackets: "Niacinamide 10%", "100% Squalane", "Zinc Oxide 20 %".
  depth = 0;
  let tokenStart = -1;
  let prevNumber = -1;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 0x20;
    if (isOpenBracket(c)) depth++;
    else if (isCloseBracket(c) && depth > 0) depth--;
    if (isWhite(c)) {
      if (tokenStart >= 0 && depth === 0) {
        const token = raw.slice(tokenStart, i);
        const p = percentOf(token);
        if (p !== null) {
          percent ??= p;
          drop.fill(1, tokenStart, i);
          prevNumber = -1;
        } else if (token === '%' && prevNumber >= 0) {
          percent ??= percentOf(`${raw.slice(prevNumber, tokenStart).trim()}%`);
          drop.fill(1, prevNumber, i);
          prevNumber = -1;
        } else {
          prevNumber = isNumber(token) ? tokenStart : -1;
        }
      }
      tokenStart = -1;
    } else if (tokenStart < 0) {
      tokenStart = i;
    }
  }

  for (let i = 0; i < raw.length; i++) if (isFootnoteMark(raw.charCodeAt(i))) drop[i] = 1;

  let core = '';
  for (let i = 0; i < raw.length; i++) if (!drop[i]) core += raw[i];
  return { core: core.trim(), nano, percent };
}

function isNumber(s: string): boolean {
  if (s.length === 0 || s.length > 8) return false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c !== 0x2e && c !== 0x2c) return false;
  }
  return digits > 0 && isDigit(s.charCodeAt(0));
}

/** "10%", "0.5%", "2,70%", "3.00 %" → the number; anything else → null. */
export function percentOf(token: string): number | null {
  const t = token.trim();
  if (t.length < 2 || t.length > 10 || t.charCodeAt(t.length - 1) !== 0x25) return null;
  const num = t.slice(0, -1).trim();
  if (!isNumber(num)) return null;
  const value = Number.parseFloat(num.replace(',', '.'));
  return Number.isFinite(value) && value > 0 && value <= 100 ? value : null;
}
