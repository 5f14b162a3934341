import type { ParsedItem, ParsedList } from './types';

/**
 * One text holding the same formula for several shades ("Coral Crush: Aqua, Glycerin, …, CI
 * 15850 | Peach Party: Aqua, Glycerin, …, CI 77491") is one product's list, not one list per
 * shade: shades differ only in their colourants. Kit components (different products) share
 * far fewer names, so they stay apart.
 *
 * Consecutive labelled lists merge when at least SAME_SHARE of the shorter one's non-colourant
 * names are in the other. The merged list has no label and holds each name once, in the order
 * first written (later shades add only their own colourants).
 */

const SAME_SHARE = 0.8;
/** Fewer shared names than this say nothing about a shared formula. */
const MIN_NAMES = 3;

const COLOURANT_PARTS = [
  'iron oxide',
  'titanium dioxide',
  'mica',
  'ultramarine',
  'chromium',
  'manganese violet',
  'bismuth oxychloride',
  'carmine',
  'tin oxide',
  'ferric ferrocyanide',
  ' lake',
];

function key(item: ParsedItem): string {
  return item.text.toLowerCase().replace(/\s+/g, ' ');
}

function isColourant(name: string): boolean {
  if (name.startsWith('ci ') && name.charCodeAt(3) >= 0x30 && name.charCodeAt(3) <= 0x39)
    return true;
  return COLOURANT_PARTS.some((p) => name.includes(p));
}

/** Names of the base formula: main-group items that are not colourants. */
function base(list: ParsedList): Set<string> {
  const out = new Set<string>();
  for (const item of list.items) {
    const k = key(item);
    if (item.group === 'main' && !isColourant(k)) out.add(k);
  }
  return out;
}

function sameFormula(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_NAMES) return false;
  let shared = 0;
  for (const k of small) if (large.has(k)) shared++;
  return shared >= SAME_SHARE * small.size;
}

export function mergeShadeLists(lists: ParsedList[]): ParsedList[] {
  if (lists.length < 2) return lists;
  const out: ParsedList[] = [];
  let run: { list: ParsedList; base: Set<string>; seen: Set<string>; shades: number } | null = null;
  for (const list of lists) {
    const b = base(list);
    if (run && list.label !== null && run.list.label !== null && sameFormula(run.base, b)) {
      for (const item of list.items) {
        const k = key(item);
        if (run.seen.has(k)) continue;
        run.seen.add(k);
        run.list.items.push(item);
      }
      run.list.end = (run.list.items[run.list.items.length - 1] as ParsedItem).end;
      if (list.truncated) run.list.truncated = true;
      run.shades++;
      continue;
    }
    if (run && run.shades > 1) run.list.label = null;
    run = { list: { ...list, items: [...list.items] }, base: b, seen: new Set(), shades: 1 };
    for (const item of list.items) run.seen.add(key(item));
    out.push(run.list);
  }
  if (run && run.shades > 1) run.list.label = null;
  return out;
}
