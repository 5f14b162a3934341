/**
 * CosIng writes every INCI name in capitals ("ACETYL HEXAPEPTIDE-8"); labels and shoppers use
 * the readable form ("Acetyl Hexapeptide-8"). `readableInci` turns the one into the other for
 * display, keeping what must stay as it is: abbreviations (PEG-40, PPG-2, CI 77491, EDTA,
 * HCl), roman numerals (Ceramide 6 II), carbon chains (C10-30), ceramide classes (Ceramide
 * NP), chemistry prefixes (p-Phenylenediamine, t-Butyl, 1H-Pyrrole, 4a) and INCI's
 * lower-case peptide prefixes (sh-Oligopeptide-1). A name that already has lower-case letters
 * is returned unchanged.
 */

/** Abbreviations INCI keeps in capitals (or its own mixed case). */
const ABBREVIATIONS = new Map(
  [
    'PEG',
    'PPG',
    'CI',
    'DNA',
    'RNA',
    'PCA',
    'EDTA',
    'HEDTA',
    'MEA',
    'DEA',
    'MIPA',
    'AMP',
    'PVP',
    'PVM',
    'VP',
    'VA',
    'PVA',
    'PABA',
    'UV',
    'HC',
    'BHT',
    'BHA',
    'DMDM',
    'IPDI',
    'HDI',
    'TDI',
    'MDI',
    'SMDI',
    'PTFE',
    'PET',
    'HEMA',
    'PNA',
    'PEI',
    'HEA',
    'DMAPA',
    'SD',
    'PG',
    'EO',
  ]
    .map((a): [string, string] => [a, a])
    .concat([
      ['HCL', 'HCl'],
      ['HBR', 'HBr'],
    ]),
);

const ROMAN = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** INCI's lower-case prefixes before a hyphen: sh-Polypeptide-1, rh-Oligopeptide-2, r-… */
const LOWER_PREFIXES = new Set(['SH', 'RH', 'SR', 'R', 'S']);

/** Ortho-, meta-, para- prefixes, lower case: m-Cresol, Dimethyl-p-phenylenediamine. */
const POSITION_PREFIXES = new Set(['O', 'M', 'P']);

/** Chemical suffixes after a locant, lower case: 1-Hexen-3-ol, Octen-4-one, Pinen-3-yl. */
const SUFFIXES = new Set(['OL', 'ONE', 'YL', 'AL', 'ENE', 'YNE', 'OIC']);

/** Letters after digits that stay capitals: hydrogen (1H) and stereo descriptors (20S). */
const UPPER_AFTER_DIGIT = new Set(['H', 'S', 'R', 'E', 'Z']);

const isUpperLetter = (c: string): boolean => c >= 'A' && c <= 'Z';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const HAS_LOWER = /\p{Ll}/u;
const NO_VOWEL = /^[^AEIOUY]+$/;

export function readableInci(name: string): string {
  if (HAS_LOWER.test(name)) return name;
  let out = '';
  let previousWord = '';
  let i = 0;
  while (i < name.length) {
    if (!isUpperLetter(name[i] as string)) {
      out += name[i];
      i++;
      continue;
    }
    let end = i;
    while (end < name.length && isUpperLetter(name[end] as string)) end++;
    const word = name.slice(i, end);
    out += wordCase(word, name[i - 1], name[i - 2], name[end], previousWord);
    previousWord = word;
    i = end;
  }
  return out;
}

function wordCase(
  word: string,
  before: string | undefined,
  twoBefore: string | undefined,
  after: string | undefined,
  previousWord: string,
): string {
  const fixed = ABBREVIATIONS.get(word);
  if (fixed) return fixed;
  if (isDigit(before)) return UPPER_AFTER_DIGIT.has(word) ? word : word.toLowerCase();
  if (after === '-') {
    if (LOWER_PREFIXES.has(word) || word === 'T') return word.toLowerCase(); // t- is tert-
    // After a locant ("3-O-Ethyl") the letter is an atom, not a position: it stays.
    const locant = before === '-' && isDigit(twoBefore);
    if (POSITION_PREFIXES.has(word) && !locant) return word.toLowerCase();
  }
  if (before === '-' && isDigit(twoBefore) && SUFFIXES.has(word)) return word.toLowerCase();
  // Triethanolamine in TEA-Lauryl Sulfate; tea the plant in Green Tea.
  if (word === 'TEA') return after === '-' || before === '-' || after === undefined ? word : 'Tea';
  if (word === 'MA' && before === '/') return word; // PVM/MA Copolymer
  if (word.length === 1 || ROMAN.has(word)) return word;
  // Carbon chains and vitamin letters: C10-30, B3, Q10.
  if (word.length <= 2 && isDigit(after)) return word;
  if (previousWord === 'CERAMIDE' && word.length <= 3) return word;
  if (word.length <= 5 && NO_VOWEL.test(word)) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}
