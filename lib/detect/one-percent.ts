import type { ParsedItem } from '../inci/types';
import { normalizeName } from '../text/normalize';

export interface OnePercentHint {
  value: boolean | null;
  reason: string;
}

/**
 * The position hint: in a list made to EU/UK rules, anything after an ingredient capped at 1%
 * (phenoxyethanol, Annex V/29) is at or below 1%, colorants excepted. A hint with its rule,
 * never a measurement. `markers` are normalised names.
 */
export function onePercentHint(
  items: readonly ParsedItem[],
  index: number,
  markers: readonly string[],
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
    return {
      value: true,
      reason: `Listed after ${marker.text}, which EU rules cap at 1%: in a list made to EU/UK rules it is at or below 1%.`,
    };
  }
  return {
    value: null,
    reason: `Listed before ${marker.text}; ingredients at or below 1% may appear in any order, so its level cannot be inferred.`,
  };
}
