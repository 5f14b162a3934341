// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findWithAdapter } from '../../../lib/retailers/find';
import { parsePage, readExpected, readPage } from '../page/pages';
import { adapterSuite } from './adapter-suite';

adapterSuite('oliveyoung');

describe('oliveyoung traps', () => {
  it('treats the ranking page as no product page: exosome product names in titles are no claim', async () => {
    const name = 'oliveyoung-kr-ranking-listing-with-exosome-product-names';
    const e = readExpected(name);
    const page = parsePage(readPage(name), e.url);
    const found = findWithAdapter(page.doc, e.url);
    expect(found.adapter).toEqual({ id: 'oliveyoung', productPage: false, origins: [] });
    expect(found.retailer).toBe('none');
    expect(found.copy.map((c) => c.text.text).join('\n')).not.toContain('엑소좀');
    await page.close();
  });
});
