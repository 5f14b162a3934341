import type { PageReport } from '@/lib/report';

/** The four verdicts the popup leads with. */
export type PopupVerdict = 'ingredient' | 'claim-only' | 'none' | 'no-list';

export function verdictOf(report: PageReport | null): PopupVerdict {
  if (!report) return 'no-list';
  if (report.exosome.verdict !== 'none') return report.exosome.verdict;
  return report.ingredientLists.length === 0 ? 'no-list' : 'none';
}

export const VERDICT_TITLE: Record<PopupVerdict, string> = {
  ingredient: 'Exosome ingredient found',
  'claim-only': 'Exosome claim, but no exosome ingredient in the list',
  none: 'No exosome ingredients or claims found',
  'no-list': 'No ingredient list found on this page',
};

export function ingredientCount(report: PageReport): number {
  return report.ingredientLists.reduce((n, l) => n + l.ingredients.length, 0);
}
