import type { EntryCard } from '@/lib/cards';
import { allRegulation, buildCard, evidenceLines } from '@/lib/cards/build';
import { useKnowledgeView } from './KnowledgeContext';
import { RegulationList } from './RegulationList';
import { SourceNote } from './SourceNote';

/**
 * Everything the knowledge module says about one entry: what it is, where it comes from,
 * regulation in every jurisdiction (user's region first) and evidence. Used by the popup's
 * finding cards and by the lookup. `headingLevel` keeps the outline right where it is nested.
 */
export function EntryDetails({ entryId, headingLevel }: { entryId: string; headingLevel: 3 | 4 }) {
  const { knowledge, region } = useKnowledgeView();
  const entry = knowledge.entry(entryId);
  const card = buildCard(knowledge, entryId, region.region);
  if (!entry || !card) {
    return <p className="muted">This entry is not in the installed knowledge version.</p>;
  }
  const H = headingLevel === 3 ? 'h3' : 'h4';

  if (card.kind === 'confounder') {
    return (
      <div className="entry">
        <p className="muted">{card.evidenceLabel}</p>
        <div className="fact">
          <p>
            <span className="tag">{card.classLabel}</span> {card.evidence}
          </p>
          <SourceNote sources={card.sources} />
        </div>
        {card.detail ? <p>{card.detail}.</p> : null}
        {card.caveat ? <p className="caveat">{card.caveat}</p> : null}
        <AnnexList card={card} />
      </div>
    );
  }

  const regulation = allRegulation(knowledge, entry, region.region);
  const evidence = evidenceLines(knowledge, entry);
  return (
    <div className="entry">
      <div className="fact">
        <p>{card.summary}</p>
        <SourceNote sources={card.sources} />
      </div>
      <p>
        <span className="label">Made from:</span> {card.materialLabel}
        {card.materialType === 'unspecified' ? null : `, ${card.detail}`}
        {card.materialType === 'unspecified' ? (
          <span className="muted">
            {' '}
            (the label does not say what they come from; each region shows the range of rulings)
          </span>
        ) : null}
      </p>
      <AnnexList card={card} />
      {card.whyNotExosome ? (
        <p>
          <span className="label">Why it is not an exosome:</span> {card.whyNotExosome}
        </p>
      ) : null}
      <H>Regulation</H>
      <RegulationList lines={regulation} />
      {evidence.length > 0 ? (
        // Collapsed: the evidence list for a source class can be long, and the verdict and
        // regulation should stay within a screen or two.
        <details className="evidence-block">
          <summary>
            <H>Evidence ({evidence.length})</H>
          </summary>
          <ul className="evidence">
            {evidence.map((ev) => (
              <li key={ev.id} className="fact">
                <p>
                  <strong>{ev.title}:</strong> {ev.summary}
                </p>
                <SourceNote sources={ev.sources} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** CosIng's annex references for the name, in words (II/416 human origin, II/419 animal by-products). */
function AnnexList({ card }: { card: EntryCard }) {
  if (card.annex.length === 0) return null;
  return (
    <ul className="annex">
      {card.annex.map((a) => (
        <li key={a.ref}>
          <span className="label">CosIng {a.ref}:</span> {a.text}
        </li>
      ))}
    </ul>
  );
}
