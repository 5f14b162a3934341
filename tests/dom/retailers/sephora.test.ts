// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findWithAdapter } from '../../../lib/retailers/find';
import { parsePage, readExpected, readPage } from '../page/pages';
import { adapterSuite } from './adapter-suite';

adapterSuite('sephora');

describe('sephora: DOM panel and linkStore state', () => {
  it('keeps the highlightable DOM panel when linkStore holds the same list', async () => {
    const name = 'sephora-youth-to-the-people-dream-eye-cream';
    const e = readExpected(name);
    const page = parsePage(readPage(name), e.url);
    const found = findWithAdapter(page.doc, e.url);
    expect(found.sections).toHaveLength(1);
    expect(found.sections[0]?.element?.id).toBe('ingredients');
    expect(found.adapter?.origins).toEqual(['dom']);
    await page.close();
  });

  it('reads the list from linkStore when the page has no panel (json-only pages)', async () => {
    const name = 'sephora-the-inkey-list-vitamin-c-egf-serum-json-only';
    const e = readExpected(name);
    const page = parsePage(readPage(name), e.url);
    expect(page.doc.getElementById('ingredients')).toBeNull();
    const found = findWithAdapter(page.doc, e.url);
    expect(found.sections.map((s) => s.via)).toEqual([
      'state:script#linkStore:page.product.currentSku.ingredientDesc',
    ]);
    await page.close();
  });
});
