/**
 * Character slips Tesseract makes on ingredient lists that no dictionary can undo, because the
 * wrong word is no INCI word at all, each seen in `npm run bench:ocr`: a vertical bar for l or
 * I ("G|ycerin", "|sononyl"); a digit 1 or a lower-case l for the I of a colour index ("C1
 * 77891", "(Cl 77891)"); "HCI" for hydrochloride's HCl; a zero for the O of "3-O-Ethyl"; "th-"
 * for the rh- of recombinant growth factors; quote marks picked up from the print.
 * Applied per word, before the list is parsed.
 */

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

const QUOTES = /^[‘’“”'"`]+|[‘’“”'"`]+$/g;

/** A word as it should read; the same word when nothing is wrong with it. */
export function fixWord(word: string, next: string | undefined): string {
  let w = word.replace(QUOTES, '');
  if (w.includes('|')) {
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const c = w[i] as string;
      if (c !== '|') out += c;
      // Inside or at the end of a word a bar is an l; before a letter at the start, an I.
      else if (isLetter(w[i - 1])) out += 'l';
      else if (isLetter(w[i + 1])) out += 'I';
      else out += c;
    }
    w = out;
  }
  // "C1 77891" / "(Cl 77891" / "Cl77891": a colour index is CI and five digits.
  const ci = /^(\(?)C[1l]$/.exec(w);
  if (ci && next !== undefined && /^\d{5}\b/.test(next)) return `${ci[1]}CI`;
  const glued = /^(\(?)C[1l](\d{5})(.*)$/.exec(w);
  if (glued) return `${glued[1]}CI ${glued[2]}${glued[3]}`;
  // "177891": the C lost and the I read as 1.
  const lost = /^[1lI](\d{5})$/.exec(w);
  if (lost) return `CI ${lost[1]}`;
  w = w.replace(/^HCI\b/, 'HCl');
  w = w.replace(/(\d-)0(-\p{L})/u, '$1O$2');
  return w.replace(/^th-(?=\p{L}*peptide)/iu, 'rh-');
}

/**
 * Letters whose capital is the small letter drawn larger: OCR reads their case from size
 * alone and gets it wrong on small print ("Aminomethyl propanol").
 */
const SAME_SHAPE = new Set('copsuvwxz');

/**
 * Case slips in one name: when every other word starts with a capital, a word starting with
 * a same-shape letter gets its capital back; so does a lower-case i or l opening the name
 * ("isostearic Acid"). A name written in lower case throughout is left as it is.
 */
export function fixCase(name: string): string {
  const words = name.split(' ');
  const lettered = words.filter((w) => /^\p{L}/u.test(w));
  if (lettered.length < 2) return name;
  return words
    .map((w, i) => {
      const first = w[0] ?? '';
      if (first === first.toUpperCase() || !/^\p{Ll}{3,}$/u.test(w)) return w;
      const othersCapital = lettered.every((o) => o === w || /^\p{Lu}/u.test(o));
      if (!othersCapital) return w;
      if (SAME_SHAPE.has(first) || (i === 0 && (first === 'i' || first === 'l'))) {
        return first.toUpperCase() + w.slice(1);
      }
      return w;
    })
    .join(' ');
}
