import type { EntryCard } from '../../../cards';
import { disguiseNote } from '../../../cards/labels';
import type { PageReport } from '../../../report';
import type { Mark, MarkKind } from '../highlight';
import { parseRef } from '../mark-plan';
import type { TooltipModel } from './model';

/** Tooltip model for one mark, from the report (what the page says) and the cards (what it means). */
export function describeMark(
  mark: Mark,
  report: PageReport | null,
  cards: ReadonlyMap<string, EntryCard>,
  cardsPending: boolean,
): TooltipModel | null {
  if (!report) return null;
  const ref = parseRef(mark.ref);
  if (!ref) return null;
  if (ref.type === 'claim') {
    const claim = report.exosome.claims[ref.claim];
    if (!claim) return null;
    return {
      kind: 'claim',
      written: claim.text,
      card: null,
      pending: false,
      positionHint: null,
      claimNote: claimNote(report),
      disguiseNote: null,
    };
  }
  const ing = report.ingredientLists[ref.list]?.ingredients[ref.item];
  if (!ing || ing.kind === 'unknown' || !ing.entryId) return null;
  const kind: MarkKind = ing.kind;
  const finding = report.exosome.ingredients.find(
    (f) => f.listIndex === ref.list && f.position === ing.position,
  );
  const hint = finding?.atOrBelowOnePercent;
  return {
    kind,
    written: ing.text,
    card: cards.get(ing.entryId) ?? null,
    pending: cardsPending,
    positionHint: hint && hint.value !== null ? hint.reason : null,
    claimNote: null,
    disguiseNote: disguiseNote(ing.disguised),
  };
}

function claimNote(report: PageReport): string {
  const names = [...new Set(report.exosome.ingredients.map((i) => i.text))];
  if (names.length > 0) {
    return `The ingredient list names an exosome-type ingredient: ${names.join(', ')}.`;
  }
  if (report.ingredientLists.length === 0) {
    return 'No ingredient list was found on this page to check this claim against.';
  }
  return 'No exosome-type ingredient that ExoCheck recognises is in this page’s ingredient list.';
}
