// Pages that are simply too big: 100,000 nodes, a 1 MB text node, a 5,000-item list, markup
// nested 2,000 levels deep. Each still carries one real product block, so the report must
// still find the exosome-type ingredient (or, where the list itself is the monster, at least
// not break anything).
import { escapeHtml, html, LIST_ITEMS, LIST_TEXT, prng, productBlock, sentence } from './kit.mjs';

/**
 * A product page of about `target` DOM nodes (elements + text nodes, no whitespace nodes):
 * mega-menu, the product, 1,000s of reviews, a grid of other products, a spec table and a
 * footer. The product block sits after the menu, as on real shops.
 */
export function bigDomHtml(target = 100_000) {
  const rand = prng(100_000);
  let nodes = 0;
  const parts = [];
  // Mega-menu: li > a > text = 3 nodes per link.
  parts.push('<header class="site-header"><nav class="mega-menu"><ul>');
  for (let i = 0; i < 1000; i++) parts.push(`<li><a href="/c/${i}">Category ${i}</a></li>`);
  nodes += 3 + 3000;
  parts.push('</ul></nav></header>');
  parts.push(productBlock({ title: 'Big Page Serum', description: sentence(rand, 20) }));
  nodes += 20;
  const rest = target - nodes;
  // Reviews (7 nodes each), product cards (7 each), spec rows (5 each), footer links (3 each).
  const reviews = Math.floor((rest * 0.35) / 7);
  const cards = Math.floor((rest * 0.3) / 7);
  const rows = Math.floor((rest * 0.3) / 5);
  nodes += 2 + reviews * 7 + 2 + cards * 7 + 3 + rows * 5;
  const footer = Math.max(0, Math.floor((target - nodes - 2) / 3));
  parts.push('<section class="reviews"><h2>Reviews</h2>');
  for (let i = 0; i < reviews; i++) {
    parts.push(
      `<div class="review"><h4>${sentence(rand, 3)}</h4><p>${sentence(rand, 12)}</p><span>${1 + (i % 5)} stars</span></div>`,
    );
  }
  parts.push('</section><section class="recommendations"><h2>You may also like</h2>');
  for (let i = 0; i < cards; i++) {
    parts.push(
      `<div class="product-card"><a href="/p/${i}"><img alt=""><span class="name">Product ${i}</span><span class="price">$${(i % 90) + 10}</span></a></div>`,
    );
  }
  parts.push('</section><table class="specs"><tbody>');
  for (let i = 0; i < rows; i++)
    parts.push(`<tr><td>Spec ${i}</td><td>${sentence(rand, 2)}</td></tr>`);
  parts.push('</tbody></table><footer class="site-footer"><ul>');
  for (let i = 0; i < footer; i++) parts.push(`<li><a href="/f/${i}">Link ${i}</a></li>`);
  parts.push('</ul></footer>');
  return html({ title: 'Big Page Serum', body: parts.join('') });
}

/** A 1 MB text node of prose next to the product (terms, a review dump, an inlined article). */
export function hugeTextHtml(bytes = 1_000_000) {
  const rand = prng(1);
  let s = '';
  while (s.length < bytes) s += `${sentence(rand, 14)} `;
  return html({
    title: 'Huge Text Serum',
    body: `${productBlock({ title: 'Huge Text Serum' })}<div class="terms" data-probe="blob">${escapeHtml(s.slice(0, bytes))}</div>`,
  });
}

/** A 1 MB text node that looks like an ingredient list (commas, INCI-ish words) in the section. */
export function hugeListTextHtml(bytes = 1_000_000) {
  const rand = prng(2);
  const names = ['Glycerin', 'Squalane', 'Water', 'Cetearyl Alcohol', 'Tocopherol', 'Xanthan Gum'];
  let s = '';
  while (s.length < bytes) s += `${names[Math.floor(rand() * names.length)]}, `;
  return html({
    title: 'Huge List Serum',
    body: productBlock({ title: 'Huge List Serum', list: `${LIST_TEXT}, ${s.slice(0, bytes)}` }),
  });
}

/** A 5,000-item "ingredient" list (unique names, INCI-shaped) starting with the real list. */
export function longListHtml(count = 5000) {
  const items = [...LIST_ITEMS];
  const stems = ['PEG', 'PPG', 'Polyglyceryl', 'Steareth', 'Laureth', 'Ceteth', 'Polysorbate'];
  for (let i = items.length; i < count; i++) items.push(`${stems[i % stems.length]}-${i}`);
  return {
    html: html({
      title: 'Long List Serum',
      body: productBlock({ title: 'Long List Serum', list: items.join(', ') }),
    }),
    count,
  };
}

/**
 * The product block under `depth` nested elements. The HTML parser flattens anything deeper
 * than 512 levels, so the page's own script builds the nesting with DOM calls before the
 * content script runs (document_idle).
 */
export function deepHtml(depth = 2000) {
  const block = productBlock({ title: 'Deep Serum' });
  return html({
    title: 'Deep Serum',
    body: `<div id="deep-root" data-probe="root"></div>
<template id="product">${block}</template>
<script>
(function () {
  var node = document.getElementById('deep-root');
  for (var i = 0; i < ${depth}; i++) {
    var d = document.createElement(i % 2 ? 'div' : 'section');
    d.className = 'level';
    node.appendChild(d);
    node = d;
  }
  node.appendChild(document.getElementById('product').content.cloneNode(true));
  var depth = 0;
  for (var n = document.querySelector('.ingredients p'); n; n = n.parentNode) depth++;
  window.__page.depth = depth;
})();
</script>`,
  });
}
