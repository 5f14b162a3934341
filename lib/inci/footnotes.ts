import { isCloseBracket, isDigit, isFootnoteMark, isLetter, isLower, isOpenBracket } from './chars';

/**
 * Footnotes printed after a list ("*Certified Organic", "Fragrance made of 100% natural
 * essential oils and/or plant extracts", "*erhalten aus natürlichen ätherischen Ölen") say
 * where ingredients come from; they are not ingredients. Words are matched on the lower-cased
 * text outside brackets, so "Lavandula Angustifolia Oil (from organic farming)" stays a name.
 */

/** Provenance vocabulary, as substrings (stems cover plurals and inflections). */
export const FOOTNOTE_WORDS = [
  'organic',
  'certified',
  'ingredient',
  'natural',
  'derived',
  'origin',
  'farming',
  'essential oil',
  'plant extract',
  'fair trade',
  'wildcrafted',
  // de
  'natürlich',
  'ätherisch',
  'biologisch',
  'kontrolliert',
  'pflanzlich',
  'ursprung',
  // fr, es, it, pt, nl
  'naturel',
  'biologique',
  'agriculture',
  'issus',
  'origen',
  'ecológic',
  'agricultura',
  'biologic',
  'agricoltura',
  'naturale',
  'natuurlijk',
];

/** Words that make a provenance note read as a sentence: "made of", "aus", "issus de". */
const LINK_WORDS = new Set([
  'of',
  'from',
  'made',
  'obtained',
  'sourced',
  'derived',
  'with',
  'and/or',
  'aus',
  'von',
  'erhalten',
  'und/oder',
  'de',
  'du',
  'des',
  'issus',
  'issu',
  'et/ou',
  'da',
  'di',
  'van',
  'uit',
]);

/** A phrase made of these words only ("Certified Organic", "Natural Origin") is a note. */
const STATUS_WORDS = new Set([
  'certified',
  'organic',
  'organically',
  'grown',
  'bio',
  'natural',
  'naturally',
  'origin',
  'wildcrafted',
  'fair',
  'trade',
  'ingredient',
  'ingredients',
  'farming',
  'from',
  'of',
]);

/** The words of text[from, to) outside brackets, lower-cased, footnote marks dropped. */
function topLevelWords(text: string, from: number, to: number): string[] {
  const words: string[] = [];
  let depth = 0;
  let word = '';
  const flush = () => {
    if (word.length > 0 && depth === 0) words.push(word.toLowerCase());
    word = '';
  };
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isOpenBracket(c)) {
      flush();
      depth++;
    } else if (isCloseBracket(c)) {
      word = '';
      if (depth > 0) depth--;
    } else if (isLetter(c) || isDigit(c) || c === 0x2f || c === 0x2d || c === 0x25) {
      word += text[i];
    } else if (!isFootnoteMark(c)) flush();
  }
  flush();
  return words;
}

/**
 * Does text[from, to), an item-shaped piece at the end of a list, read as a provenance note?
 * Either every word is a status word ("Certified Organic"), or it names provenance and reads
 * as a phrase: a link word, a percentage, or a lower-case start ("erhalten aus …").
 */
export function isFootnotePhrase(text: string, from: number, to: number): boolean {
  const words = topLevelWords(text, from, to);
  if (words.length === 0) return false;
  if (words.every((w) => STATUS_WORDS.has(w))) return true;
  const joined = words.join(' ');
  if (!FOOTNOTE_WORDS.some((w) => joined.includes(w))) return false;
  if (words.some((w) => LINK_WORDS.has(w) || w.endsWith('%'))) return true;
  let i = from;
  while (i < to && !isLetter(text.charCodeAt(i))) i++;
  return words.length >= 2 && i < to && isLower(text.charCodeAt(i));
}
