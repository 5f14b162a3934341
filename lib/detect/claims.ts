import { normalizeWithMap } from '../text/normalize';
import type { Lexicon } from './lexicon';

export interface ClaimHit {
  /** Offsets into the copy text (end exclusive) and the text as written there. */
  start: number;
  end: number;
  text: string;
  termId: string;
  lang: string;
  concept: string;
}

/** Words that turn a number into a count: "10 billion exosomes", "100억 엑소좀", "50亿外泌体". */
const MULTIPLIERS = new Set([
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
  'mil',
  'millones',
  'milliarden',
  'millionen',
  'milliards',
  'milliard',
  'miliardi',
  'milioni',
  'bilhoes',
  'bilioes',
  'milhoes',
  'miliardow',
  'milionow',
  'miliardy',
  'miliony',
  'mld',
  'mln',
]);
const CJK_MULTIPLIERS = ['억', '조', '만', '亿', '億', '万', '兆'];
const COUNT_LOOKBACK = 24;

const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}]$/u;

/**
 * Finds exosome claim phrases in product copy. Matching runs on the normalised text (case,
 * accents, punctuation and spacing folded) and maps back to the original offsets. Latin-script
 * terms match on word boundaries (with an optional plural "s"); Hangul, kana and Han terms
 * match anywhere, since those scripts attach particles without spaces (엑소좀을, 外泌体精华).
 */
export function findClaims(text: string, lex: Lexicon, pageLang?: string): ClaimHit[] {
  const { text: norm, map } = normalizeWithMap(text);
  const hits: ClaimHit[] = [];
  // Positions of the normalised text already claimed: an overlap test costs the term's
  // length, not the number of hits so far (copy dense with claims stays linear).
  const taken = new Uint8Array(norm.length + 1);
  for (const [term, termId, lang, concept] of orderedTerms(lex, pageLang)) {
    const latin = LATIN_OR_DIGIT.test(term[0] ?? '');
    let from = 0;
    for (;;) {
      const at = norm.indexOf(term, from);
      if (at < 0) break;
      from = at + 1;
      let endNorm = at + term.length;
      if (latin) {
        if (at > 0 && isWordChar(norm[at - 1])) continue;
        if (norm[endNorm] === 's' && !isWordChar(norm[endNorm + 1])) endNorm++;
        if (isWordChar(norm[endNorm])) continue;
      }
      // Longer terms were tried first; skip any hit overlapping one already taken.
      if (isTaken(taken, at, endNorm)) continue;
      taken.fill(1, at, endNorm);
      const start = map[at] ?? 0;
      const end = endOffset(text, map, endNorm);
      hits.push({ start, end, text: text.slice(start, end), termId, lang, concept });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // Hits never overlap, so sorted by start their ends are sorted too: the one hit a widened
  // count could reach back over is the one just before it.
  let prevEnd = -1;
  for (const hit of hits) {
    const before = { start: hit.start, text: hit.text, termId: hit.termId, concept: hit.concept };
    widenToCount(text, hit, lex);
    // A count may not reach back over another claim ("5 billion exosomes and エクソソーム").
    if (prevEnd > hit.start) Object.assign(hit, before);
    prevEnd = hit.end;
  }
  return hits;
}

function isTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i] === 1) return true;
  return false;
}

/**
 * Longest terms first; among terms spelled alike in several languages ("exosomes" is English
 * and French), the page's own language first.
 */
function orderedTerms(lex: Lexicon, pageLang: string | undefined): Lexicon['claims'] {
  const lang = pageLang?.slice(0, 2).toLowerCase();
  if (!lang) return lex.claims;
  return [...lex.claims].sort(
    (a, b) => b[0].length - a[0].length || Number(b[2] === lang) - Number(a[2] === lang),
  );
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ' ';
}

/** Offset just after the original character that produced norm[endNorm - 1]. */
function endOffset(text: string, map: number[], endNorm: number): number {
  const last = map[endNorm - 1] ?? 0;
  const code = text.codePointAt(last) ?? 0;
  return last + (code > 0xffff ? 2 : 1);
}

/**
 * Turns "exosomes" into a count claim when a number with a multiplier stands just before it
 * ("10 billion exosomes", "1.2×10^10 exosomes", "100억 엑소좀"). Looks back a bounded window.
 */
function widenToCount(text: string, hit: ClaimHit, lex: Lexicon): void {
  if (hit.concept !== 'exosome' && hit.concept !== 'exosome-count') return;
  const from = Math.max(0, hit.start - COUNT_LOOKBACK);
  const before = text.slice(from, hit.start);
  if (hit.concept === 'exosome-count') {
    // The term already says "billion exosomes": take the number in front of it along.
    const numberAt = trailingNumberStart(before);
    if (numberAt >= 0) {
      hit.start = from + numberAt;
      hit.text = text.slice(hit.start, hit.end);
    }
    return;
  }
  const countAt = findCountStart(before);
  if (countAt < 0) return;
  hit.start = from + countAt;
  hit.text = text.slice(hit.start, hit.end);
  hit.concept = 'exosome-count';
  // Use the count term of the same language when there is one; otherwise the hit keeps its
  // own term (a Korean count stays Korean rather than borrowing an English term).
  const count = lex.claims.find(
    ([, , lang, concept]) => concept === 'exosome-count' && lang === hit.lang,
  );
  if (count) hit.termId = count[1];
}

/**
 * Index in `s` where a trailing count starts, or -1: within the last three tokens, a
 * multiplier ("billion", "억", "×10^10") with a number in it or just before it, or a plain
 * number of a million or more ("10,000,000,000 exosomes").
 */
function findCountStart(s: string): number {
  const tokens: Array<{ start: number; text: string }> = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && s[i] === ' ') i++;
    const start = i;
    while (i < s.length && s[i] !== ' ') i++;
    if (i > start) tokens.push({ start, text: s.slice(start, i).toLowerCase() });
  }
  const last = tokens.length - 1;
  for (let k = last; k >= 0 && k >= last - 2; k--) {
    const t = tokens[k] as { start: number; text: string };
    const head = leadingNumberLength(t.text);
    const isMultiplier =
      MULTIPLIERS.has(t.text.slice(head)) ||
      CJK_MULTIPLIERS.some((m) => t.text.endsWith(m)) ||
      t.text.includes('×10') ||
      t.text.includes('x10^');
    if (isMultiplier) {
      if (head > 0) return t.start;
      const prev = tokens[k - 1];
      if (prev && leadingNumberLength(prev.text) === prev.text.length) return prev.start;
      return -1;
    }
    if (head > 0 && head === t.text.length && digitsValue(t.text) >= 1_000_000) return t.start;
  }
  return -1;
}

/** Start of a number token ("10", "1.2", "5,000") that ends `s` (spaces allowed), or -1. */
function trailingNumberStart(s: string): number {
  let end = s.length;
  while (end > 0 && s[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && s[start - 1] !== ' ') start--;
  const token = s.slice(start, end);
  return token && leadingNumberLength(token) === token.length ? start : -1;
}

function digitsValue(token: string): number {
  let v = 0;
  for (const c of token) if (c >= '0' && c <= '9') v = v * 10 + (c.charCodeAt(0) - 48);
  return v;
}

function leadingNumberLength(token: string): number {
  let n = 0;
  while (n < token.length) {
    const c = token[n] as string;
    if ((c >= '0' && c <= '9') || ((c === ',' || c === '.') && n > 0)) n++;
    else break;
  }
  return n;
}
