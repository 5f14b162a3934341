import type { BracketMap } from './brackets';
import { isDigit, isFootnoteMark, isLetter, isLower, isNewline, isSpace, isWhite } from './chars';

/**
 * Splits text into segments at separators outside brackets: commas, semicolons, line breaks,
 * bullets, sentence ends (". " before a capital), transparent "may contain" brackets and a
 * percent glued to the next word ("4.0%Water"). One left-to-right pass with bounded look-around.
 *
 * Not separators: a comma between digits in a chemical name ("1,2-Hexanediol", "4,4'-",
 * "1, 2-Hexanediol", "2,70%") and anything inside a trusted bracket pair.
 */

export enum Sep {
  Comma = 1,
  Semicolon = 2,
  Newline = 3,
  Blank = 4,
  Bullet = 5,
  Sentence = 6,
  Glue = 7,
  Bracket = 8,
  End = 9,
}

export const LINE_START = 1;
export const PARA_START = 2;
export const SENTENCE_START = 4;

/** Segments as parallel arrays (a 1 MB input may hold half a million of them). */
export interface Segments {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Separator after the segment. */
  sep: Uint8Array;
  /** LINE_START | PARA_START | SENTENCE_START, from the separator before it. */
  flags: Uint8Array;
}

const ABBREVIATIONS = new Set([
  'denat',
  'ext',
  'inc',
  'ltd',
  'corp',
  'approx',
  'vol',
  'var',
  'spp',
  'ssp',
  'subsp',
  'etc',
  'vit',
  'nr',
  'fig',
  'max',
  'min',
]);

export function segment(text: string, brackets: BracketMap): Segments {
  const n = text.length;
  let cap = 64;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let sep = new Uint8Array(cap);
  let flags = new Uint8Array(cap);
  let count = 0;
  let segStart = 0;
  let nextFlags = LINE_START | PARA_START | SENTENCE_START;

  const push = (s: number, e: number, kind: Sep, after: number) => {
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      sep = grow8(sep, cap);
      flags = grow8(flags, cap);
    }
    start[count] = s;
    end[count] = e;
    sep[count] = kind;
    flags[count] = nextFlags;
    count++;
    nextFlags =
      kind === Sep.Blank
        ? LINE_START | PARA_START | SENTENCE_START
        : kind === Sep.Newline
          ? LINE_START | SENTENCE_START
          : kind === Sep.Sentence
            ? SENTENCE_START
            : 0;
    segStart = after;
  };

  const { depth, transparent, conjunctions } = brackets;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      let j = i;
      let lines = 0;
      while (j < n && isWhite(text.charCodeAt(j))) {
        if (isNewline(text.charCodeAt(j))) lines++;
        j++;
      }
      push(segStart, i, lines >= 2 ? Sep.Blank : Sep.Newline, j);
      i = j;
      continue;
    }
    const conjunctionEnd = conjunctions.get(i);
    if (conjunctionEnd !== undefined && (depth[i] as number) === 0) {
      push(segStart, i, Sep.Comma, conjunctionEnd);
      i = conjunctionEnd;
      continue;
    }
    if (transparent.has(i)) {
      push(segStart, i, Sep.Bracket, i + 1);
      i++;
      continue;
    }
    if ((depth[i] as number) > 0) {
      i++;
      continue;
    }
    if (c === 0x2c) {
      if (!digitComma(text, i, segStart)) push(segStart, i, Sep.Comma, i + 1);
    } else if (c === 0xff0c || c === 0x3001 || c === 0xfe50 || c === 0xff64) {
      push(segStart, i, Sep.Comma, i + 1);
    } else if (c === 0x3b || c === 0xff1b) {
      push(segStart, i, Sep.Semicolon, i + 1);
    } else if (isBullet(c) && !betweenDigits(text, i)) {
      // "Sodium C14•16 Olefin Sulfonate" keeps its dot.
      push(segStart, i, Sep.Bullet, i + 1);
    } else if (c === 0x2e || c === 0x21 || c === 0x3f) {
      if (sentenceEnd(text, i)) push(segStart, i, Sep.Sentence, i + 1);
    } else if (c === 0x3002) {
      push(segStart, i, Sep.Sentence, i + 1);
    } else if (c === 0x25 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
      const next = text.charCodeAt(i + 1);
      if (!isLower(next)) push(segStart, i + 1, Sep.Glue, i + 1);
    }
    i++;
  }
  push(segStart, n, Sep.End, n);
  return {
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    sep: sep.subarray(0, count),
    flags: flags.subarray(0, count),
  };
}

