import type { PageReport } from '../../report';
import type { Settings } from '../../settings';
import type { MarkRange } from './highlight';

/** Which ranges to mark, per found section and per copy block, for the kinds switched on. */
export interface MarkPlan {
  sections: Map<number, MarkRange[]>;
  copy: Map<number, MarkRange[]>;
  /** Entry ids of marked ingredients: the cards the tooltip needs. */
  entryIds: string[];
}

export function planMarks(report: PageReport, kinds: Settings['kinds']): MarkPlan {
  const sections = new Map<number, MarkRange[]>();
  const copy = new Map<number, MarkRange[]>();
  const ids = new Set<string>();
  const push = (map: Map<number, MarkRange[]>, key: number, r: MarkRange) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  report.ingredientLists.forEach((list, li) => {
    list.ingredients.forEach((ing, ii) => {
      if (ing.kind === 'unknown' || !ing.entryId || !kinds[ing.kind]) return;
      ids.add(ing.entryId);
      push(sections, list.section, {
        start: ing.start,
        end: ing.end,
        kind: ing.kind,
        id: ing.entryId,
        ref: ingredientRef(li, ii),
      });
    });
  });
  if (kinds.claim) {
    report.exosome.claims.forEach((c, ci) => {
      push(copy, c.copy, {
        start: c.start,
        end: c.end,
        kind: 'claim',
        id: c.termId,
        ref: claimRef(ci),
      });
    });
  }
  return { sections, copy, entryIds: [...ids] };
}

export const ingredientRef = (list: number, item: number) => `i:${list}:${item}`;
export const claimRef = (claim: number) => `c:${claim}`;

export type ParsedRef =
  | { type: 'ingredient'; list: number; item: number }
  | { type: 'claim'; claim: number };

export function parseRef(ref: string | null): ParsedRef | null {
  const m = /^(?:i:(\d+):(\d+)|c:(\d+))$/.exec(ref ?? '');
  if (!m) return null;
  if (m[3] !== undefined) return { type: 'claim', claim: Number(m[3]) };
  return { type: 'ingredient', list: Number(m[1]), item: Number(m[2]) };
}
