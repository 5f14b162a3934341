// Hostile pages, round 2 (issue 12): pages that try to switch ExoCheck off or learn about it,
// break its host element, reveal its hidden elements with page CSS, or hold an ingredient list
// in editable content. Each page records what it saw in window.__page for the suite to read.
import { escapeHtml, html, LIST_TEXT, productBlock } from './kit.mjs';

/**
 * Records every window message (a content script's postMessage reaches the page) and offers
 * `__forgeStart(extId)`: WXT's "content script started" event under the name WXT derives from
 * the extension id, which any page can learn (store ids are public) and dispatch.
 */
export function forgedStartHtml() {
  return html({
    title: 'Forger',
    body: `<script>
window.__page.messages = [];
window.addEventListener('message', (e) => {
  let data;
  try { data = JSON.stringify(e.data); } catch { data = String(e.data); }
  window.__page.messages.push(data);
});
window.__forgeStart = (extId) => {
  const name = extId + ':content:wxt:content-script-started';
  const detail = { contentScriptName: 'content', messageId: 'forged-by-page' };
  document.dispatchEvent(new CustomEvent(name, { detail }));
  window.postMessage({ type: name, ...detail }, '*');
  return name;
};
window.__addItem = (name) => {
  const p = document.querySelector('[data-probe="list"]');
  p.textContent = p.textContent + ', ' + name;
};
</script>
${productBlock({ title: 'Forger Serum' })}`,
  });
}

/** <exocheck-ui> defined by the page with a constructor that throws. */
export function throwingSquatHtml() {
  return html({
    title: 'Thrower',
    head: `<script>
customElements.define('exocheck-ui', class extends HTMLElement {
  constructor() { super(); window.__page.thrown = (window.__page.thrown || 0) + 1; throw new Error('page refuses exocheck-ui'); }
});
</script>`,
    body: productBlock({ title: 'Thrower Serum' }),
  });
}

/**
 * Page CSS that would reveal a visually-hidden element (every span an inline-block, no clip)
 * and sibling-sensitive rules on body's last child, the places a content script tends to
 * append to. The footer is probed: appending after it must not move it.
 */
export function revealCssHtml() {
  return html({
    title: 'Revealer',
    head: `<style>
span { display: inline-block !important; position: static !important; width: auto !important; height: auto !important; clip: auto !important; clip-path: none !important; overflow: visible !important; margin: 0 4px !important; }
[hidden] { display: block !important; }
body > :last-child { display: block !important; padding: 40px !important; }
</style>`,
    body: `${productBlock({ title: 'Revealer Serum' })}
<footer data-probe="footer"><p>Footer text</p></footer>`,
  });
}

/**
 * An ingredient list inside a review form's contenteditable editor and a textarea, next to
 * the product's own list (or, with `productList: false`, as the only list on the page). The
 * editor's HTML is what the page would save.
 */
export function editableHtml({ productList = true } = {}) {
  return html({
    title: 'Editor',
    head: `<script>
window.__saved = () => document.querySelector('[data-editor]').innerHTML;
</script>`,
    body: `${
      productList
        ? productBlock({ title: 'Editable Serum' })
        : '<main data-probe="main"><h1 class="product-title">Editable Serum</h1><p data-probe="description">A light serum.</p></main>'
    }
<form class="review" data-probe="review">
  <h2>Write a review</h2>
  <div data-editor contenteditable="true" data-probe="editor"><h3>Ingredients</h3><p>Aqua, Glycerin, Human Platelet Extract, Sodium Hyaluronate, Niacinamide, Phenoxyethanol, Ethylhexylglycerin</p></div>
  <div contenteditable="plaintext-only" data-probe="plain"><p>My notes: Human Adipose Stromal Cell Conditioned Media, Niacinamide</p></div>
  <textarea data-probe="textarea">Ingredients: ${escapeHtml(LIST_TEXT)}</textarea>
</form>`,
  });
}

