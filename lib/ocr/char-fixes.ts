/**
 * Character slips Tesseract makes on ingredient lists that no dictionary can undo, because the
 * wrong word is no word at all: a vertical bar for l or I ("G|ycerin", "|sononyl"), and a
 * digit 1 or a lower-case l for the I of a colour index ("C1 77891", "Cl 77891"). Applied per
 * word, before the list is parsed.
 */

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/** A word as it should read; the same word when nothing is wrong with it. */
export function fixWord(word: string, next: string | undefined): string {
  let w = word;
  if (w.includes('|')) {
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const c = w[i] as string;
      if (c !== '|') out += c;
      // Inside or at the end of a word a bar is an l; before a capital or at the start, an I.
      else if (isLetter(w[i - 1])) out += 'l';
      else if (isLetter(w[i + 1])) out += 'I';
      else out += c;
    }
    w = out;
  }
  // "C1 77891" / "Cl 77891" / "Cl77891": a colour index is CI and five digits.
  if (/^C[1l]$/.test(w) && next !== undefined && /^\d{5}\b/.test(next)) return 'CI';
  const glued = /^C[1l](\d{5})(.*)$/.exec(w);
  if (glued) return `CI ${glued[1]}${glued[2]}`;
  return w;
}
