/**
 * Contracts of the DOM side (lib/page/). The finder turns a Document into text sources with
 * a map back to DOM text nodes; the pure pipeline works on `text`; the highlighter turns
 * [start, end) ranges of `text` back into DOM ranges through `segments`.
 */

/** A run of page text: concatenated text nodes, with "\n" for <br> and block boundaries. */
export interface TextSource {
  text: string;
  /**
   * Text nodes in document order and where each starts in `text`. Empty for text that does
   * not come from visible DOM text (JSON-LD, embedded JSON, attributes): such text can be
   * reported but not highlighted.
   */
  segments: Array<{ node: Text; start: number }>;
  /** The walk stopped at its size limit: the element holds more text than this. */
  cut?: boolean;
}

export type FoundListSource = 'adapter' | 'json-ld' | 'heuristic' | 'text';

/** One ingredient section found on the page (a kit may yield one section with several lists). */
export interface FoundSection {
  source: FoundListSource;
  /** What found it, for debugging: "heading:Ingredients", "aria-controls", "json-ld" ... */
  via: string;
  /** The section element when the text comes from the DOM. */
  element: Element | null;
  text: TextSource;
}

export type CopyFieldName = 'title' | 'description' | 'highlights' | 'other';

export interface FoundCopy {
  field: CopyFieldName;
  text: TextSource;
}

export interface PageFindings {
  /** Adapter id, 'json-ld', 'generic', or 'none'. */
  retailer: string;
  title: string | null;
  sections: FoundSection[];
  copy: FoundCopy[];
}