/** The product's own list made editable in place (a shop's CMS editing the live page). */
export function editableListHtml() {
  return html({
    title: 'Inline editor',
    body: productBlock({ title: 'Inline Edit Serum' }).replace(
      '<p data-probe="list">',
      '<p data-probe="list" contenteditable="true">',
    ),
  });
}

/** The names a label can disguise: zero-width joiners inside a word, Cyrillic look-alikes. */
export const DISGUISED = {
  invisible: 'Exo\u200d\u200dsomes',
  lookAlike: 'Hum\u0430n Adip\u043ecyte Conditioned Media Extract',
};

export function disguisedHtml() {
  const list = [
    'Water',
    DISGUISED.invisible,
    'Glycerin',
    DISGUISED.lookAlike,
    'Niacinamide',
    'Phenoxyethanol',
  ];
  return html({
    title: 'Disguise',
    body: productBlock({ title: 'Disguise Serum', list: list.join(', ') }),
  });
}

/**
 * A sale countdown ticking every 10 ms inside the product description, next to an exosome
 * claim, for `seconds`; `__ticks` counts the updates.
 */
export function countdownHtml({ seconds = 6 } = {}) {
  return html({
    title: 'Countdown',
    body: `${productBlock({
      title: 'Countdown Serum',
      description: 'Made with exosomes. Sale ends in',
    }).replace('Sale ends in</p>', 'Sale ends in <span data-countdown>10:00.00</span></p>')}
<script>
window.__ticks = 0;
{
  const el = document.querySelector('[data-countdown]');
  const end = Date.now() + ${seconds * 1000};
  const timer = setInterval(() => {
    const left = Math.max(0, end - Date.now());
    el.textContent = (left / 1000).toFixed(2) + ' s';
    window.__ticks++;
    if (left === 0) clearInterval(timer);
  }, 10);
}
</script>`,
  });
}

/**
 * A product whose list repeats four well-known actives to `items` names and whose description
 * says "exosome" `claims` times: every item and claim is marked (about 12,000 marks by
 * default) and the report is large.
 */
export function manyMarksHtml({ parts = 1, items = 4000, claims = 8000 } = {}) {
  const actives = ['Niacinamide', 'Panthenol', 'Sodium Hyaluronate', 'Retinol'];
  const list = Array.from({ length: items }, (_, i) => actives[i % actives.length]).join(', ');
  const blocks = Array.from(
    { length: parts },
    (_, k) => `<section class="ingredients" data-probe="part-${k}">
  <h3>Kit part ${k + 1}: Ingredients</h3>
  <p>Water, Human Adipose Stromal Cell Conditioned Media, ${list}</p>
</section>`,
  ).join('\n');
  return html({
    title: 'Many marks',
    body: `<main data-probe="main"><h1 class="product-title">Many Marks Kit</h1>
<div class="product-description"><p>${'Exosome serum with billions of exosomes. '.repeat(claims / 2)}</p></div>
${blocks}
</main>`,
  });
}

/**
 * Sibling-sensitive page CSS inside the list (`:first-child`, `+`, `:nth-child`, `:empty`):
 * an element inserted beside the page's own (a <mark> before the first <b>) would change what
 * these rules match and move the probed boxes.
 */
export function siblingCssHtml() {
  const list =
    'Water, <b data-probe="b1">Glycerin</b>, Human Adipose Stromal Cell Conditioned Media, <b data-probe="b2">Niacinamide</b>, Butylene Glycol, Acetyl Hexapeptide-8, Sodium Hyaluronate, Panthenol, Phenoxyethanol, Ethylhexylglycerin';
  return html({
    title: 'Siblings',
    head: `<style>
.ingredients p > :first-child { display: block; margin: 24px 0; font-size: 28px; }
.ingredients p > * + * { display: inline-block; padding: 0 30px; }
.ingredients p > :nth-child(2) { letter-spacing: 6px; }
.ingredients p > :last-child { display: block; margin-top: 20px; }
.ingredients h2 + p { border-top: 4px solid #333; }
main > :first-child { margin-bottom: 30px; }
</style>`,
    body: productBlock({ title: 'Sibling Serum', listHtml: list }),
  });
}

