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
  return normalizeWithMap(input).text;
}

export interface NormalizedText {
  text: string;
  /** map[i] = index in the input of the character that produced text[i]. */
  map: number[];
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export function normalizeWithMap(input: string): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
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
