import { mapBrackets } from './brackets';
import { isDash, isWhite } from './chars';
import { FREE_FROM, looksLikeIngredient, shapeOf } from './classify';
import { trimItem } from './item';
import { afterColon, isColon, labelBefore, mayContainAt } from './labels';
import { Sep, segment } from './segment';

/** Fewer name-like chunks than this and the text is not a list, whatever its share. */
const MIN_ITEMS = 3;

/**
 * How much a text looks like an INCI list, 0..1: the share of its comma-, semicolon- and
 * line-delimited chunks that read like ingredient names (short, letters, digits, hyphens and
 * brackets, no sentence words, and some sign of chemistry or botany such as "-ate", "Extract"
 * or a digit, so that "Skincare, Makeup, Gifts" is not a list), scaled down when fewer than
 * three chunks do. A leading label ("Ingredients:") or "may contain" marker is not counted
 * against the text; names inside a "free from …" sentence do not count as names.
 *
 * A store's "shop by ingredient" menu ("Ceramides, Exosome, PDRN, Niacinamide, …") is made of
 * real ingredient names and scores like a list; telling it apart needs the page context.
 */
export function inciScore(text: string): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  try {
    const segs = segment(text, mapBrackets(text));
    let chunks = 0;
    let names = 0;
    let nameShaped = 0;
    let claim = false;
    for (let k = 0; k < segs.count; k++) {
      const start = segs.start[k] as number;
      const b = segs.end[k] as number;
      // Names in a "free from …" sentence are not a list of what the product contains.
      if (isFreeFrom(text, start, b)) claim = true;
      const a = skipLabel(text, start, b);
      const range = a < 0 ? null : trimItem(text, a, b);
      if (a < 0) chunks++;
      const sep = segs.sep[k] as Sep;
      const boundary = sep === Sep.Sentence || sep === Sep.Newline || sep === Sep.Blank;
      if (!range) {
        if (boundary) claim = false;
        continue;
      }
      const shape = shapeOf(text, range[0], range[1]).shape;
      if (shape !== 'empty') {
        chunks++;
        if (shape === 'item' && !claim) {
          nameShaped++;
          if (looksLikeIngredient(text, range[0], range[1])) names++;
        }
      }
      if (boundary) claim = false;
    }
    if (chunks === 0) return 0;
    const share = names / chunks;
    const score = nameShaped >= MIN_ITEMS ? share : (share * nameShaped) / (2 * MIN_ITEMS);
    return Math.min(1, Math.max(0, score));
  } catch {
    return 0;
  }
}

function isFreeFrom(text: string, a: number, b: number): boolean {
  if (b - a > 2000) return false;
  const lower = text.slice(a, b).toLowerCase();
  return FREE_FROM.some((p) => lower.includes(p));
}

/**
 * Offset of what to score in a chunk: after a label ("Ingredients:"), a kit name ("The Mud
 * Mask:") or a "may contain" marker; -1 for a highlight ("-Squalane: Hydrates skin").
 */
function skipLabel(text: string, a: number, b: number): number {
  let pos = a;
  const limit = Math.min(b, a + 120);
  for (let i = a; i < limit; i++) {
    if (!isColon(text.charCodeAt(i))) continue;
    const label = labelBefore(text, a, i);
    let h = a;
    while (h < i && isWhite(text.charCodeAt(h))) h++;
    const lead = text.charCodeAt(h);
    if (!label && (isDash(lead) || lead === 0x2022) && afterColon(text, i, b) < b) return -1;
    if (!label || label.bare) pos = afterColon(text, i, b);
    break;
  }
  const marker = mayContainAt(text, pos, b);
  return marker >= 0 ? marker : pos;
}
