// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shopify } from '../../../lib/retailers/adapters/shopify';
import { contentScriptMatches } from '../../../lib/retailers/registry';
import { pagesOf, parsePage, readExpected, readPage } from '../page/pages';
import { adapterSuite } from './adapter-suite';
import { patternMatches } from './match-pattern';

adapterSuite('shopify');

describe('shopify: found by page structure', () => {
  it('recognises every Shopify fixture and no other shop’s page', async () => {
    for (const name of [
      ...pagesOf('shopify'),
      ...pagesOf('sephora').slice(0, 2),
      ...pagesOf('generic').slice(0, 2),
    ]) {
      const e = readExpected(name);
      const page = parsePage(readPage(name), e.url);
      expect(shopify.detect?.(page.doc), name).toBe(pagesOf('shopify').includes(name));
      await page.close();
    }
  });

  it('is never in the manifest: its pages are scanned on request', () => {
    for (const url of shopify.examples.product) {
      expect(contentScriptMatches().some((m) => patternMatches(m, url))).toBe(false);
    }
  });
});
