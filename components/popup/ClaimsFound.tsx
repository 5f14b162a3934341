import { sourceRefs } from '@/lib/cards/build';
import type { PageReport } from '@/lib/report';
import { useKnowledgeView } from '../shared/KnowledgeContext';
import { SourceNote } from '../shared/SourceNote';
import { CLAIM_FIELD, distinctClaims, languageName } from './claim-rows';

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
                  ({languageName(c.lang)}, in the {fields.map((f) => CLAIM_FIELD[f]).join(' and ')}
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
