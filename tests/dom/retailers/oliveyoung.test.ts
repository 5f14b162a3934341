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

describe('oliveyoung: list rendered on demand', () => {
  it('finds the 전성분 cell once the accordion table arrives (what the re-scan reads)', async () => {
    const name = 'oliveyoung-kr-product-fillimilli-brush-set-no-inci';
    const e = readExpected(name);
    const page = parsePage(readPage(name), e.url);
    expect(findWithAdapter(page.doc, e.url).sections).toEqual([]);
    const items =
      readExpected('oliveyoung-global-laneige-water-sleeping-mask').lists[0]?.items ?? [];
    const li = page.doc.querySelector('li[class*="Accordion_accordion-item"]');
    const row = page.doc.createElement('tr');
    row.appendChild(page.doc.createElement('th')).textContent =
      '화장품법에 따라 기재해야 하는 모든 성분';
    row.appendChild(page.doc.createElement('td')).textContent = items.join(', ');
    li?.appendChild(page.doc.createElement('table')).appendChild(row);
    const found = findWithAdapter(page.doc, e.url);
    expect(found.adapter?.origins).toEqual(['dom']);
    expect(found.sections[0]?.element?.tagName).toBe('TD');
    await page.close();
  });
});
