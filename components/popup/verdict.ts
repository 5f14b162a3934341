import type { PageReport } from '@/lib/report';

/** The four verdicts the popup leads with. */
export type PopupVerdict = 'ingredient' | 'claim-only' | 'none' | 'no-list';

export function verdictOf(report: PageReport | null): PopupVerdict {
  if (!report) return 'no-list';
  if (report.exosome.verdict !== 'none') return report.exosome.verdict;
  return report.ingredientLists.length === 0 ? 'no-list' : 'none';
}

/**
 * "None" verdicts say "that ExoCheck recognises": culture fluid can hide under other names
 * (listed as its amino acids, or filed as "… extract" in China), so absence is never absolute.
 */
export const VERDICT_TITLE: Record<PopupVerdict, string> = {
  ingredient: 'Exosome-type ingredient found',
  'claim-only': 'Exosome claim, but no exosome-type ingredient ExoCheck recognises in the list',
  none: 'No exosome-type ingredients or claims that ExoCheck recognises',
  'no-list': 'No ingredient list found on this page',
};

/** What the exosome-type findings are, for the title: culture fluid is not a vesicle preparation. */
export type FindingForm =
  | 'conditioned-media'
  | 'vesicles'
  | 'platelet-extract'
  | 'lysate-or-extract';

/** The "ingredient" title named for what was found, when every finding is of one form. */
export function ingredientTitle(forms: readonly FindingForm[]): string {
  const only = forms.length > 0 && forms.every((f) => f === forms[0]) ? forms[0] : null;
  if (only === 'conditioned-media') return 'Cell culture fluid found (an exosome-type ingredient)';
  if (only === 'platelet-extract') return 'Platelet extract found (an exosome-type ingredient)';
  if (only === 'lysate-or-extract')
    return 'Cell culture extract found (an exosome-type ingredient)';
  if (only === 'vesicles') return 'Exosome ingredient found';
  return VERDICT_TITLE.ingredient;
}

export function ingredientCount(report: PageReport): number {
  return report.ingredientLists.reduce((n, l) => n + l.ingredients.length, 0);
}
