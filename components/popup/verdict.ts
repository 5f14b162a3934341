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

/**
 * When there is no list to show, what the popup knows about the page, each with its own
 * sentence: no tab to read; ExoCheck off here; the page was read and holds no list; a shop
 * ExoCheck reads by itself but no result (yet); a page ExoCheck never reads unasked.
 */
export type PageState = 'no-tab' | 'off' | 'read-no-list' | 'not-yet' | 'not-scanned';

export function pageStateOf(input: {
  tabId: number | null;
  site: { enabled: boolean; globalEnabled: boolean; automatic: boolean } | null;
  noList: boolean;
}): PageState {
  if (input.tabId === null) return 'no-tab';
  if (input.site && (!input.site.enabled || !input.site.globalEnabled)) return 'off';
  if (input.noList) return 'read-no-list';
  if (input.site?.automatic) return 'not-yet';
  return 'not-scanned';
}

export const PAGE_STATE_TEXT: Record<PageState, { title: string; text: string }> = {
  'no-tab': {
    title: 'No page to read',
    text: 'This window is not showing a web page ExoCheck can see. Open a product page and ExoCheck again.',
  },
  off: {
    title: 'ExoCheck is off here',
    text: 'It does not read this site while it is switched off. Turn it on to have this page read.',
  },
  'read-no-list': {
    title: 'No ingredient list on this page',
    text: 'ExoCheck read this page and found no ingredient list. If the list is in a closed tab or panel, open it and scan again.',
  },
  'not-yet': {
    title: 'Not read yet',
    text: 'ExoCheck reads product pages of this shop by itself, but has no result for this page yet (it may still be loading, or not be a product page). Scan it now.',
  },
  'not-scanned': {
    title: 'Not read: ExoCheck only reads supported shops by itself',
    text: 'On other pages it reads the ingredient list when you ask.',
  },
};

/** A scan the browser refused, in plain words; the browser's own message is kept as detail. */
export function scanFailureText(error: string): string {
  // Chrome: "Cannot access contents of url … Extension manifest must request permission to
  // access this host." when the activeTab grant is missing (the popup opened some other way).
  if (/permission/i.test(error)) {
    return 'ExoCheck may read this page only after you click its toolbar button (or use its shortcut) on the page itself. Do that, then scan again.';
  }
  if (
    /cannot be scripted|cannot access|chrome:\/\/|extensions gallery|webstore|about:/i.test(error)
  ) {
    return 'The browser does not let extensions read this kind of page (its own pages, extension stores, other extensions).';
  }
  return 'ExoCheck could not read this page.';
}
