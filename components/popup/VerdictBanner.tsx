import type { PageReport } from '@/lib/report';
import { ScanButton, type ScanState } from './ScanButton';
import {
  type FindingForm,
  ingredientCount,
  ingredientTitle,
  PAGE_STATE_TEXT,
  type PageState,
  VERDICT_TITLE,
  verdictOf,
} from './verdict';

export function VerdictBanner({
  report,
  scan,
  onScan,
  forms,
  pageState = 'not-scanned',
}: {
  report: PageReport | null;
  scan: ScanState;
  onScan?: () => void;
  /** The forms of the exosome-type findings (from the knowledge module), for a precise title. */
  forms?: readonly FindingForm[];
  /** What is known about the page when there is no report (see pageStateOf). */
  pageState?: PageState;
}) {
  const verdict = verdictOf(report);
  // No report at all: the page's own state says why. A report without a list: it was read.
  const state: PageState | null = report
    ? verdict === 'no-list'
      ? 'read-no-list'
      : null
    : pageState;
  const title =
    state !== null
      ? PAGE_STATE_TEXT[state].title
      : verdict === 'ingredient' && forms
        ? ingredientTitle(forms)
        : VERDICT_TITLE[verdict];
  const noList = !report || report.ingredientLists.length === 0;
  const canScan = noList && onScan && state !== 'off' && state !== 'no-tab';
  return (
    // data-verdict: the report's verdict, for tests and tools reading what the shopper is shown.
    <section
      className={`verdict verdict-${verdict}`}
      aria-labelledby="verdict-title"
      data-verdict={report?.exosome.verdict ?? 'none'}
    >
      <h2 id="verdict-title">{title}</h2>
      <p>{state !== null ? stateText(state, report) : explain(verdict, report)}</p>
      {canScan ? <ScanButton state={scan} onScan={onScan} /> : null}
    </section>
  );
}

function stateText(state: PageState, report: PageReport | null): string {
  const text = PAGE_STATE_TEXT[state].text;
  const claims = report?.exosome.claims.length
    ? ' The product text uses exosome wording, with no ingredient list to check it against.'
    : '';
  const unread = report?.unread ? ` ${unreadNote(report.unread)}` : '';
  return `${text}${claims}${unread}`;
}

function explain(verdict: ReturnType<typeof verdictOf>, report: PageReport | null): string {
  const text = explainFound(verdict, report);
  const cut = report?.ingredientLists.some((l) => l.truncated);
  const withCut = cut
    ? `${text} The list is longer than ExoCheck reads: only its first ${ingredientCount(report as PageReport)} items were read.`
    : text;
  const whole = report?.trimmed
    ? `${withCut} This page's report was too large to keep whole: every finding is shown, some unlisted ingredients and repeated claims are not.`
    : withCut;
  const unread = report?.unread ? unreadNote(report.unread) : '';
  return unread ? `${whole} ${unread}` : whole;
}

/** Where the page keeps content ExoCheck could not read (only said when no list was found). */
export function unreadNote(u: NonNullable<PageReport['unread']>): string {
  const parts: string[] = [];
  if (u.frames.length > 0) {
    parts.push(
      `Part of this page is shown in frames from other sites (${u.frames.join(', ')}), which ExoCheck cannot read: an ingredient list there was not checked.`,
    );
  }
  if (u.largeData > 0) {
    parts.push(
      `This page carries ${u.largeData === 1 ? 'a block' : `${u.largeData} blocks`} of embedded data larger than ExoCheck reads (2 MB): a list kept only there was not checked.`,
    );
  }
  return parts.join(' ');
}

function explainFound(verdict: ReturnType<typeof verdictOf>, report: PageReport | null): string {
  if (!report || verdict === 'no-list') {
    return 'ExoCheck reads the ingredient list on supported shops by itself. On other pages, ask it to look.';
  }
  const n = report.exosome.ingredients.length;
  const total = ingredientCount(report);
  if (verdict === 'ingredient') {
    return `${n} exosome-type ingredient${n === 1 ? '' : 's'} in the ingredient list (${total} ingredients read).`;
  }
  if (verdict === 'claim-only') {
    return report.ingredientLists.length === 0
      ? 'The product text uses exosome wording, and no ingredient list was found to check it against.'
      : `The product text uses exosome wording, but none of the ${total} listed ingredients is an exosome-type ingredient ExoCheck recognises (culture fluid can be listed under other names).`;
  }
  return `${total} ingredients read; none is an exosome-type ingredient and the product text makes no exosome claim ExoCheck knows.`;
}
