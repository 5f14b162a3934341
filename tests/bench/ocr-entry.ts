// What `npm run bench:ocr` runs in Node, bundled by scripts/bench-ocr.mjs: the extension's own
// OCR reader and report, and the text pipeline that gives the expected items of each list.
import { createAnalyzer } from '../../lib/detect/analyze';
import { enrichReport } from '../../lib/detect/enrich';
import { LEXICON } from '../../lib/detect/lexicon-data';
import { parseIngredientText } from '../../lib/inci/parse';
import { getKnowledge } from '../../lib/knowledge';
import { createCosingDictionary } from '../../lib/knowledge/cosing';
import cosingCompact from '../../lib/knowledge/generated/cosing-dictionary.json';
import { createLookup } from '../../lib/knowledge/lookup';
import { loadCosingLookup } from '../../lib/knowledge/lookup-load';
import { createNodeOcr } from '../../lib/ocr/engine-node';
import { imageReport } from '../../lib/ocr/image-report';
import { listText } from '../../lib/ocr/list-text';
import type { OcrPage } from '../../lib/ocr/types';
import { ocrPage } from '../unit/ocr/ocr-page';

export { createNodeOcr };

const analyzer = createAnalyzer(LEXICON);
const dictionary = createCosingDictionary(cosingCompact);
const lookup = createLookup(getKnowledge(), loadCosingLookup);
const deps = { analyzer, dictionary, search: (q: string) => lookup.searchAll(q, 10) };

/**
 * What OCR should give for a list: the same reader on the list's own text, as if every word
 * had been read exactly, so a typo printed on the label ("Xantahn Gum") is corrected on both
 * sides and only what OCR itself lost counts against it. `printed`: the text pipeline alone.
 */
export async function expectedItems(list: string) {
  const page = ocrPage(`INGREDIENTS\n\n${list}`, 100);
  const report = await imageReport(page, { url: 'about:blank', title: null }, deps);
  const printed = enrichReport(
    analyzer.analyze({
      url: 'about:blank',
      retailer: 'text',
      title: null,
      sections: [{ source: 'text', text: `INGREDIENTS\n${list}` }],
      copy: [],
    }),
    dictionary,
  );
  const texts = (r: typeof report) =>
    r.ingredientLists.flatMap((l) => l.ingredients.map((i) => i.text));
  return { items: texts(report), printed: texts(printed) };
}

/** The OCR items before slip correction, and the report after it. */
export async function readItems(page: OcrPage) {
  const raw = parseIngredientText(listText(page).text).flatMap((l) => l.items.map((i) => i.text));
  const report = await imageReport(page, { url: 'about:blank', title: null }, deps);
  const items = report.ingredientLists.flatMap((l) => l.ingredients);
  return { raw, items: items.map((i) => i.text), unsure: items.filter((i) => i.ocr?.unsure) };
}
