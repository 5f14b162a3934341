/**
 * Reading values out of inline <script> text without evaluating it: a JS string literal
 * ("...", '...') and a JSON object or array written as a literal. Single left-to-right scans
 * with a length cap, so hostile script text costs linear time at most.
 */

const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

function hexValue(text: string, from: number, digits: number): number | null {
  if (from + digits > text.length) return null;
  let v = 0;
  for (let i = from; i < from + digits; i++) {
    const c = text.charCodeAt(i);
    const d =
      c >= 0x30 && c <= 0x39
        ? c - 0x30
        : c >= 0x61 && c <= 0x66
          ? c - 0x57
          : c >= 0x41 && c <= 0x46
            ? c - 0x37
            : -1;
    if (d < 0) return null;
    v = v * 16 + d;
  }
  return v;
}

/** One escape sequence at text[i] === "\\": the decoded text and how many characters it used. */
function escapeAt(text: string, i: number): { out: string; used: number } | null {
  const e = text[i + 1];
  if (e === undefined) return null;
  if (e === 'x') {
    const v = hexValue(text, i + 2, 2);
    return v === null ? null : { out: String.fromCharCode(v), used: 4 };
  }
  if (e === 'u') {
    if (text[i + 2] === '{') {
      const close = text.indexOf('}', i + 3);
      if (close < 0 || close - (i + 3) > 6) return null;
      const v = hexValue(text, i + 3, close - (i + 3));
      if (v === null || v > 0x10ffff) return null;
      return { out: String.fromCodePoint(v), used: close - i + 1 };
    }
    const v = hexValue(text, i + 2, 4);
    return v === null ? null : { out: String.fromCharCode(v), used: 6 };
  }
  if (e === '\r') return { out: '', used: text[i + 2] === '\n' ? 3 : 2 };
  if (e === '\n' || e === '\u2028' || e === '\u2029') return { out: '', used: 2 };
  return { out: ESCAPES[e] ?? e, used: 2 };
}

/** The JS string literal starting at text[start] (a quote), decoded; null if malformed. */
export function readStringLiteral(
  text: string,
  start: number,
  max: number,
): { value: string; end: number } | null {
  const q = text.charCodeAt(start);
  if (q !== 0x22 && q !== 0x27) return null;
  const parts: string[] = [];
  let chunk = start + 1;
  const limit = Math.min(text.length, start + max);
  for (let i = start + 1; i < limit; ) {
    const c = text.charCodeAt(i);
    if (c === q) {
      parts.push(text.slice(chunk, i));
      return { value: parts.join(''), end: i + 1 };
    }
    if (c === 0x0a || c === 0x0d) return null; // unescaped line break: not a literal
    if (c === 0x5c) {
      parts.push(text.slice(chunk, i));
      const esc = escapeAt(text, i);
      if (esc === null) return null;
      parts.push(esc.out);
      i += esc.used;
      chunk = i;
      continue;
    }
    i++;
  }
  return null;
}

/**
 * The JSON object or array text starting at text[start] ("{" or "["), found by bracket
 * matching outside double-quoted strings; null if it does not close within `max` characters.
 */
export function balancedJson(text: string, start: number, max: number): string | null {
  const first = text.charCodeAt(start);
  if (first !== 0x7b && first !== 0x5b) return null;
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, start + max);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** Index of the first non-space character at or after `from`. */
export function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
    i++;
  }
  return i;
}
