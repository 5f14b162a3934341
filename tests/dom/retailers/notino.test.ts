// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findWithAdapter } from '../../../lib/retailers/find';
import { parsePage, readExpected, readPage } from '../page/pages';
import { adapterSuite } from './adapter-suite';

adapterSuite('notino');

describe('notino traps', () => {
  it('takes the Inhaltsstoffe tab panel, not the description’s decoy "Inhaltsstoffe:" bullets', async () => {
    const name = 'notino-de-cerave-facial-moisturising-lotion-spf50';
    const e = readExpected(name);
    const page = parsePage(readPage(name), e.url);
    const found = findWithAdapter(page.doc, e.url);
    expect(found.sections).toHaveLength(1);
    const section = found.sections[0];
    expect(section?.element?.closest('#pd-composition-wrapper')).not.toBeNull();
    expect(section?.text.text).not.toContain('Niacinamid – beruhigt');
    await page.close();
  });

  it('finds nothing on a Cloudflare challenge served at a product URL, without throwing', async () => {
    const name = 'notino-cloudflare-challenge-no-product';
    const e = readExpected(name);
    const page = parsePage(readPage(name), e.url);
    const found = findWithAdapter(page.doc, e.url);
    expect(found.adapter).toEqual({ id: 'notino', productPage: true, origins: [] });
    expect(found.sections).toEqual([]);
    await page.close();
  });
});
