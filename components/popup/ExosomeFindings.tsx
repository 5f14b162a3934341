import { disguiseNote } from '@/lib/cards/labels';
import type { PageReport } from '@/lib/report';
import { EntryDetails } from '../shared/EntryDetails';
import { useKnowledgeView } from '../shared/KnowledgeContext';
import { PositionHint } from './PositionHint';
import { RegionNote } from './RegionNote';

export function ExosomeFindings({ report }: { report: PageReport }) {
  const { knowledge } = useKnowledgeView();
  const findings = report.exosome.ingredients;
  if (findings.length === 0) return null;
  return (
    // Closed: the first screen already answers for each finding; this is the whole of it.
    <section aria-labelledby="exosome-title">
      <details className="detail-section">
        <summary>
          <h2 id="exosome-title">Exosome-type ingredients ({findings.length}), in full</h2>
        </summary>
        <RegionNote />
        {findings.map((f) => {
          const name = knowledge.entry(f.entryId)?.name ?? f.text;
          const id = `finding-${f.listIndex}-${f.position}`;
          return (
            <article key={id} className="card" aria-labelledby={id}>
              <h3 id={id}>{name}</h3>
              <p className="muted">
                On the label: <q>{f.text}</q>, position {f.position}
                {listLabel(report, f.listIndex)}
              </p>
              {f.disguised?.length ? (
                <p className="caveat" data-disguised={f.disguised.join(' ')}>
                  {disguiseNote(f.disguised)}
                </p>
              ) : null}
              <PositionHint hint={f.atOrBelowOnePercent} />
              <EntryDetails entryId={f.entryId} headingLevel={4} />
            </article>
          );
        })}
      </details>
    </section>
  );
}

export function listLabel(report: PageReport, listIndex: number): string {
  if (report.ingredientLists.length < 2) return '';
  const label = report.ingredientLists[listIndex]?.label;
  return label ? ` in "${label}"` : ` in list ${listIndex + 1}`;
}
