import type { PageReport, ReportIngredient } from '@/lib/report';

/**
 * Ingredients with no knowledge entry, said honestly: ExoCheck does not know them, which says
 * nothing about safety. CosIng functions, where the background found them, say what they do.
 */
export function UnmatchedList({ report }: { report: PageReport }) {
  const items = unmatchedIngredients(report);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="unmatched-title">
      <details>
        <summary>
          <h2 id="unmatched-title">Not in ExoCheck's knowledge base ({items.length})</h2>
        </summary>
        <p className="muted">
          ExoCheck has no entry for these. That says nothing about whether they are safe or whether
          they work.
        </p>
        <ul className="unmatched">
          {items.map((ing) => (
            <li key={ing.name}>
              <span>{ing.text}</span> <Functions ing={ing} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function Functions({ ing }: { ing: ReportIngredient }) {
  if (ing.functions === undefined) return null;
  if (ing.functions === null) {
    return <span className="muted">not a CosIng INCI name (2021)</span>;
  }
  if (ing.functions.length === 0) {
    return <span className="muted">CosIng lists no function</span>;
  }
  return (
    <span className="muted">
      what it does (CosIng): {ing.functions.join(', ')}
      {ing.annexRefs && ing.annexRefs.length > 0 ? `; EU annex ${ing.annexRefs.join(', ')}` : ''}
    </span>
  );
}

export function unmatchedIngredients(report: PageReport): ReportIngredient[] {
  const seen = new Set<string>();
  const out: ReportIngredient[] = [];
  for (const list of report.ingredientLists) {
    for (const ing of list.ingredients) {
      if (ing.kind !== 'unknown' || seen.has(ing.name)) continue;
      seen.add(ing.name);
      out.push(ing);
    }
  }
  return out;
}
