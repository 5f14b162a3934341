/**
 * HTML fragment → plain text for strings that carry markup inside JSON (Sephora's
 * `ingredientDesc`, JSON-LD descriptions). A single left-to-right scan: no regex, no DOM, so
 * hostile strings are never parsed as HTML and the cost stays linear in the input.
 */

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
]);

/** Tags whose content is not text at all. */
const SKIP_CONTENT = new Set(['script', 'style', 'template', 'noscript']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  trade: '™',
  reg: '®',
  copy: '©',
  deg: '°',
  micro: 'µ',
  middot: '·',
  bull: '•',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  shy: '\u00ad',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  ccedil: 'ç',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  oacute: 'ó',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  ntilde: 'ñ',
  szlig: 'ß',
  Eacute: 'É',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
};

const MAX_ENTITY = 12;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** Decodes the entity at `s[i] === '&'`; returns [text, next index] or null if none. */
function decodeEntity(s: string, i: number): [string, number] | null {
  const end = s.indexOf(';', i + 1);
  if (end < 0 || end - i > MAX_ENTITY) return null;
  const body = s.slice(i + 1, end);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (digits.length === 0) return null;
    for (let k = 0; k < digits.length; k++) {
      const c = digits.charCodeAt(k);
      const ok = hex
        ? (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
        : c >= 0x30 && c <= 0x39;
      if (!ok) return null;
    }
    const code = Number.parseInt(digits, hex ? 16 : 10);
    if (
      !Number.isFinite(code) ||
      code <= 0 ||
      code > 0x10ffff ||
      (code >= 0xd800 && code <= 0xdfff)
    )
      return null;
    return [String.fromCodePoint(code), end + 1];
  }
  const named = NAMED[body];
  return named === undefined ? null : [named, end + 1];
}

/** Decodes character references only (for attribute-like strings without tags). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, amp);
    const decoded = decodeEntity(s, amp);
    if (decoded) {
      out += decoded[0];
      i = decoded[1];
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}

/** Index of the next `</name` (any case) at or after `from`, or the end of the input. */
function closingTagAt(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from);
  while (at >= 0) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
    at = html.indexOf('</', at + 2);
  }
  return html.length;
}

/**
 * Text of an HTML fragment: tags dropped, <br> and block boundaries as "\n", entities decoded,
 * script/style content dropped. A "<" that does not open a tag is kept as text.
 */
export function stripHtml(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  const newline = (): void => {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    const amp = html.indexOf('&', i);
    const next = lt < 0 ? amp : amp < 0 ? lt : Math.min(lt, amp);
    if (next < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, next);
    i = next;
    if (html.charCodeAt(i) === 0x26 /* & */) {
      const decoded = decodeEntity(html, i);
      if (decoded) {
        out += decoded[0];
        i = decoded[1];
      } else {
        out += '&';
        i++;
      }
      continue;
    }
    // "<": a tag only if followed by a letter, "/" + letter, "!" or "?".
    let j = i + 1;
    const closing = html.charCodeAt(j) === 0x2f;
    if (closing) j++;
    const first = html.charCodeAt(j);
    const isComment = !closing && (first === 0x21 || first === 0x3f);
    if (!isComment && !isAsciiLetter(first)) {
      out += '<';
      i++;
      continue;
    }
    if (isComment && html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    let k = j;
    while (k < n && isAsciiAlnum(html.charCodeAt(k))) k++;
    const name = html.slice(j, k).toLowerCase();
    const gt = html.indexOf('>', k);
    if (gt < 0) {
      // An unterminated tag: the rest is markup noise, not text.
      break;
    }
    i = gt + 1;
    if (isComment) continue;
    if (name === 'br') out += '\n';
    else if (BLOCK_TAGS.has(name)) newline();
    else if (!closing && SKIP_CONTENT.has(name)) {
      i = closingTagAt(html, name, i);
    }
  }
  return out;
}
