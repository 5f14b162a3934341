import type { ParsedItem } from '../inci/types';
import { normalizeName } from '../text/normalize';

export interface OnePercentHint {
  value: boolean | null;
  reason: string;
}

/**
 * Whose labelling rules a list was most likely written to, which decides how the hint is
 * worded: EU/EEA/UK (Art. 19(1)(g) and the 1% phenoxyethanol cap), Korea (Annex 4: 1% or less
 * in any order), the US (701.3(f), no phenoxyethanol cap found), or unknown.
 */
export type ListRules = 'eu-uk' | 'kr' | 'us' | 'unknown';

const EU_UK_TLDS = new Set(
  'at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se no is li uk eu'.split(
    ' ',
  ),
);
/** Languages spoken as a main language only inside the EU/EEA (not fr, es, pt, en). */
const EU_LANGS = new Set(
  'de nl pl it cs hu el ro bg hr sk sl et lv lt sv fi da nb nn no is ga mt'.split(' '),
);

export function likelyListRules(url: string, lang: string | null, listText: string): ListRules {
  let tld = '';
  try {
    tld = new URL(url).hostname.split('.').pop() ?? '';
  } catch {
    // Not a URL (a saved file without one): fall back to the language and the text.
  }
  const language = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (tld === 'kr' || language === 'ko' || /[\uac00-\ud7a3]/.test(listText)) return 'kr';
  if (EU_UK_TLDS.has(tld) || EU_LANGS.has(language)) return 'eu-uk';
  if (tld === 'us' || (lang ?? '').toLowerCase() === 'en-us') return 'us';
  return 'unknown';
}

const AFTER: Record<ListRules, (marker: string) => string> = {
  'eu-uk': (m) =>
    `Listed after ${m}, which EU rules cap at 1% as a preservative: in a list made to EU/UK rules, where ingredients under 1% may follow in any order, it is at or below 1%.`,
  kr: (m) =>
    `Listed after ${m}, which EU rules cap at 1% as a preservative. Korean labelling rules let ingredients at 1% or less follow in any order, so if this product keeps to that cap it is at or below 1% (Korea's own cap is not confirmed here).`,
  us: (m) =>
    `Listed after ${m}, which EU rules cap at 1% as a preservative. US rules also let ingredients at 1% or less follow in any order, but no US cap was found, so it is probably, not certainly, at or below 1%.`,
  unknown: (m) =>
    `Listed after ${m}, which EU rules cap at 1% as a preservative: in a list made to EU/UK or Korean rules it is at or below 1%; for other markets this is likely, not certain.`,
};

/**
 * The position hint: in a list made to EU/UK rules, anything after an ingredient capped at 1%
 * (phenoxyethanol, Annex V/29) is at or below 1%, colorants excepted; Korean and US rules order
 * the list the same way, but their caps for the marker are not confirmed, so the wording says
 * so. A hint with its rule, never a measurement. `markers` are normalised names.
 */
export function onePercentHint(
  items: readonly ParsedItem[],
  index: number,
  markers: readonly string[],
  rules: ListRules = 'unknown',
): OnePercentHint {
  const item = items[index];
  if (!item) return { value: null, reason: 'Not in this list.' };
  if (item.percent !== null) {
    return {
      value: item.percent <= 1,
      reason: `The label states ${item.percent}% for this ingredient.`,
    };
  }
  if (item.group === 'may-contain') {
    return {
      value: null,
      reason: 'Listed under "may contain": present only in some shades or batches.',
    };
  }
  if (item.group === 'active') {
    return {
      value: null,
      reason: 'Listed as an active ingredient, declared separately from the rest of the list.',
    };
  }
  const markerIndex = items.findIndex(
    (it) => it.group === 'main' && it.candidates.some((c) => markers.includes(normalizeName(c))),
  );
  const marker = items[markerIndex];
  if (!marker) {
    return {
      value: null,
      reason:
        'No 1% marker (such as phenoxyethanol) in this list, so its level cannot be inferred from its position.',
    };
  }
  if (index > markerIndex) {
    return { value: true, reason: AFTER[rules](marker.text) };
  }
  return {
    value: null,
    reason: `Listed before ${marker.text}; ingredients at or below 1% may appear in any order, so its level cannot be inferred.`,
  };
}
