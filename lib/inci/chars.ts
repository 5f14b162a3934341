/**
 * Character classes for the INCI scanners. Plain code-point tests, no regex, so every scanner
 * stays linear on hostile input.
 */

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Letters of any script. Outside ASCII, anything that is not punctuation, a symbol or a space. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, super/subscripts, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xfe10 && c <= 0xfe6f) return false; // vertical and small forms
  if (c >= 0xff00 && c <= 0xff20) return false; // full-width punctuation and digits
  if (c >= 0xff3b && c <= 0xff40) return false;
  if (c >= 0xff5b && c <= 0xff65) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true; // half of an astral letter (rare; counted as text)
  return c !== 0xfeff && c !== 0xa0;
}

export function isLetterOrDigit(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (!isLetter(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (!isLetter(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/** Spaces other than line breaks (incl. NBSP, zero-width and BOM, which pages scatter about). */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b)
  );
}

/**
 * Invisible format characters inside a name (zero-width non-joiner and joiner, word joiner,
 * soft hyphen, bidi marks): a label can hide them in a name, so they are not "odd" characters
 * that make an item look like prose. The matcher's normalisation drops them.
 */
export function isInvisibleFormat(c: number): boolean {
  return c === 0xad || (c >= 0x200c && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064);
}

export function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x2028 || c === 0x2029 || c === 0x85;
}

export function isWhite(c: number): boolean {
  return isSpace(c) || isNewline(c);
}

/** Footnote marks written after (or before) a name: * † ‡ ^ ° and superscript digits. */
export function isFootnoteMark(c: number): boolean {
  return (
    c === 0x2a || // *
    c === 0x2020 || // †
    c === 0x2021 || // ‡
    c === 0x5e || // ^
    c === 0xb9 || // ¹
    c === 0xb2 || // ²
    c === 0xb3 || // ³
    (c >= 0x2070 && c <= 0x2079) || // ⁰ ⁴ … ⁹
    c === 0x204e || // ⁎
    c === 0x2217 || // ∗
    c === 0xa7 // §
  );
}

export function isOpenBracket(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b || c === 0xff08 || c === 0x3010 || c === 0xff3b;
}

export function isCloseBracket(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x7d || c === 0xff09 || c === 0x3011 || c === 0xff3d;
}

/** The closing bracket that pairs with an opening one. */
export function closerOf(c: number): number {
  switch (c) {
    case 0x28:
      return 0x29;
    case 0x5b:
      return 0x5d;
    case 0x7b:
      return 0x7d;
    case 0xff08:
      return 0xff09;
    case 0x3010:
      return 0x3011;
    default:
      return 0xff3d;
  }
}

/** Dashes used as bullets at a line start. */
export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2212;
}
