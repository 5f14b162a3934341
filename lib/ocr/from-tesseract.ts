import type { OcrBox, OcrLine, OcrPage } from './types';

/**
 * The part of tesseract.js's `Page` (output `{ blocks: true }`) this module reads, written out
 * so lib/ocr has no type dependency on tesseract.js.
 */
interface TessBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface TessPage {
  blocks: Array<{
    paragraphs: Array<{
      lines: Array<{
        bbox: TessBox;
        words: Array<{ text: string; confidence: number; bbox: TessBox }>;
      }>;
    }>;
  }> | null;
}

const box = (b: TessBox): OcrBox => ({ x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1 });

/** Flattens Tesseract's blocks → paragraphs → lines → words into numbered lines. */
export function fromTesseract(page: TessPage): OcrPage {
  const lines: OcrLine[] = [];
  const paragraphs: number[] = [];
  let paragraph = 0;
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      for (const line of para.lines) {
        const words = line.words
          .filter((w) => w.text.trim().length > 0)
          .map((w) => ({ text: w.text.trim(), confidence: w.confidence, box: box(w.bbox) }));
        if (words.length === 0) continue;
        lines.push({ words, box: box(line.bbox) });
        paragraphs.push(paragraph);
      }
      paragraph++;
    }
  }
  return { lines, paragraphs };
}
