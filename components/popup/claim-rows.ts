import type { PageReport } from '@/lib/report';

type Claim = PageReport['exosome']['claims'][number];

/** Where on the page a claim stood, in words ("in the description"). */
export const CLAIM_FIELD: Record<Claim['field'], string> = {
  title: 'product name',
  description: 'description',
  highlights: 'highlights',
  other: 'product text',
};

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One row per distinct phrase: the same words often stand in several copy blocks (the page's
 * description and its meta description). Every occurrence is still marked in the page.
 */
export function distinctClaims(
  claims: readonly Claim[],
): Array<{ claim: Claim; count: number; fields: Claim['field'][] }> {
  const rows = new Map<string, { claim: Claim; count: number; fields: Claim['field'][] }>();
  for (const c of claims) {
    const key = `${c.text.toLowerCase()}|${c.lang}|${c.termId}`;
    const row = rows.get(key);
    if (!row) rows.set(key, { claim: c, count: 1, fields: [c.field] });
    else {
      row.count++;
      if (!row.fields.includes(c.field)) row.fields.push(c.field);
    }
  }
  return [...rows.values()];
}
