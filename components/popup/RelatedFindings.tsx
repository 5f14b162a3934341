import type { PageReport } from '@/lib/report';
import { EntryDetails } from '../shared/EntryDetails';
import { useKnowledgeView } from '../shared/KnowledgeContext';

export function RelatedFindings({ report }: { report: PageReport }) {
  const { knowledge } = useKnowledgeView();
  const related = report.exosome.related;
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">Marketed alongside exosomes, but not exosomes ({related.length})</h2>
      {related.map((f) => {
        const id = `related-${f.listIndex}-${f.position}`;
        return (
          <details key={id} className="card">
            <summary>
              <h3 id={id}>{knowledge.entry(f.entryId)?.name ?? f.text}</h3>
            </summary>
            <p className="muted">
              On the label: <q>{f.text}</q>, position {f.position}
            </p>
            <EntryDetails entryId={f.entryId} headingLevel={4} />
          </details>
        );
      })}
    </section>
  );
}
