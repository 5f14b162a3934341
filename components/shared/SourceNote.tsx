import type { SourceRef } from '@/lib/cards';

/**
 * The compact "source" disclosure every fact line carries: citation, date, confidence and a
 * conflict-of-interest flag. Links are ordinary anchors: nothing is fetched unless clicked.
 */
export function SourceNote({ sources, date }: { sources: readonly SourceRef[]; date?: string }) {
  if (sources.length === 0) return null;
  return (
    <details className="source-note">
      <summary>
        {sources.length === 1 ? 'source' : `sources (${sources.length})`}
        {date ? <span className="muted">, {date}</span> : null}
      </summary>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <cite>{s.citation}</cite> <span className="muted">({s.date})</span>{' '}
            <span className={`tag tag-${s.confidence}`}>
              {s.confidence === 'primary' ? 'primary source' : 'secondary source'}
            </span>
            {s.coi ? <span className="tag tag-coi">author has a commercial interest</span> : null}
            {s.url ? (
              <>
                {' '}
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  open source<span className="visually-hidden"> (new tab)</span>
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
