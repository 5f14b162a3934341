import type { SourceRef } from '@/lib/cards';
import { coiLabel, sourceDate } from '@/lib/cards/labels';

/**
 * The compact "source" disclosure every fact line carries: citation, publication date (or
 * "undated, read on …"), confidence and the conflict-of-interest tag, which is visible in the
 * summary line too so it never hides behind a click. Links are ordinary anchors: nothing is
 * fetched unless clicked.
 */
export function SourceNote({ sources, date }: { sources: readonly SourceRef[]; date?: string }) {
  if (sources.length === 0) return null;
  const coi = sources.map((s) => coiLabel(s.coi)).filter((c): c is string => c !== null);
  return (
    <details className="source-note">
      <summary>
        {sources.length === 1 ? 'source' : `sources (${sources.length})`}
        {date ? <span className="muted">, {date}</span> : null}
        {coi.includes('author has a commercial interest') ? (
          <span className="tag tag-coi">commercial interest</span>
        ) : null}
      </summary>
      <ul>
        {sources.map((s) => {
          const c = coiLabel(s.coi);
          return (
            <li key={s.id}>
              <cite>{s.citation}</cite> <span className="muted">({sourceDate(s)})</span>{' '}
              <span className={`tag tag-${s.confidence}`}>
                {s.confidence === 'primary' ? 'primary source' : 'secondary source'}
              </span>
              {c ? (
                <span className={s.coi === true ? 'tag tag-coi' : 'tag tag-unchecked'}>{c}</span>
              ) : null}
              {s.url ? (
                <>
                  {' '}
                  <a
                    href={s.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={`${s.citation}, at ${hostOf(s.url)} (opens in a new tab)`}
                  >
                    read at {hostOf(s.url)}
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** "https://www.fda.gov/x" → "fda.gov": the link names where it goes. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'the source';
  }
}
