import type { EntryCard, RegulationLine } from '@/lib/cards';
import { STATUS_LABEL } from '@/lib/cards/labels';
import type { PageReport } from '@/lib/report';
import { WORDS } from '@/lib/vocabulary';
import { CLAIM_FIELD, distinctClaims } from './claim-rows';

/** At most this many findings on the first screen; the rest are in the details below. */
const MAX_FINDINGS = 3;
/** Other actives named on the first screen. */
const MAX_ACTIVES = 6;
/** Claim phrases quoted on the first screen of a page with claims and no exosome ingredient. */
const MAX_CLAIMS = 3;

/**
 * The popup's first screen, from the stored report and the background's cards alone (no
 * knowledge module in the popup yet): for each exosome-type finding what it is made from,
 * what the rules say where the shopper is, and what was studied; then the ordinary actives on
 * the same list. Everything else, with sources, is in the details below.
 */
export function FirstScreen({
  report,
  cards,
}: {
  report: PageReport;
  /** Cards by entry id for the user's region; null while they load. */
  cards: ReadonlyMap<string, EntryCard> | null;
}) {
  const findings = distinct(
    report.exosome.ingredients.map((f) => ({ id: f.entryId, text: f.text })),
  );
  const actives = distinct(report.confounders.map((f) => ({ id: f.entryId, text: f.text })));
  // Claims without an exosome-type ingredient: the words themselves are what there is to see.
  const claims = findings.length === 0 ? distinctClaims(report.exosome.claims) : [];
  if (findings.length === 0 && actives.length === 0 && claims.length === 0) return null;
  return (
    <section className="first-screen" aria-label="What this means for you">
      {claims.length > 0 ? <ClaimSummary rows={claims} /> : null}
      {findings.slice(0, MAX_FINDINGS).map((f) => (
        <FindingSummary key={f.id} text={f.text} card={cards?.get(f.id) ?? null} loading={!cards} />
      ))}
      {findings.length > MAX_FINDINGS ? (
        <p className="muted">
          {findings.length - MAX_FINDINGS} more exosome-type ingredient
          {findings.length - MAX_FINDINGS === 1 ? '' : 's'} in the details below.
        </p>
      ) : null}
      {actives.length > 0 ? <OtherActives actives={actives} cards={cards} /> : null}
    </section>
  );
}

function FindingSummary({
  text,
  card,
  loading,
}: {
  text: string;
  card: EntryCard | null;
  loading: boolean;
}) {
  return (
    <div className="summary-card">
      <h3>{card?.name ?? text}</h3>
      {card ? (
        <dl className="facts">
          <dt>{WORDS.madeFrom}</dt>
          <dd>{card.materialLabel ?? 'Not stated on the label'}</dd>
          {card.regulation ? <RuleFact line={card.regulation} /> : null}
          <dt>Studies</dt>
          <dd>{studiesText(card)}</dd>
        </dl>
      ) : (
        <p className="muted" role="status">
          {loading ? 'Reading what ExoCheck knows about it…' : 'ExoCheck has no entry for it.'}
        </p>
      )}
    </div>
  );
}

/** What the product text says, quoted, and where it says it. */
function ClaimSummary({ rows }: { rows: ReturnType<typeof distinctClaims> }) {
  return (
    <div className="summary-card" data-first="claims">
      <h3>What the product text says</h3>
      <ul className="claim-quotes">
        {rows.slice(0, MAX_CLAIMS).map(({ claim: c, fields }) => (
          <li key={`${c.copy}-${c.start}`}>
            <q lang={c.lang}>{c.text}</q>{' '}
            <span className="muted">in the {fields.map((f) => CLAIM_FIELD[f]).join(' and ')}</span>
          </li>
        ))}
      </ul>
      {rows.length > MAX_CLAIMS ? (
        <p className="muted">
          {rows.length - MAX_CLAIMS} more claim{rows.length - MAX_CLAIMS === 1 ? '' : 's'} in the
          details below.
        </p>
      ) : null}
    </div>
  );
}

/** "Where you are": the ruling for this material in the user's region, in words, dated. */
function RuleFact({ line }: { line: RegulationLine }) {
  const [first] = line.rulings;
  if (!first) return null;
  const unconfirmed = line.rulings.some((r) => !r.confirmed);
  return (
    <>
      <dt>In your region</dt>
      <dd data-status={line.unspecified ? 'depends' : first.status}>
        {line.unspecified ? (
          <>
            Depends on what it is made from, which the label does not say:{' '}
            {line.rulings.map((r) => `${r.materialsLabel}: ${STATUS_LABEL[r.status]}`).join('; ')}.
          </>
        ) : (
          <StatusHeadline status={STATUS_LABEL[first.status]} headline={first.headline} />
        )}
        {unconfirmed ? <span className="tag"> Not confirmed</span> : null}
        <span className="muted">
          {' '}
          {line.jurisdictionName}, sources checked {line.checkedAsOf}.
        </span>
      </dd>
    </>
  );
}

/** "Prohibited. Prohibited in EU…" says it twice: a headline that opens with the status stands alone. */
function StatusHeadline({ status, headline }: { status: string; headline: string }) {
  if (headline.toLowerCase().startsWith(status.toLowerCase())) return <strong>{headline}.</strong>;
  return (
    <>
      <strong>{status}.</strong> {headline}.
    </>
  );
}

function studiesText(card: EntryCard): string {
  const studies = card.studies ?? [];
  if (studies.length === 0) {
    return 'None of this ingredient itself; what is known about its kind of material is in the details.';
  }
  return `${studies.length} reviewed stud${studies.length === 1 ? 'y' : 'ies'} of it: ${studies.join('; ')}.`;
}

function OtherActives({
  actives,
  cards,
}: {
  actives: ReadonlyArray<{ id: string; text: string }>;
  cards: ReadonlyMap<string, EntryCard> | null;
}) {
  const shown = actives.slice(0, MAX_ACTIVES);
  return (
    <div className="other-actives">
      <h3>{WORDS.otherActives}</h3>
      <p>
        {shown
          .map((a) => {
            const card = cards?.get(a.id);
            const name = card?.name ?? a.text;
            // "Niacinamide (Niacinamide)" says nothing: the class only when it adds something.
            const cls = card?.classLabel;
            return cls && cls.toLowerCase() !== name.toLowerCase() ? `${name} (${cls})` : name;
          })
          .join(', ')}
        {actives.length > MAX_ACTIVES ? `, and ${actives.length - MAX_ACTIVES} more` : ''}. Results
        a product is praised for may come from these.
      </p>
    </div>
  );
}

/** The ids the first screen needs cards for: exosome-type findings and other actives. */
export function firstScreenIds(report: PageReport | null): string[] {
  if (!report) return [];
  return [
    ...new Set([
      ...report.exosome.ingredients.map((f) => f.entryId),
      ...report.confounders.map((f) => f.entryId),
    ]),
  ];
}

function distinct<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && seen.add(i.id));
}
