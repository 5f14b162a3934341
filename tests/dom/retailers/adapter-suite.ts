import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Analyzer, createAnalyzer } from '../../../lib/detect/analyze';
import { LEXICON } from '../../../lib/detect/lexicon-data';
import { parseIngredientText } from '../../../lib/inci';
import { scanDocument } from '../../../lib/pipeline';
import type { PageReport } from '../../../lib/report';
import type { RetailerFindings } from '../../../lib/retailers/find';
import { adapterById, adapterFor, adapterForUrl } from '../../../lib/retailers/registry';
import type { Adapter } from '../../../lib/retailers/types';
import {
  collapse,
  type Expected,
  type LoadedPage,
  pagesOf,
  parsePage,
  readExpected,
  readPage,
} from '../page/pages';

/**
 * The test every adapter gets (tests/dom/retailers/<id>.test.ts calls it with its id): the
 * product-page predicate on the adapter's example URLs, and on every page in
 * tests/fixtures/<id>/ the exact lists (through the INCI parser), where they came from, the
 * product copy, the retailer id and the verdict, all against the hand-written expected file.
 */

let analyzer: Analyzer | null = null;

/** The pipeline the extension and the CLI run (lib/pipeline.ts): findings and report. */
export function scanPage(doc: Document, url: string, generic = false) {
  analyzer ??= createAnalyzer(LEXICON);
  return scanDocument(doc, url, { analyzer, generic });
}

function predicateTests(adapter: Adapter): void {
  describe(`${adapter.id}: product-page predicate`, () => {
    it.each([...adapter.examples.product])('accepts %s', (url) => {
      const u = new URL(url);
      expect(adapter.isProductPage(u)).toBe(true);
      // Host adapters are found from the URL alone; Shopify needs the page (adapterFor).
      if (adapter.hosts.length > 0) expect(adapterForUrl(u)?.id).toBe(adapter.id);
    });
    it.each([...adapter.examples.notProduct])('rejects %s', (url) => {
      expect(adapter.isProductPage(new URL(url))).toBe(false);
    });
  });
}

function fixtureTests(adapter: Adapter, name: string): void {
  describe(`${adapter.id} fixture ${name}`, () => {
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

    it('is this adapter’s page, and reports the adapter id as retailer', () => {
      const url = new URL(expected.url);
      expect(adapterFor(page.doc, url)?.id).toBe(adapter.id);
      const product = adapter.isProductPage(url);
      if (expected.hasList) expect(product).toBe(true);
      expect(found.adapter).toMatchObject({ id: adapter.id, productPage: product });
      if (product) expect(found.retailer).toBe(adapter.id);
      // The report names a retailer only when there is a list to attribute (lib/detect).
      expect(report.retailer).toBe(expected.hasList ? adapter.id : 'none');
    });

    it('finds exactly the expected lists (labels and items, through the INCI parser)', () => {
      const lists = found.sections.flatMap((s) => parseIngredientText(s.text.text));
      expect(lists.map((l) => ({ label: l.label, items: l.items.map((i) => i.text) }))).toEqual(
        expected.lists,
      );
      expect(report.ingredientLists.map((l) => l.ingredients.map((i) => i.text))).toEqual(
        expected.lists.map((l) => l.items),
      );
    });

    it('takes the lists from where the page keeps them', () => {
      const origins = found.adapter?.origins ?? [];
      if (!expected.hasList) {
        expect(origins).toEqual([]);
        return;
      }
      expect(origins.length).toBeGreaterThan(0);
      for (const o of origins) expect(o).toBe(expected.listSource);
      for (const s of found.sections) {
        if (expected.listSource === 'dom') {
          expect(s.element).not.toBeNull();
          expect(s.text.segments.length).toBeGreaterThan(0);
        } else if (expected.listSource === 'state') {
          expect(s.element).toBeNull();
          expect(s.text.segments).toEqual([]);
        }
      }
    });

    it('keeps the product copy and leaves menus, footers and other products out', () => {
      const copy = collapse(found.copy.map((c) => c.text.text).join('\n'));
      for (const phrase of expected.copyIncludes) expect(copy, phrase).toContain(phrase);
      for (const phrase of expected.copyExcludes) expect(copy, phrase).not.toContain(phrase);
      if (expected.copyIncludes.length > 0) expect(found.title).toBeTruthy();
    });

    it('gives the expected verdict', () => {
      expect(report.exosome.verdict).toBe(expected.verdict);
    });
  });
}

export function adapterSuite(id: string): void {
  const adapter = adapterById(id);
  if (adapter === null) throw new Error(`no adapter ${id}`);
  predicateTests(adapter);
  for (const name of pagesOf(id)) fixtureTests(adapter, name);
}
