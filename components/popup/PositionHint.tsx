import { sourceRefs } from '@/lib/cards/build';
import type { ExosomeFinding } from '@/lib/report';
import { useKnowledgeView } from '../shared/KnowledgeContext';
import { SourceNote } from '../shared/SourceNote';

/**
 * The 1% position hint with the rules it rests on. A hint, never a measurement: a list
 * ordered to EU rules puts everything at or below 1% after a 1%-capped marker.
 */
export function PositionHint({ hint }: { hint: ExosomeFinding['atOrBelowOnePercent'] }) {
  const { knowledge } = useKnowledgeView();
  const { orderRules, orderMarkers } = knowledge.data;
  const markers = orderMarkers.filter((m) => m.maxPercent <= 1);
  const label =
    hint.value === true
      ? 'Probably at or below 1%'
      : hint.value === false
        ? 'Above 1%'
        : 'Amount cannot be told from its position';
  return (
    <div className="position-hint">
      <p>
        <span className="label">Position hint:</span> {label}. {hint.reason}
      </p>
      {orderRules.length + markers.length > 0 ? (
        <details>
          <summary>The rule this rests on</summary>
          <ul>
            {orderRules.map((r) => (
              <li key={r.id} className="fact">
                <p>
                  <strong>{r.title}</strong> ({r.appliesIn.map((j) => j.toUpperCase()).join(', ')}
                  ): {r.rule}
                  {r.confirmed ? null : <span className="tag tag-unconfirmed">not confirmed</span>}
                </p>
                <SourceNote sources={sourceRefs(knowledge, r.sources)} />
              </li>
            ))}
            {markers.map((m) => (
              <li key={m.id} className="fact">
                <p>{m.basis}</p>
                <SourceNote sources={sourceRefs(knowledge, m.sources)} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
