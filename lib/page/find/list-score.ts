import { inciScore } from '../../inci';

/**
 * Where in a text the ingredient list is: the lines ("runs") that inciScore rates as a
 * delimited run of INCI names. A block is accepted as an ingredient section only if one run
 * scores at least ACCEPT; "the longest paragraph" never wins on length alone.
 */

export const ACCEPT = 0.5;
/** The text-scan fallback has no "Ingredients" label to lean on, so it asks for more. */
export const ACCEPT_UNLABELLED = 0.6;

const MAX_LINES = 400;
const MAX_LINE = 20_000;
const MAX_WHOLE = 20_000;

export interface Run {
  /** [start, end) of the trimmed line in the scored text. */
  start: number;
  end: number;
  score: number;
}

export interface RunScore {
  best: number;
  /** Runs scoring at least the threshold, in text order. */
  good: Run[];
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x0c;
}

function safeScore(s: string): number {
  try {
    const v = inciScore(s);
    return Number.isFinite(v) ? v : 0;
  } catch {
    return 0;
  }
}

/**
 * Scores each line of `text`. If no single line passes, a list written one name per line
 * (one <li> each) is scored as a whole, but only when every line is short and none explains
 * itself ("Ceramide – stärken die Hautbarriere", "Niacinamide: calms"): marketing bullets
 * under an "Inhaltsstoffe:" heading are names too, as far as the scorer can tell.
 */
export function scoreRuns(text: string, threshold = ACCEPT): RunScore {
  let best = 0;
  const good: Run[] = [];
  let lines = 0;
  let pos = 0;
  let listShaped = true;
  while (pos <= text.length && lines < MAX_LINES) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let a = pos;
    let b = nl;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b - a >= 3) {
      lines++;
      const line = text.slice(a, Math.min(b, a + MAX_LINE));
      const score = safeScore(line);
      if (score > best) best = score;
      if (score >= threshold) good.push({ start: a, end: b, score });
      if (!isBareName(line)) listShaped = false;
    }
    pos = nl + 1;
  }
  if (good.length === 0 && listShaped && lines >= MIN_LINES && text.length <= MAX_WHOLE) {
    let a = 0;
    let b = text.length;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    const score = safeScore(text.slice(a, b));
    if (score > best) best = score;
    if (score >= Math.max(threshold, WHOLE_ACCEPT)) good.push({ start: a, end: b, score });
  }
  return { best, good };
}

const MIN_LINES = 5;
const WHOLE_ACCEPT = 0.7;
const MAX_NAME_LINE = 60;

/** A line that could be one ingredient name: short, no explanation after a dash or colon. */
function isBareName(line: string): boolean {
  if (line.length > MAX_NAME_LINE) return false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0x2013 || c === 0x2014) return false; // : ： – —
    if (c === 0x2d && line.charCodeAt(i - 1) === 0x20 && line.charCodeAt(i + 1) === 0x20)
      return false; // " - "
  }
  return true;
}

/**
 * Words that nearly every INCI list contains. A block found with no "Ingredients" label must
 * name at least two: fabric content ("100% Cotton; 10% Polyester") and address fields are
 * delimited runs of short names too.
 */
const ANCHORS = [
  'aqua',
  'water',
  'eau',
  'glycerin',
  'extract',
  'oil',
  'acid',
  'glycol',
  'sodium',
  'potassium',
  'alcohol',
  'butter',
  'ferment',
  'peptide',
  'hyaluron',
  'tocopher',
  'phenoxyethanol',
  'paraben',
  'dimethicone',
  'glyceryl',
  'stearate',
  'xanthan',
  'citrate',
  'benzoate',
  'sorbate',
  'ceramide',
  'niacinamide',
  'panthenol',
  'squalane',
  'ci 77',
  'parfum',
  'fragrance',
  'hexanediol',
  'polysorbate',
  'carbomer',
];

export function hasInciAnchors(text: string, min = 2): boolean {
  const lower = text.length > 50_000 ? text.slice(0, 50_000).toLowerCase() : text.toLowerCase();
  let n = 0;
  for (const a of ANCHORS) {
    if (lower.includes(a) && ++n >= min) return true;
  }
  return false;
}

/** Lower-cased comma-separated names, for telling a repeated list from a different one. */
function names(text: string): Set<string> {
  const out = new Set<string>();
  let start = 0;
  for (let i = 0; i <= text.length && out.size < 1000; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x2c;
    if (c === 0x2c || c === 0x0a || c === 0x3b) {
      const name = text.slice(start, i).trim().toLowerCase();
      if (name.length > 1 && name.length < 200) out.add(name);
      start = i + 1;
    }
  }
  return out;
}

/**
 * True if two texts carry essentially the same list (variants of one product: a size with a
 * reformulated name or two), so only one is reported. Kit components share only the basics
 * (water, glycerin, preservatives) and stay apart.
 */
export function sameList(a: string, b: string): boolean {
  if (a === b) return true;
  const x = names(a);
  const y = names(b);
  const small = Math.min(x.size, y.size);
  if (small < 3) return false;
  let shared = 0;
  for (const n of x) if (y.has(n)) shared++;
  return shared / small >= 0.7;
}