/**
 * The ingredient list in a collapsed accordion panel (aria-expanded=false, 0 px high, overflow
 * hidden), as most shops show it; `__open()` expands it the way the page's button would.
 */
export function collapsedHtml() {
  return html({
    title: 'Collapsed',
    head: `<style>
.panel { height: 0; overflow: hidden; }
.panel.open { height: auto; }
</style>
<script>
window.__open = () => {
  document.querySelector('.panel').classList.add('open');
  document.querySelector('[aria-controls="ing-panel"]').setAttribute('aria-expanded', 'true');
};
</script>`,
    body: `<main data-probe="main">
  <h1 class="product-title">Collapsed Serum</h1>
  <div class="product-description"><p>A light serum for daily use.</p></div>
  <section class="ingredients">
    <button type="button" aria-expanded="false" aria-controls="ing-panel" onclick="window.__open()">Ingredients</button>
    <div class="panel" id="ing-panel"><p>${escapeHtml(LIST_TEXT)}</p></div>
  </section>
  <p><a href="#after">After the panel</a></p>
</main>`,
  });
}

/**
 * The product's list, then `n` more "Ingredients" headings with short lists (a Q&A or review
 * feed gone wild). A PerformanceObserver records the page's long tasks for the suite's note.
 */
export function manyHeadingsHtml(n) {
  const more = [];
  for (let i = 0; i < n; i++) {
    more.push(
      `<h3>Ingredients</h3><p>Water, Glycerin, Niacinamide, Panthenol, Item${i} Extract</p>`,
    );
  }
  return html({
    title: 'Headings',
    head: `<script>
window.__longTasks = [];
try {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(Math.round(e.duration)); })
    .observe({ type: 'longtask', buffered: true });
} catch (e) {}
</script>`,
    body: `${productBlock({ title: 'Headings Serum' })}<section class="qa">${more.join('')}</section>`,
  });
}

/** The ingredient section inside a web component's closed shadow root. */
export function closedShadowHtml() {
  return html({
    title: 'Closed shadow',
    body: `<main data-probe="main">
  <h1 class="product-title">Closed Shadow Serum</h1>
  <div class="product-description"><p>A light serum.</p></div>
  <product-details data-probe="host"></product-details>
</main>
<script>
customElements.define('product-details', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'closed' });
    root.innerHTML = '<section class="ingredients"><h2>Ingredients</h2><p>' + ${JSON.stringify(escapeHtml(LIST_TEXT))} + '</p></section>';
    window.__page.closed = root.mode === 'closed' && this.shadowRoot === null;
  }
});
</script>`,
  });
}

/** The product block inside a same-origin srcdoc iframe. */
export function srcdocHtml() {
  const inner = `<!doctype html><html><body>${productBlock({ title: 'Srcdoc Serum' })}</body></html>`;
  return html({
    title: 'Srcdoc',
    body: `<main data-probe="main"><h1 class="product-title">Srcdoc Serum</h1>
<iframe srcdoc="${escapeHtml(inner)}" style="width:700px;height:500px;border:0"></iframe></main>`,
  });
}

/** No list on the page: the product details are in a large frame from another site. */
export function foreignFrameHtml({ frameUrl }) {
  return html({
    title: 'Foreign frame',
    body: `<main data-probe="main"><h1 class="product-title">Syndicated Serum</h1>
<div class="product-description"><p>See the details below.</p></div>
<iframe title="Product details" src="${escapeHtml(frameUrl)}" style="width:700px;height:400px;border:0"></iframe>
<iframe title="Advertisement" src="https://ads.example.net/slot" style="width:728px;height:200px;border:0"></iframe></main>`,
  });
}

/**
 * One list of `count` items, each its own inline element (over 5,000 elements), with the
 * exosome name split over five of them, as a framework's per-word spans would write it.
 */
