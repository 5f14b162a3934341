/** Output of the INCI parser: pure data with offsets into the text it was given. */

export type ParsedGroup = 'main' | 'may-contain' | 'active';

export interface ParsedItem {
  /** The ingredient as written, trimmed of separators, footnote marks and trailing dots. */
  text: string;
  /** Offsets of `text` in the parser's input (end exclusive). */
  start: number;
  end: number;
  group: ParsedGroup;
  /**
   * Names to try when matching, best first: the whole text without markers, then each
   * slash alternative ("Aqua/Water/Eau") and each parenthetical synonym ("CI 77891
   * (Titanium Dioxide)" → "CI 77891", "Titanium Dioxide").
   */
  candidates: string[];
  /** "(nano)" / "[nano]" marker present. */
  nano: boolean;
  /** A percentage written next to the name ("Niacinamide 10%"), else null. */
  percent: number | null;
}

export interface ParsedList {
  /** Kit component name or block label ("Active ingredients"), null for a plain list. */
  label: string | null;
  /** Offsets of the list body in the input. */
  start: number;
  end: number;
  items: ParsedItem[];
  /** True when the text held more items than the parser keeps (MAX_ITEMS): the list was cut. */
  truncated?: boolean;
}
