import type { RegulationLine, RulingLine } from '@/lib/cards';
import { STATUS_LABEL } from '@/lib/cards/labels';
import { SourceNote } from './SourceNote';

/**
 * Every jurisdiction's ruling; the first line (the user's region) starts open. Each line says
 * when its sources were checked; a label that does not say what its material is shows the
 * range of rulings, each naming the materials it is for.
 */
export function RegulationList({ lines }: { lines: readonly RegulationLine[] }) {
  if (lines.length === 0) {
    return <p className="muted">No regulatory information in this knowledge version.</p>;
  }
  return (
    <ul className="regulation">
      {lines.map((line, i) => (
        <li key={line.jurisdiction} data-jurisdiction={line.code}>
          <details open={i === 0}>
            <summary>
              <strong>{line.jurisdictionName}</strong>: <LineStatus line={line} />{' '}
              <span className="muted">(checked {line.checkedAsOf})</span>
            </summary>
            {line.unspecified ? (
              <p className="caveat">
                The label does not say what these are made from; the rules differ by source:
              </p>
            ) : null}
            {line.rulings.map((r) => (
              <Ruling key={r.materials.join()} ruling={r} named={line.unspecified} />
            ))}
            {line.note ? <p className="muted">{line.note}</p> : null}
          </details>
        </li>
      ))}
    </ul>
  );
}

function LineStatus({ line }: { line: RegulationLine }) {
  const only = line.rulings.length === 1 ? line.rulings[0] : undefined;
  if (!only) return <span className="status status-depends">Depends on the source</span>;
  return <StatusBadge ruling={only} />;
}

function StatusBadge({ ruling }: { ruling: RulingLine }) {
  return (
    <>
      <span className={`status status-${ruling.status}`}>{STATUS_LABEL[ruling.status]}</span>
      {/* The status already says so when it is "not confirmed". */}
      {ruling.confirmed || ruling.status === 'not-confirmed' ? null : (
        <span className="tag tag-unconfirmed">not confirmed</span>
      )}
    </>
  );
}

function Ruling({ ruling, named }: { ruling: RulingLine; named: boolean }) {
  return (
    <div className="fact">
      <p>
        {named ? (
          <>
            <span className="label">If {ruling.materialsLabel}:</span>{' '}
            <StatusBadge ruling={ruling} />{' '}
          </>
        ) : null}
        <strong>{ruling.headline}.</strong> {ruling.rule}{' '}
        <span className="muted">(rule or statement of {ruling.date})</span>
      </p>
      <SourceNote sources={ruling.sources} />
    </div>
  );
}
