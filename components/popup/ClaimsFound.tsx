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

export function ClaimsFound({ report }: { report: PageReport }) {
  const { knowledge } = useKnowledgeView();
  const claims = report.exosome.claims;
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-title">
      <h2 id="claims-title">Exosome claims in the product text ({claims.length})</h2>
      <ul className="claims">
        {claims.map((c) => {
          const term = knowledge.claim(c.termId);
          return (
            <li key={`${c.copy}-${c.start}`} className="fact">
              <p>
                <q lang={c.lang}>{c.text}</q>{' '}
                <span className="muted">
                  ({languageName(c.lang)}, in the {FIELD[c.field]})
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
