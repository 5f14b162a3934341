import { sourceRefs } from '@/lib/cards-build';
import type { PageReport } from '@/lib/report';
import { useKnowledgeView } from '../shared/KnowledgeContext';
import { SourceNote } from '../shared/SourceNote';

const FIELD: Record<PageReport['exosome']['claims'][number]['field'], string> = {
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

type Claim = PageReport['exosome']['claims'][number];

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

export function ClaimsFound({ report }: { report: PageReport }) {
  const { knowledge } = useKnowledgeView();
  const rows = distinctClaims(report.exosome.claims);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="claims-title">
      <h2 id="claims-title">Exosome claims in the product text ({rows.length})</h2>
      <ul className="claims">
        {rows.map(({ claim: c, count, fields }) => {
          const term = knowledge.claim(c.termId);
          return (
            <li key={`${c.copy}-${c.start}`} className="fact">
              <p>
                <q lang={c.lang}>{c.text}</q>{' '}
                <span className="muted">
                  ({languageName(c.lang)}, in the {fields.map((f) => FIELD[f]).join(' and ')}
                  {count > 1 ? `, ${count} times` : ''})
                </span>
                {term ? <> means: {term.gloss}</> : null}
              </p>
              {term ? <SourceNote sources={sourceRefs(knowledge, term.sources)} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
