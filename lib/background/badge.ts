import type { PageReport } from '../report';

/** What the toolbar button shows for one tab. */
export interface BadgeView {
  text: string;
  color: string;
  title: string;
  /** Greyed icon: ExoCheck is off for this site (or everywhere). */
  off: boolean;
}

const RED = '#b3261e';
const AMBER = '#8a5a00';
const GREY = '#5f6368';

export const IDLE_BADGE: BadgeView = { text: '', color: GREY, title: 'ExoCheck', off: false };
export const OFF_BADGE: BadgeView = {
  text: '',
  color: GREY,
  title: 'ExoCheck is off for this site',
  off: true,
};

/** Exosome-type findings as a count; a claim with no such ingredient as "?"; else nothing. */
export function badgeFor(report: PageReport): BadgeView {
  const n = report.exosome.ingredients.length;
  if (report.exosome.verdict === 'ingredient' && n > 0) {
    return {
      text: n > 99 ? '99+' : String(n),
      color: RED,
      title: `ExoCheck: ${n} exosome-type ingredient${n === 1 ? '' : 's'} on this page`,
      off: false,
    };
  }
  if (report.exosome.verdict === 'claim-only') {
    return {
      text: '?',
      color: AMBER,
      title: 'ExoCheck: exosome claim, but no exosome-type ingredient it recognises in the list',
      off: false,
    };
  }
  return { ...IDLE_BADGE, title: 'ExoCheck: no exosome ingredients or claims found' };
}
