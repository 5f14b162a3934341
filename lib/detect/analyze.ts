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
  sections: ReadonlyArray<{ source: SectionSource; text: string }>;
  copy: ReadonlyArray<{ field: CopyFieldName; text: string }>;
}

export interface Analyzer {
  analyze(input: AnalyzeInput): PageReport;
  /** Builds the matcher's fuzzy index now (else the first analysis pays for it). */
  prepare(): void;
}

/** Builds an analyzer over one lexicon; the matcher's indexes are built once and reused. */
export function createAnalyzer(lexicon: Lexicon): Analyzer {
  const matcher = new Matcher(lexicon);
  return {
    analyze: (input) => analyze(input, lexicon, matcher),
    prepare: () => matcher.prepare(),
  };
}

function analyze(input: AnalyzeInput, lexicon: Lexicon, matcher: Matcher): PageReport {
  const ingredientLists: ReportList[] = [];
  const exosomeIngredients: ExosomeFinding[] = [];
  const related: RelatedFinding[] = [];
  const confounders: ConfounderFinding[] = [];
  let unmatched = 0;

  input.sections.forEach((section, sectionIndex) => {
    const rules = likelyListRules(input.url, input.lang ?? null, section.text);
    for (const parsed of parseIngredientText(section.text)) {
      if (parsed.items.length === 0) continue;
      const listIndex = ingredientLists.length;
      const ingredients = parsed.items.map((item, i) => {
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
        return ing;
      });
      ingredientLists.push({
        label: parsed.label,
        source: section.source,
        section: sectionIndex,
        ingredients,
        ...(parsed.truncated ? { truncated: true } : {}),
      });
    }
  });

  const claims: ClaimFinding[] = [];
  const names = ingredientLists.flatMap((l) => l.ingredients.map((i) => i.text.toLowerCase()));
  input.copy.forEach((block, copyIndex) => {
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
  });

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