export function inlineListHtml(count = 5200) {
  const items = [];
  for (let i = 0; i < count; i++) {
    if (i === 2) {
      items.push(
        '<span>Human </span><span>Adipose </span><span>Stromal </span><span>Cell </span><span>Conditioned Media</span>',
      );
    } else items.push(`<span>${i === 0 ? 'Water' : `Polyglyceryl-${i} Laurate`}</span>`);
  }
  return html({
    title: 'Inline list',
    body: productBlock({ title: 'Inline List Serum', listHtml: items.join(', ') }),
  });
}

/** A router that pushes and replaces the same URL (state only), as some shops do on load. */
export function sameUrlHtml() {
  return html({
    title: 'Same URL',
    head: `<script>
window.__same = () => {
  history.replaceState({ step: 1 }, '', location.href);
  history.pushState({ step: 2 }, '', location.href);
  return history.length;
};
</script>`,
    body: productBlock({ title: 'Same URL Serum' }),
  });
}

/** The page rewrites itself with document.open/write into a page with no list. */
export function rewriteHtml() {
  return html({
    title: 'Rewrite',
    head: `<script>
window.__rewrite = () => {
  document.open();
  document.write('<!doctype html><html><head><title>Rewritten</title></head><body><h1>Out of stock</h1><p>This product is no longer available.</p></body></html>');
  document.close();
};
</script>`,
    body: productBlock({ title: 'Rewrite Serum' }),
  });
}

/**
 * A JSON-LD @graph of 50 products: the page's own (also in the DOM, no exosome) and 49 others,
 * twelve of them with an exosome-type ingredient in their list.
 */
export function graphHtml({ pageUrl }) {
  const own = 'Water, Glycerin, Niacinamide, Butylene Glycol, Panthenol, Phenoxyethanol';
  const graph = [];
  for (let i = 0; i < 50; i++) {
    if (i === 17) {
      graph.push({ '@type': 'Product', '@id': pageUrl, name: 'Graph Serum', ingredients: own });
      continue;
    }
    graph.push({
      '@type': 'Product',
      '@id': `https://www.sephora.com/product/other-${i}-P${9000 + i}`,
      name: `Other Product ${i}`,
      ingredients: i % 4 === 0 ? LIST_TEXT : own,
    });
  }
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replaceAll(
    '<',
    '\\u003c',
  );
  return html({
    title: 'Graph Serum',
    head: `<script type="application/ld+json">${ld}</script>`,
    body: productBlock({ title: 'Graph Serum', list: own }),
  });
}

/**
 * Embedded data far past what ExoCheck parses: 7.5 MB of app state and 5.7 MB of JSON-LD, both
 * full of other products whose lists hold an exosome-type ingredient. With `list`, the page's
 * own list (no exosome) is in the DOM; without, the page shows none.
 */
export function largeStateHtml({ pageUrl, list = true }) {
  const own = 'Water, Glycerin, Niacinamide, Butylene Glycol, Panthenol, Phenoxyethanol';
  const fill = (bytes, make) => {
    const out = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const item = make(i);
      size += JSON.stringify(item).length + 1;
      out.push(item);
    }
    return out;
  };
  const state = {
    props: {
      products: fill(7.5e6, (i) => ({
        id: `P${100000 + i}`,
        name: `State Product ${i}`,
        ingredients: LIST_TEXT,
      })),
    },
  };
  const graph = fill(5.7e6, (i) => ({
    '@type': 'Product',
    '@id': `${pageUrl}?other=${i}`,
    name: `Graph Product ${i}`,
    ingredients: LIST_TEXT,
  }));
  const safe = (v) => JSON.stringify(v).replaceAll('<', '\\u003c');
  return html({
    title: 'Large State Serum',
    head: `<script type="application/ld+json">${safe({ '@context': 'https://schema.org', '@graph': graph })}</script>`,
    body: `${list ? productBlock({ title: 'Large State Serum', list: own }) : '<main><h1>Large State Serum</h1><p>A serum.</p></main>'}
<script type="application/json" id="__APP_STATE__">${safe(state)}</script>`,
  });
}
