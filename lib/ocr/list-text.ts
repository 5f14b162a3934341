import { fixWord } from './char-fixes';
import type { OcrPage } from './types';

/** One OCR word's place in the list text, with its confidence (0–1). */
export interface WordSpan {
  start: number;
  end: number;
  confidence: number;
}

export interface ListText {
  text: string;
  /** Every word kept, in text order. */
  words: WordSpan[];
}

const DASH = /[-‐‑]$/;

/**
 * Joins OCR lines into the text the INCI parser reads: lines with a space, and a line break
 * after a heading (which stays its own line). A name broken over two lines is
 * put back together: "Hexa-" + "peptide" → "Hexapeptide" (a typesetter's hyphen before a
 * lower-case letter), "PEG-" + "40" → "PEG-40" and "Caprylic/" + "Capric" → "Caprylic/Capric"
 * (the hyphen or slash is the name's own).
 */
export function listText(page: OcrPage): ListText {
  let text = '';
  const words: WordSpan[] = [];
  let prevParagraph = -1;
  for (const [li, line] of page.lines.entries()) {
    const paragraph = page.paragraphs[li] ?? li;
    for (const [wi, word] of line.words.entries()) {
      if (word.text === '|') continue; // a rule or column edge, not a letter
      const next = line.words[wi + 1]?.text ?? page.lines[li + 1]?.words[0]?.text;
      const w = fixWord(word.text, next);
      if (text.length > 0) {
        if (wi === 0 && paragraph !== prevParagraph && headingBefore(page, li)) text += '\n';
        else if (wi === 0 && DASH.test(text) && /^\p{Ll}/u.test(w) && /\p{L}-$/u.test(text)) {
          text = text.slice(0, -1); // "Hexa-" + "peptide"
          const last = words.at(-1);
          if (last) last.end = text.length;
        } else if (wi === 0 && (DASH.test(text) || text.endsWith('/'))) {
          // "PEG-" + "40", "Caprylic/" + "Capric": joined as printed.
        } else if (/(^|\s)\d,$/.test(text) && /^\d-/.test(w)) {
          // "1, 2-Hexanediol": OCR spaces the comma of a locant as it spaces a list's.
        } else text += ' ';
      }
      if (w.length === 0) continue;
      const start = text.length;
      text += w;
      words.push({ start, end: text.length, confidence: word.confidence / 100 });
    }
    prevParagraph = paragraph;
  }
  return { text, words };
}

/**
 * Whether the paragraph that ends before line `li` is a heading ("INGREDIENTS", a kit
 * component's name): one line with no comma. Tesseract also starts paragraphs inside a
 * list, where a line break would cut a name in two.
 */
function headingBefore(page: OcrPage, li: number): boolean {
  const p = page.paragraphs[li - 1];
  if (p === undefined || page.paragraphs[li - 2] === p) return false;
  return !(page.lines[li - 1]?.words ?? []).some((w) => w.text.includes(','));
}

/** Lowest confidence among the words that overlap [start, end); 1 when none do. */
export function confidenceOf(words: readonly WordSpan[], start: number, end: number): number {
  let min = 1;
  let seen = false;
  for (const w of words) {
    if (w.end <= start) continue;
    if (w.start >= end) break;
    seen = true;
    if (w.confidence < min) min = w.confidence;
  }
  return seen ? min : 1;
}
