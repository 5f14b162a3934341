// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIngredientText } from '../../../lib/inci';
import type { PageReport } from '../../../lib/report';
import { findWithAdapter, type RetailerFindings } from '../../../lib/retailers/find';
import {
  collapse,
  type Expected,
  type LoadedPage,
  pagesOf,
  parsePage,
  readExpected,
  readPage,
} from '../page/pages';
import { scanPage } from './adapter-suite';

/**
 * Pages no adapter covers (tests/fixtures/generic/: The Ordinary's own store, a Brazilian VTEX
 * shop): findWithAdapter hands them to the generic finder, which reports `generic` (or `none`).
 * Also: the popup's "Scan this page" (option `generic`) skips the adapter on a supported page.
 */

describe.each(pagesOf('generic'))('generic page %s', (name) => {
  let expected: Expected;
  let page: LoadedPage;
  let found: RetailerFindings;
  let report: PageReport;

  beforeAll(() => {
    expected = readExpected(name);
    page = parsePage(readPage(name), expected.url);
    ({ findings: found, report } = scanPage(page.doc, expected.url));
  });
  afterAll(async () => {
    await page.close();
  });

  it('has no adapter and reports the generic finder', () => {
    expect(found.adapter).toBeNull();
    expect(found.retailer).toBe(expected.hasList ? 'generic' : 'none');
  });

  it('finds exactly the expected lists', () => {
    const lists = found.sections.flatMap((s) => parseIngredientText(s.text.text));
    // Whitespace collapsed: a name split over two paragraphs reads "Isoamyl\nLaurate".
    const items = (l: (typeof lists)[number]) => l.items.map((i) => collapse(i.text));
    expect(lists.map((l) => ({ label: l.label, items: items(l) }))).toEqual(expected.lists);
  });

  it('keeps the product copy and gives the expected verdict', () => {
    const copy = collapse(found.copy.map((c) => c.text.text).join('\n'));
    for (const phrase of expected.copyIncludes) expect(copy).toContain(phrase);
    for (const phrase of expected.copyExcludes) expect(copy).not.toContain(phrase);
    expect(report.exosome.verdict).toBe(expected.verdict);
  });
});

describe('"Scan this page" on a supported product page', () => {
  it('runs the generic finder alone', async () => {
    const name = 'sephora-drunk-elephant-protini-polypeptide-moisturizer-json-only';
    const e = readExpected(name);
    const page = parsePage(readPage(name), e.url);
    const adapter = findWithAdapter(page.doc, e.url);
    const generic = findWithAdapter(page.doc, e.url, { generic: true });
    expect(adapter.retailer).toBe('sephora');
    expect(adapter.sections[0]?.via).toBe(
      'state:script#linkStore:page.product.currentSku.ingredientDesc',
    );
    expect(generic.adapter).toBeNull();
    expect(generic.retailer).toBe('generic');
    expect(generic.sections[0]?.via).toMatch(/^json:linkStore:/);
    await page.close();
  });
});
