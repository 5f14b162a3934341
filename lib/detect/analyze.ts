import { parseIngredientText } from '../inci/parse';
import type { ParsedItem } from '../inci/types';
import type { ConfounderClass, SourceClass } from '../knowledge/schema';
import type {
  ClaimFinding,
  ConfounderFinding,
  ExosomeFinding,
  PageReport,
  RelatedFinding,
  ReportIngredient,
  ReportList,
} from '../report';
import { REPORT_SCHEMA_VERSION } from '../report-version';
import { disguiseOf, normalizeName } from '../text/normalize';
import { findClaims } from './claims';
import { withoutIngredientNames } from './claims-in-names';
import type { Lexicon } from './lexicon';
import { type Match, Matcher } from './match';
import { likelyListRules, onePercentHint } from './one-percent';

export type SectionSource = ReportList['source'];
export type CopyFieldName = ClaimFinding['field'];

/** The pure pipeline's input: text only, so Node (CLI, bench) and the content script share it. */
export interface AnalyzeInput {
  url: string;
  retailer: string;
  title: string | null;
  /** The page's language (html lang), used to tell apart terms spelled alike in two languages. */
  lang?: string | null;
  /** `cut`: the finder read only the start of the section (its size limit). */
  sections: ReadonlyArray<{ source: SectionSource; text: string; cut?: boolean }>;
  copy: ReadonlyArray<{ field: CopyFieldName; text: string }>;
}

export interface Analyzer {
  analyze(input: AnalyzeInput): PageReport;
  /**
   * The same analysis as steps, one per list and per copy block: the content script runs
   * them in slices, so a page of a thousand lists is never one long task.
   */
  analyzeSteps(input: AnalyzeInput): Generator<void, PageReport, void>;
  /** Builds the matcher's fuzzy index now (else the first analysis pays for it). */
  prepare(): void;
}

/** Builds an analyzer over one lexicon; the matcher's indexes are built once and reused. */
export function createAnalyzer(lexicon: Lexicon): Analyzer {
  const matcher = new Matcher(lexicon);
  return {
    analyze: (input) => {
      const steps = analyzeSteps(input, lexicon, matcher);
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
      }
    },
    analyzeSteps: (input) => analyzeSteps(input, lexicon, matcher),
    prepare: () => matcher.prepare(),
  };
}

/** Items matched between pauses of the stepped analysis (a few ms of work). */
const ITEMS_PER_STEP = 100;
/** Characters between a list's last item and the end of a cut section for the list to be cut. */
const CUT_SLACK = 200;

function* analyzeSteps(
  input: AnalyzeInput,
  lexicon: Lexicon,
  matcher: Matcher,
): Generator<void, PageReport, void> {
  const ingredientLists: ReportList[] = [];
  const exosomeIngredients: ExosomeFinding[] = [];
  const related: RelatedFinding[] = [];
  const confounders: ConfounderFinding[] = [];
  let unmatched = 0;

  for (const [sectionIndex, section] of input.sections.entries()) {
    if (sectionIndex > 0) yield;
    const rules = likelyListRules(input.url, input.lang ?? null, section.text);
    const parsedLists = parseIngredientText(section.text).filter((p) => p.items.length > 0);
    for (const [k, parsed] of parsedLists.entries()) {
      if (ingredientLists.length > 0) yield;
      const listIndex = ingredientLists.length;
      const ingredients: ReportIngredient[] = [];
      for (const [i, item] of parsed.items.entries()) {
        // Matching thousands of items is a long task: a pause every ITEMS_PER_STEP.
        if (i > 0 && i % ITEMS_PER_STEP === 0) yield;
        const m = matcher.matchCandidates(item.candidates);
        const ing = toIngredient(item, i + 1, m);
        const base = {
          entryId: ing.entryId ?? '',
          text: ing.text,
          listIndex,
          position: ing.position,
        };
        if (!m) unmatched++;
        else if (m.kind === 'exosome') {
          exosomeIngredients.push({
            ...base,
            sourceClass: m.extra as SourceClass,
            detail: m.detail ?? '',
            atOrBelowOnePercent: onePercentHint(parsed.items, i, lexicon.onePercentMarkers, rules),
            ...(ing.disguised ? { disguised: ing.disguised } : {}),
          });
        } else if (m.kind === 'related') related.push(base);
        else confounders.push({ ...base, class: m.extra as ConfounderClass });
        ingredients.push(ing);
      }
      // The section's last list is cut when the finder stopped at its size limit.
      // (Only when the list runs to where the reading stopped, not when prose came after it.)
      const last = ingredients.at(-1);
      const cut =
        parsed.truncated ||
        (section.cut === true &&
          k === parsedLists.length - 1 &&
          last !== undefined &&
          section.text.length - last.end < CUT_SLACK);
      ingredientLists.push({
        label: parsed.label,
        source: section.source,
        section: sectionIndex,
        ingredients,
        ...(cut ? { truncated: true } : {}),
      });
    }
  }

  const claims: ClaimFinding[] = [];
  const names = ingredientLists.flatMap((l) => l.ingredients.map((i) => i.text.toLowerCase()));
  for (const [copyIndex, block] of input.copy.entries()) {
    yield;
    const hits = findClaims(block.text, lexicon, input.lang ?? undefined);
    for (const hit of withoutIngredientNames(block.text, hits, names)) {
      claims.push({
        text: hit.text,
        lang: hit.lang,
        termId: hit.termId,
        field: block.field,
        copy: copyIndex,
        start: hit.start,
        end: hit.end,
      });
    }
  }

  const verdict =
    exosomeIngredients.length > 0 ? 'ingredient' : claims.length > 0 ? 'claim-only' : 'none';

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    url: input.url,
    retailer: ingredientLists.length > 0 ? input.retailer : 'none',
    knowledgeVersion: lexicon.version,
    title: input.title,
    ingredientLists,
    exosome: { verdict, ingredients: exosomeIngredients, related, claims },
    confounders,
    unmatched,
  };
}

function toIngredient(item: ParsedItem, position: number, m: Match | null): ReportIngredient {
  const disguised = disguiseOf(item.text);
  return {
    ...(disguised.length > 0 ? { disguised } : {}),
    text: item.text,
    name: normalizeName(item.candidates[0] ?? item.text),
    position,
    group: item.group,
    entryId: m?.entryId ?? null,
    kind: m?.kind ?? 'unknown',
    start: item.start,
    end: item.end,
  };
}
