import type { RegulationLine } from '@/lib/cards';
import { STATUS_LABEL } from '@/lib/labels';
import { SourceNote } from './SourceNote';

/** Every jurisdiction's ruling; the first line (the user's region) starts open. */
export function RegulationList({ lines }: { lines: readonly RegulationLine[] }) {
  if (lines.length === 0) {
    return <p className="muted">No regulatory information in this knowledge version.</p>;
  }
  return (
    <ul className="regulation">
      {lines.map((line, i) => (
        <li key={line.jurisdiction}>
          <details open={i === 0}>
            <summary>
              <strong>{line.jurisdictionName}</strong>:{' '}
              <span className={`status status-${line.status}`}>{STATUS_LABEL[line.status]}</span>
              {/* The status already says so when it is "not confirmed". */}
              {line.confirmed || line.status === 'not-confirmed' ? null : (
                <span className="tag tag-unconfirmed">not confirmed</span>
              )}
            </summary>
            <div className="fact">
              <p>
                <strong>{line.headline}.</strong> {line.rule}{' '}
                <span className="muted">(as of {line.date})</span>
              </p>
              <SourceNote sources={line.sources} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