function grow(a: Int32Array<ArrayBuffer>, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function grow8(a: Uint8Array<ArrayBuffer>, cap: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}

function isBullet(c: number): boolean {
  return (
    c === 0x2022 ||
    c === 0xb7 ||
    c === 0x7c ||
    c === 0x25cf ||
    c === 0x25aa ||
    c === 0x25e6 ||
    c === 0x2219 ||
    c === 0x30fb ||
    c === 0x25ba ||
    c === 0x25a0 ||
    c === 0x25c6 ||
    c === 0x2023 ||
    c === 0x2043
  );
}

/**
 * A comma inside a chemical name: "1,2-", "4,4'-", "1,10-", "2,70%" (digits on both sides, at
 * most two before), or "1, 2-Hexanediol" where the segment so far is only the leading digit.
 */
function digitComma(text: string, i: number, segStart: number): boolean {
  let k = i;
  while (k > segStart && i - k < 3 && isDigit(text.charCodeAt(k - 1))) k--;
  const before = i - k;
  if (before === 0 || before > 2) return false;
  if (k > segStart && isDigit(text.charCodeAt(k - 1))) return false;
  let j = i + 1;
  let spaces = 0;
  while (j < text.length && spaces < 2 && text.charCodeAt(j) === 0x20) {
    j++;
    spaces++;
  }
  const digitsStart = j;
  while (j < text.length && j - digitsStart < 4 && isDigit(text.charCodeAt(j))) j++;
  if (j === digitsStart || j >= text.length) return false;
  const t = text.charCodeAt(j);
  if (t === 0x20 && spaces === 0 && onlyDigitSoFar(text, segStart, k)) return true; // "1,2 Hexanediol"
  if (spaces > 0) {
    // "1, 2-Hexanediol": only when nothing but the digit precedes the comma in this item.
    return t === 0x2d && onlyDigitSoFar(text, segStart, k);
  }
  if (before === 2 && k > 0 && text.charCodeAt(k - 1) === 0x2d && t !== 0x25) return false;
  return t === 0x2d || t === 0x27 || t === 0x2019 || t === 0x2032 || t === 0x2c || t === 0x25;
}

function betweenDigits(text: string, i: number): boolean {
  return i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

function onlyDigitSoFar(text: string, segStart: number, digits: number): boolean {
  if (digits - segStart > 40) return false;
  for (let p = segStart; p < digits; p++) if (!isWhite(text.charCodeAt(p))) return false;
  return true;
}

/** ". " (or "! ", "? ") before a capital, a bullet, a footnote mark or a bracket. */
function sentenceEnd(text: string, i: number): boolean {
  let j = i + 1;
  if (j >= text.length || !isSpace(text.charCodeAt(j))) return false;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j >= text.length) return false;
  const next = text.charCodeAt(j);
  const startsSentence =
    (isLetter(next) && !isLower(next)) ||
    next === 0x2d ||
    next === 0x2a ||
    next === 0x2020 ||
    next === 0x2021 ||
    next === 0x5e ||
    next === 0x5b ||
    next === 0x28 ||
    next === 0x2b ||
    next === 0x22 ||
    next === 0x201c ||
    next === 0xb9 ||
    next === 0xb2 ||
    next === 0xb3;
  if (!startsSentence) return false;
  if (text.charCodeAt(i) !== 0x2e) return true;
  // Abbreviations: "Alcohol Denat. (SD Alcohol 40-B)", "St. John's Wort", "F.I.L.", "No. 9".
  let k = i;
  while (k > 0 && i - k < 12 && isLetter(text.charCodeAt(k - 1))) k--;
  const len = i - k;
  if (len === 0) {
    // "Ceramide 3. May contain", "(CI 77891). ", "Oil*. *Organic", "Salicylic Acid 2%. Other"
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    return isDigit(prev) || prev === 0x29 || prev === 0x5d || prev === 0x25 || isFootnoteMark(prev);
  }
  if (len <= 2) return false;
  if (k > 0 && text.charCodeAt(k - 1) === 0x2e) return false;
  if (ABBREVIATIONS.has(text.slice(k, i).toLowerCase())) return false;
  return true;
}
