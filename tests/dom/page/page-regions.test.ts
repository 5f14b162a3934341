import { afterEach, describe, expect, it } from 'vitest';
import {
  beginScanPass,
  isChromeElement,
  isOffProductRegion,
  startRegionPass,
} from '../../../lib/page/find/page-regions';

afterEach(() => {
  document.body.innerHTML = '';
  startRegionPass();
});

describe('page regions', () => {
  it('tells site chrome by tag, role and whole or unambiguous tokens, in any case', () => {
    document.body.innerHTML = `
      <div id="a" class="Site-Header"></div>
      <div id="b" class="product-info accordion-header-title"></div>
      <div id="c" class="pdp-MegaMenu__panel"></div>
      <div id="d" role="Navigation"></div>
      <div id="e" data-comp="RatingsAndReviews"></div>
      <div id="f" class="product-preview-carousel-like"></div>
      <div id="g" class="ingredients"></div>`;
    const judged = (id: string) => isChromeElement(document.getElementById(id) as Element);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(judged)).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('judges an element once per scan pass, afresh in the next pass', () => {
    document.body.innerHTML = '<div id="x" class="ingredients"></div>';
    const el = document.getElementById('x') as Element;
    const end = beginScanPass();
    expect(isOffProductRegion(el)).toBe(false);
    el.className = 'site-footer';
    // The finders' own passes inside the scan keep the scan's judgements.
    startRegionPass();
    expect(isOffProductRegion(el)).toBe(false);
    end();
    // The next scan sees the page as it is now.
    const next = beginScanPass();
    expect(isOffProductRegion(el)).toBe(true);
    next();
    // Outside a scan, each finder's pass starts afresh.
    el.className = 'ingredients';
    startRegionPass();
    expect(isOffProductRegion(el)).toBe(false);
  });
});
