import type { PageReport, ReportList } from '@/lib/report';

const FOUND_BY: Record<ReportList['source'], string> = {
  adapter: 'read from the shop page layout',
  'json-ld': "read from the page's product data",
  heuristic: 'found by searching the page',
  text: 'from text you gave',
  image: 'read from an image (offline OCR): check it against the image',
};

const KIND_TAG = { exosome: 'exosome-type', related: 'related', confounder: 'active' } as const;

/** The whole parsed list, collapsed: for checking what ExoCheck read. */
export function FullList({ report }: { report: PageReport }) {
  if (report.ingredientLists.length === 0) return null;
  const total = report.ingredientLists.reduce((n, l) => n + l.ingredients.length, 0);
  return (
    <section aria-labelledby="full-list-title">
      <details>
        <summary>
          <h2 id="full-list-title">Full ingredient list as read ({total})</h2>
        </summary>
        {report.ingredientLists.map((list, i) => (
          <div key={`${list.section}-${list.ingredients[0]?.start ?? 0}`} className="list">
            <h3>
              {list.label ?? (report.ingredientLists.length > 1 ? `List ${i + 1}` : 'Ingredients')}
            </h3>
            <p className="muted">{FOUND_BY[list.source]}</p>
            <ol>
              {list.ingredients.map((ing) => (
                <li key={`${ing.position}-${ing.start}`}>
                  {ing.text}
                  {ing.kind !== 'unknown' ? (
                    <span className={`tag tag-${ing.kind}`}>{KIND_TAG[ing.kind]}</span>
                  ) : null}
                  {ing.ocr?.read !== undefined ? (
                    <span className="tag tag-ocr" title={`The image reads "${ing.ocr.read}"`}>
                      corrected from “{ing.ocr.read}”
                    </span>
                  ) : null}
                  {ing.ocr?.unsure ? (
                    <span className="tag tag-unsure">
                      unsure ({Math.round(ing.ocr.confidence * 100)}%)
                    </span>
                  ) : null}
                  {ing.group !== 'main' ? (
                    <span className="tag">
                      {ing.group === 'may-contain' ? 'may contain' : 'active ingredient'}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </details>
    </section>
  );
}
