import { mapBrackets } from './brackets';
import { shapeOf } from './classify';
import { trimItem } from './item';
import { afterColon, isColon, labelBefore, mayContainAt } from './labels';
import { segment } from './segment';

/** Fewer name-like chunks than this and the text is not a list, whatever its share. */
const MIN_ITEMS = 3;

/**
 * How much a text looks like an INCI list, 0..1: the share of its comma-, semicolon- and
 * line-delimited chunks that read like ingredient names (short, letters, digits, hyphens and
 * brackets, no sentence words), scaled down when fewer than three chunks do. A leading label
 * ("Ingredients:") or "may contain" marker is not counted against the text.
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
    for (let k = 0; k < segs.count; k++) {
      let a = segs.start[k] as number;
      const b = segs.end[k] as number;
      a = skipLabel(text, a, b);
      const range = trimItem(text, a, b);
      if (!range) continue;
      const shape = shapeOf(text, range[0], range[1]).shape;
      if (shape === 'empty') continue;
      chunks++;
      if (shape === 'item') names++;
    }
    if (chunks === 0) return 0;
    const share = names / chunks;
    const score = names >= MIN_ITEMS ? share : (share * names) / (2 * MIN_ITEMS);
    return Math.min(1, Math.max(0, score));
  } catch {
    return 0;
  }
}

/** Offset after a label and colon at the start of a chunk, or after a "may contain" marker. */
function skipLabel(text: string, a: number, b: number): number {
  let pos = a;
  const limit = Math.min(b, a + 80);
  for (let i = a; i < limit; i++) {
    if (!isColon(text.charCodeAt(i))) continue;
    const label = labelBefore(text, a, i);
    if (label?.bare) pos = afterColon(text, i, b);
    break;
  }
  const marker = mayContainAt(text, pos, b);
  return marker >= 0 ? marker : pos;
}
