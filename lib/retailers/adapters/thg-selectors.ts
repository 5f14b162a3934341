import type { CopySelectors, Sel } from '../types';
import { isDigits, segments } from '../url';

/**
 * THG Ingenuity storefronts (LookFantastic, Cult Beauty, Dermstore since its move to THG) share
 * one product page: h1.productName_title, the description synopsis, and product information
 * panels marked data-information-component="<kind>" (seen for "directions" in the
 * DimplyBarkha/gajendra-profecialinks LookFantastic extractor; "ingredients" is the same
 * pattern). The panels are collapsed but in the DOM.
 */
export const THG_INGREDIENTS: readonly Sel[] = [
  {
    selector: '[data-information-component="ingredients"]',
    note: 'THG product information panel "Ingredients" (collapsed)',
  },
];

export const THG_COPY: CopySelectors = {
  title: [{ selector: 'h1.productName_title', note: 'THG product name' }],
  description: [
    { selector: '.productDescription_synopsisContent', note: 'THG description synopsis' },
  ],
  highlights: [],
};

/** "/<slug>/<numeric id>.html" (ids start with 1) or the newer "/p/<slug>/<id>/". */
export function isThgProductPath(url: URL): boolean {
  const s = segments(url);
  if (s[0] === 'p') return s.length >= 2;
  const last = s[s.length - 1] ?? '';
  return s.length === 2 && last.endsWith('.html') && isDigits(last.slice(0, -'.html'.length));
}
