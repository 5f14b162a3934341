import { buildCard } from '@/lib/cards/build';
import { CONFOUNDER_CLASS_LABEL } from '@/lib/cards/labels';
import type { ConfounderClass } from '@/lib/knowledge/schema';
import type { ConfounderFinding, PageReport } from '@/lib/report';
import { useKnowledgeView } from '../shared/KnowledgeContext';
import { SourceNote } from '../shared/SourceNote';

/**
 * The heading says what the group is for on this page: next to an exosome finding or claim,
 * the actives that may do the work credited to exosomes; elsewhere just the actives.
 */
export function confounderHeading(report: PageReport): string {
  const exosomePage = report.exosome.ingredients.length > 0 || report.exosome.claims.length > 0;
  return exosomePage
    ? 'Other actives on this list, which may explain results credited to exosomes'
    : 'Other actives on this list';
}

/** Confounding actives grouped by class, each with its evidence line and sources. */
export function ConfounderGroups({ report }: { report: PageReport }) {
  const { knowledge, region } = useKnowledgeView();
  const groups = groupByClass(report.confounders);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="confounders-title">
      <details className="detail-section">
        <summary>
          <h2 id="confounders-title">{confounderHeading(report)}</h2>
        </summary>
        {groups.map(([cls, findings]) => (
          <div key={cls} className="group">
            <h3>{CONFOUNDER_CLASS_LABEL[cls]}</h3>
            <ul>
              {findings.map((f) => {
                const card = buildCard(knowledge, f.entryId, region.region);
                return (
                  <li key={f.entryId} className="fact">
                    <p>
                      <strong>{card?.name ?? f.text}</strong>
                      {card && card.name !== f.text ? (
                        <span className="muted">
                          {' '}
                          (<q>{f.text}</q>)
                        </span>
                      ) : null}
                      : {card?.evidence ?? 'not in the installed knowledge version'}
                      {card?.evidenceLabel ? (
                        <span
                          className={`tag tag-evidence-${card.evidenceVerdict ?? 'not-reviewed'}`}
                        >
                          {card.evidenceLabel}
                        </span>
                      ) : null}
                    </p>
                    {card?.caveat ? <p className="caveat">{card.caveat}</p> : null}
                    {card ? <SourceNote sources={card.sources} /> : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}

/** Class order follows first appearance in the list; each entry once. */
export function groupByClass(
  findings: readonly ConfounderFinding[],
): Array<[ConfounderClass, ConfounderFinding[]]> {
  const groups = new Map<ConfounderClass, ConfounderFinding[]>();
  for (const f of findings) {
    const list = groups.get(f.class) ?? [];
    if (!list.some((x) => x.entryId === f.entryId)) list.push(f);
    groups.set(f.class, list);
  }
  return [...groups];
}
