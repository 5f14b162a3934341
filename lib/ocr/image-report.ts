import type { Analyzer } from '../detect/analyze';
import { type DictionaryLookup, enrichReport } from '../detect/enrich';
import { buildItem } from '../inci/item';
import type { PageReport, ReportIngredient } from '../report';
import { fixCase } from './char-fixes';
import { confidenceOf, listText, type WordSpan } from './list-text';
import { applyFix, findSlip, type SearchNames } from './slips';
import type { OcrPage } from './types';

/**
 * An ingredient list read from an image, through the same parser, matcher, report and CosIng
 * enrichment as a list read from the page. OCR text → list text → first analysis; names
 * neither the knowledge module nor CosIng knows get one-character slips corrected; the
 * corrected text is analysed again, and each ingredient carries what OCR read: its lowest
 * word confidence, whether that is below what ExoCheck trusts, and the reading before a fix.
 */

/**
 * Word confidence (0–1) below which a name neither the knowledge module nor CosIng knows is
 * shown as unsure. A known name read exactly is not unsure whatever Tesseract's confidence:
 * correct words often score 0.6–0.8 on small print (`npm run bench:ocr`).
 */
export const UNSURE_BELOW = 0.8;

export interface ImageReportDeps {
  analyzer: Analyzer;
  dictionary: DictionaryLookup;
  search: SearchNames;
}

export interface ImageMeta {
  url: string;
  title: string | null;
}

interface Replacement {
  /** Where the fixed item sits in the corrected text, and how much longer it got. */
  start: number;
  end: number;
  delta: number;
  /** What OCR read, when letters changed (not for a case fix alone). */
  read: string | null;
}

export async function imageReport(
  page: OcrPage,
  meta: ImageMeta,
  deps: ImageReportDeps,
): Promise<PageReport> {
  const read = listText(page);
  const first = analyzeText(read.text, meta, deps);
  const { text, replacements } = await correctSlips(read.text, first, deps.search);
  const report = replacements.length === 0 ? first : analyzeText(text, meta, deps);
  return withReadings(report, read.words, replacements);
}

function analyzeText(text: string, meta: ImageMeta, deps: ImageReportDeps): PageReport {
  const report = deps.analyzer.analyze({
    url: meta.url,
    retailer: 'image',
    title: meta.title,
    sections: [{ source: 'image', text }],
    copy: [],
  });
  return enrichReport(report, deps.dictionary);
}

/** Unknown to both the lexicon and CosIng. */
const unknown = (ing: ReportIngredient) => ing.kind === 'unknown' && ing.functions === null;

async function correctSlips(text: string, report: PageReport, search: SearchNames) {
  const fixes: Array<{ start: number; end: number; to: string; read: string | null }> = [];
  for (const list of report.ingredientLists) {
    for (const ing of list.ingredients) {
      const cased = fixCase(ing.text);
      let to = cased;
      // Not a CosIng name: worth a slip check, even when the matcher's own one-edit fuzzy match
      // took it for a knowledge entry ("Niacinamlde"); findSlip leaves names the lookup knows.
      if (ing.functions === null) {
        const item = buildItem(cased, 0, cased.length, ing.group);
        for (const name of item?.candidates ?? [cased]) {
          const fix = await findSlip(name, search);
          const fixed = fix ? applyFix(cased, fix) : null;
          if (fixed !== null) {
            to = fixed;
            break;
          }
        }
      }
      if (to === ing.text) continue;
      const read = to.toLowerCase() === ing.text.toLowerCase() ? null : ing.text;
      fixes.push({ start: ing.start, end: ing.end, to, read });
    }
  }
  fixes.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const replacements: Replacement[] = [];
  for (const f of fixes) {
    out += text.slice(at, f.start);
    const start = out.length;
    out += f.to;
    replacements.push({
      start,
      end: out.length,
      delta: f.to.length - (f.end - f.start),
      read: f.read,
    });
    at = f.end;
  }
  out += text.slice(at);
  return { text: out, replacements };
}

/** Offset in the OCR text of offset `p` of the corrected text. */
function originalOffset(p: number, replacements: readonly Replacement[]): number {
  let shift = 0;
  for (const r of replacements) {
    if (r.start >= p) break;
    shift += r.end <= p ? r.delta : 0;
  }
  return p - shift;
}

function withReadings(
  report: PageReport,
  words: readonly WordSpan[],
  replacements: readonly Replacement[],
): PageReport {
  return {
    ...report,
    ingredientLists: report.ingredientLists.map((list) => ({
      ...list,
      ingredients: list.ingredients.map((ing) => {
        const start = originalOffset(ing.start, replacements);
        const end = originalOffset(ing.end, replacements);
        const confidence = Math.round(confidenceOf(words, start, end) * 100) / 100;
        const fixed = replacements.find((r) => r.start === ing.start && r.end === ing.end);
        const unsure = confidence < UNSURE_BELOW && unknown(ing);
        return {
          ...ing,
          ocr: {
            confidence,
            ...(unsure ? { unsure: true as const } : {}),
            ...(fixed?.read ? { read: fixed.read } : {}),
          },
        };
      }),
    })),
  };
}
