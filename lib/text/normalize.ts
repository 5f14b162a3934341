/**
 * The one normalisation shared by the lexicon builder, the matcher and the claim finder.
 * Both sides of every comparison go through it, so spelling variants in case, diacritics,
 * punctuation, hyphens and spacing all meet: "sh-Oligopeptide-1", "SH OLIGOPEPTIDE 1" and
 * "Sh‐Oligopeptide–1" all become "sh oligopeptide 1".
 *
 * One pass over the input, no regex backtracking. `normalizeWithMap` also returns, for every
 * output character, the index of the input character it came from, so matches found in the
 * normalised text map back to offsets in the page text.
 */
export function normalizeName(input: string): string {
  // Plain ASCII (nearly every INCI name) needs no offset map, look-alike or NFKD work: its
  // letter and digit runs, lower case, one space apart. Same answer, a fraction of the cost.
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) >= 0x80) return normalizeWithMap(input).text;
  }
  return input.toLowerCase().replace(NOT_ASCII_WORD, ' ').trim();
}

const NOT_ASCII_WORD = /[^a-z0-9]+/g;

export interface NormalizedText {
  text: string;
  /** map[i] = index in the input of the character that produced text[i]. */
  map: number[];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export function normalizeWithMap(input: string): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  const mixed = mixedScriptTokens(input);
  let pendingSpace = false;
  let i = 0;
  while (i < input.length) {
    const code = input.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) {
      if (isAsciiWordChar(code)) {
        if (pendingSpace && map.length > 0) {
          parts.push(' ');
          map.push(i);
        }
        pendingSpace = false;
        parts.push(
          code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : (input[i] as string),
        );
        map.push(i);
      } else {
        pendingSpace = true;
      }
    } else if (mixed !== null && mixed[i] === 1 && LOOK_ALIKE.has(code)) {
      // A Cyrillic or Greek look-alike inside a Latin word ("Humаn" with Cyrillic а): read
      // as the Latin letter it imitates, so a disguised name still matches.
      if (pendingSpace && map.length > 0) {
        parts.push(' ');
        map.push(i);
      }
      pendingSpace = false;
      parts.push(LOOK_ALIKE.get(code) as string);
      map.push(i);
    } else if (!isInvisible(code)) {
      // NFKD splits accented letters into base + combining mark and folds full-width forms.
      const decomposed = String.fromCodePoint(code).normalize('NFKD').toLowerCase();
      for (const ch of decomposed) {
        const c = ch.codePointAt(0) ?? 0;
        if (isCombiningMark(c)) continue;
        if (c === 0x3099 || c === 0x309a || LETTER_OR_DIGIT.test(ch)) {
          if (pendingSpace && map.length > 0) {
            parts.push(' ');
            map.push(i);
          }
          pendingSpace = false;
          parts.push(ch);
          for (let k = 0; k < ch.length; k++) map.push(i);
        } else {
          pendingSpace = true;
        }
      }
    }
    i += width;
  }
  return { text: parts.join(''), map };
}

function isAsciiWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/**
 * Cyrillic and Greek letters drawn like Latin ones, each with the Latin letter (lower case)
 * it imitates. Only applied inside a word that also has Latin letters: real Cyrillic or
 * Greek text is left alone.
 */
const LOOK_ALIKE = new Map<number, string>(
  [
    // Cyrillic lower and upper case
    ['а', 'a'],
    ['в', 'b'],
    ['е', 'e'],
    ['к', 'k'],
    ['м', 'm'],
    ['н', 'h'],
    ['о', 'o'],
    ['р', 'p'],
    ['с', 'c'],
    ['т', 't'],
    ['у', 'y'],
    ['х', 'x'],
    ['і', 'i'],
    ['ј', 'j'],
    ['ѕ', 's'],
    ['ԁ', 'd'],
    ['А', 'a'],
    ['В', 'b'],
    ['Е', 'e'],
    ['К', 'k'],
    ['М', 'm'],
    ['Н', 'h'],
    ['О', 'o'],
    ['Р', 'p'],
    ['С', 'c'],
    ['Т', 't'],
    ['У', 'y'],
    ['Х', 'x'],
    ['І', 'i'],
    ['Ј', 'j'],
    ['Ѕ', 's'],
    // Greek
    ['α', 'a'],
    ['ε', 'e'],
    ['ι', 'i'],
    ['κ', 'k'],
    ['ν', 'v'],
    ['ο', 'o'],
    ['ρ', 'p'],
    ['τ', 't'],
    ['υ', 'u'],
    ['χ', 'x'],
    ['Α', 'a'],
    ['Β', 'b'],
    ['Ε', 'e'],
    ['Ζ', 'z'],
    ['Η', 'h'],
    ['Ι', 'i'],
    ['Κ', 'k'],
    ['Μ', 'm'],
    ['Ν', 'n'],
    ['Ο', 'o'],
    ['Ρ', 'p'],
    ['Τ', 't'],
    ['Υ', 'y'],
    ['Χ', 'x'],
  ].map(([from, to]) => [(from as string).codePointAt(0) as number, to as string]),
);

/** Characters a word is made of, for the mixed-script test: letters, digits, invisibles. */
function isWordPart(code: number): boolean {
  if (code < 0x80) return isAsciiWordChar(code);
  if (isInvisible(code) || isCombiningMark(code)) return true;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/**
 * For each input index, 1 when it is inside a word that mixes ASCII Latin letters with
 * look-alike letters; null when the text has no look-alike at all (the common case, at the
 * cost of one scan). Linear: one pass to find words, one to fill them.
 */
function mixedScriptTokens(input: string): Uint8Array | null {
  let any = false;
  // Every look-alike is Greek or Cyrillic (U+0391 and up): ASCII text costs one compare a char.
  for (let i = 0; i < input.length && !any; i++) {
    const c = input.charCodeAt(i);
    any = c > 0x390 && LOOK_ALIKE.has(c);
  }
  if (!any) return null;
  const flags = new Uint8Array(input.length);
  let start = 0;
  let latin = false;
  let alike = false;
  const close = (end: number) => {
    if (latin && alike) flags.fill(1, start, end);
  };
  let i = 0;
  while (i < input.length) {
    const code = input.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isWordPart(code)) {
      if (code < 0x80 && (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin = true;
      if (LOOK_ALIKE.has(code)) alike = true;
    } else {
      close(i);
      start = i + width;
      latin = false;
      alike = false;
    }
    i += width;
  }
  close(input.length);
  return flags;
}

/**
 * How a name was disguised, if it was: invisible characters inside it (zero-width joiners,
 * soft hyphens) or look-alike letters from another script inside a Latin word. The report
 * carries it so the shopper sees that the label used them.
 */
export function disguiseOf(text: string): Array<'invisible' | 'look-alike'> {
  const out: Array<'invisible' | 'look-alike'> = [];
  let invisible = false;
  for (let i = 0; i < text.length && !invisible; i++) {
    const c = text.charCodeAt(i);
    // Leading or trailing invisibles are page noise; only those inside the name count.
    invisible = isInvisible(c) && i > 0 && i < text.length - 1;
  }
  if (invisible) out.push('invisible');
  const mixed = mixedScriptTokens(text);
  if (mixed?.includes(1)) {
    for (let i = 0; i < text.length; i++) {
      if (mixed[i] === 1 && LOOK_ALIKE.has(text.charCodeAt(i))) {
        out.push('look-alike');
        break;
      }
    }
  }
  return out;
}

/** Zero-width space/joiners, bidi controls, word joiner, soft hyphen, BOM: dropped outright. */
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}
