import type { OcrPage } from '../../../lib/ocr/types';

/**
 * An OcrPage from lines of text as Tesseract would split them: one paragraph per blank-line
 * separated block, words on spaces, every word at `confidence` unless `low` names it.
 */
export function ocrPage(text: string, confidence = 92, low: Record<string, number> = {}): OcrPage {
  const lines: OcrPage['lines'] = [];
  const paragraphs: number[] = [];
  let paragraph = 0;
  for (const block of text.split(/\n\s*\n/)) {
    for (const line of block.split('\n')) {
      const words = line
        .split(' ')
        .filter((w) => w.length > 0)
        .map((w, i) => ({
          text: w,
          confidence: low[w] ?? confidence,
          box: { x0: i * 50, y0: lines.length * 20, x1: i * 50 + 40, y1: lines.length * 20 + 16 },
        }));
      if (words.length === 0) continue;
      lines.push({
        words,
        box: { x0: 0, y0: lines.length * 20, x1: 600, y1: lines.length * 20 + 16 },
      });
      paragraphs.push(paragraph);
    }
    paragraph++;
  }
  return { lines, paragraphs };
}
