import { closerOf, isCloseBracket, isNewline, isOpenBracket } from './chars';
import { mayContainAt } from './labels';

/**
 * Which characters sit inside brackets, so that commas in "Water (Aqua, Eau)" or "Iron Oxides
 * (CI 77491, CI 77492)" do not split items. Pairs are matched per line with a stack (linear);
 * a pair that spans more than MAX_SPAN characters is not trusted (an unclosed "(" in marketing
 * copy would otherwise swallow the whole list), but the pairs inside it still count.
 *
 * A bracket that opens a "may contain" run ("[+/- Mica, CI 77891]") is transparent: its
 * contents are items, so its two brackets act as separators instead. "(and)" between names
 * separates them like a comma.
 */

const MAX_SPAN = 200;

export interface BracketMap {
  /** depth[i] > 0 when text[i] is strictly inside a trusted pair. */
  depth: Int32Array;
  /** Offsets of transparent brackets (both ends). */
  transparent: Set<number>;
  /** "(and)" joining names ("Water (and) Glycerin"): open offset → offset after the close. */
  conjunctions: Map<number, number>;
}

export function mapBrackets(text: string): BracketMap {
  const n = text.length;
  const delta = new Int32Array(n + 1);
  const transparent = new Set<number>();
  const conjunctions = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      stack.length = 0;
    } else if (isOpenBracket(c)) {
      stack.push(i);
    } else if (isCloseBracket(c) && stack.length > 0) {
      const open = stack[stack.length - 1] as number;
      if (closerOf(text.charCodeAt(open)) !== c) continue;
      stack.pop();
      if (i - open === 4 && text.slice(open + 1, i).toLowerCase() === 'and') {
        conjunctions.set(open, i + 1);
      } else if (mayContainAt(text, open + 1, i) >= 0 && !onlyMarker(text, open + 1, i)) {
        transparent.add(open);
        transparent.add(i);
      } else if (i - open <= MAX_SPAN) {
        delta[open + 1] = (delta[open + 1] as number) + 1;
        delta[i] = (delta[i] as number) - 1;
      }
    }
  }
  const depth = new Int32Array(n + 1);
  let d = 0;
  for (let i = 0; i <= n; i++) {
    d += delta[i] as number;
    depth[i] = d;
  }
  return { depth, transparent, conjunctions };
}

/** "(+/-)" or "[May contain]" alone: a marker in brackets, not a bracketed run of items. */
function onlyMarker(text: string, from: number, to: number): boolean {
  const end = mayContainAt(text, from, to);
  return end >= to;
}
