import { isDigit, isSpace } from './chars';
import type { ParsedItem, ParsedList } from './types';

/**
 * A run of names each followed by a bare count ("Hyaluronic Acid (124)", "Niacinamide (85)")
 * is a filter facet's text, not an ingredient list: no label writes a plain number in brackets
 * after a name ("(CI 77491)", "(2%)" and "(nano)" are not bare numbers).
 */
const FACET_SHARE = 0.6;
const MIN_ITEMS = 3;

function endsWithCount(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0 || text.charCodeAt(i) !== 0x29) return false;
  let j = i - 1;
  while (j >= 0 && isDigit(text.charCodeAt(j))) j--;
  return j < i - 1 && j >= 0 && text.charCodeAt(j) === 0x28;
}

export function isFacetCounts(items: readonly ParsedItem[]): boolean {
  if (items.length < MIN_ITEMS) return false;
  let n = 0;
  for (const item of items) if (endsWithCount(item.text)) n++;
  return n >= FACET_SHARE * items.length;
}

export function withoutFacetCounts(lists: ParsedList[]): ParsedList[] {
  return lists.filter((l) => !isFacetCounts(l.items));
}
