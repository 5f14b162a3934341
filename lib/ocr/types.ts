/**
 * What OCR read, engine-neutral: lines of words with Tesseract's per-word confidence (0–100)
 * and boxes in image pixels. lib/ocr/from-tesseract.ts builds it from tesseract.js output;
 * tests build it by hand.
 */

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** 0–100, as Tesseract reports it. */
  confidence: number;
  box: OcrBox;
}

export interface OcrLine {
  words: OcrWord[];
  box: OcrBox;
}

export interface OcrPage {
  /** Lines in reading order; a blank line between paragraphs is not kept. */
  lines: OcrLine[];
  /** Paragraph index of each line (a new paragraph starts a new block of text). */
  paragraphs: number[];
}
