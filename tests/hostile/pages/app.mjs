// Pages that behave like apps: single-page navigation between products, a framework that
// re-renders the ingredient accordion over and over, lists inside shadow roots and iframes.
import { escapeHtml, html, LIST_TEXT, productBlock } from './kit.mjs';

export const SPA_B_LIST =
  'Water, Glycerin, Glycine Max Phytoplacenta Conditioned Media, Niacinamide, Phenoxyethanol';

/**
 * Product A on load; `__go('b')` pushes product B's URL and renders B, `history.back()`
 * renders A again (popstate), as a client-side router does.
 */
export function spaHtml({ urlA, urlB }) {
  const a = productBlock({ title: 'SPA Product A' });
  const b = productBlock({ title: 'SPA Product B', list: SPA_B_LIST });
  return html({
    title: 'SPA',
    body: `<div id="app">${a}</div>
<template id="tpl-a">${a}</template>
<template id="tpl-b">${b}</template>
<script>
(function () {
  var app = document.getElementById('app');
  function render(which) {
    app.replaceChildren(document.getElementById('tpl-' + which).content.cloneNode(true));
    window.__page.rendered = which;
  }
  window.__go = function (which) {
    history.pushState({ which: which }, '', which === 'b' ? ${JSON.stringify(new URL(urlB).pathname)} : ${JSON.stringify(new URL(urlA).pathname)});
    render(which);
  };
  window.addEventListener('popstate', function (e) { render((e.state && e.state.which) || 'a'); });
})();
</script>`,
  });
}

/**
 * A framework-style accordion: `__rerender(n, everyMs)` throws the list's DOM away and builds
 * it again (same text, new nodes) n times, as a virtual-DOM re-render with a changed key does.
 * `__feedback(n)` re-renders each time ExoCheck marks the list (up to n times): a loop
 * between the page's framework and our observer unless something bounds it. `__page.renders`
 * counts the renders done.
 */
export function rerenderHtml() {
  return html({
    title: 'Re-render',
    body: `<main data-probe="main">
  <h1 class="product-title" data-probe="title">Re-render Serum</h1>
  <div class="product-description" data-probe="description"><p>A light serum.</p></div>
  <div class="accordion" data-probe="section"><button aria-expanded="true" aria-controls="acc-ing">Ingredients</button>
  <div id="acc-ing" role="region" data-probe="panel"><p>${escapeHtml(LIST_TEXT)}</p></div></div>
</main>
<script>
(function () {
  var list = ${JSON.stringify(LIST_TEXT)};
  window.__page.renders = 0;
  function render() {
    var panel = document.getElementById('acc-ing');
    var p = document.createElement('p');
    p.textContent = list;
    panel.replaceChildren(p);
    window.__page.renders++;
  }
  /** Re-renders whenever a mark appears in the list (a framework "fixing" foreign DOM), n times at most. */
  window.__feedback = function (n) {
    var left = n;
    var mo = new MutationObserver(function () {
      if (left <= 0) return mo.disconnect();
      if (document.querySelector('#acc-ing mark')) {
        left--;
        render();
      }
    });
    mo.observe(document.getElementById('acc-ing'), { childList: true, subtree: true });
    render(); // the first render starts the loop: ExoCheck marks it, the page renders again …
  };
  window.__rerender = function (n, everyMs) {
    return new Promise(function (resolve) {
      var left = n;
      (function next() {
        if (left-- <= 0) return resolve(window.__page.renders);
        render();
        setTimeout(next, everyMs);
      })();
    });
  };
})();
</script>`,
  });
}

/** The ingredient section inside an open shadow root the page builds. */
export function shadowHtml() {
  return html({
    title: 'Shadow',
    body: `<main data-probe="main">
  <h1 class="product-title" data-probe="title">Shadow Serum</h1>
  <div class="product-description" data-probe="description"><p>A light serum.</p></div>
  <product-ingredients data-probe="host"></product-ingredients>
</main>
<script>
customElements.define('product-ingredients', class extends HTMLElement {
  constructor() {
    super();
    var root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<section class="ingredients"><h2>Ingredients</h2><p>' + ${JSON.stringify(escapeHtml(LIST_TEXT))} + '</p></section>';
    window.__page.shadow = true;
  }
});
</script>`,
  });
}

/** The product block inside a same-origin iframe; the top page has only a title. */
export function iframeHtml({ frameUrl }) {
  return html({
    title: 'Iframe',
    body: `<main data-probe="main"><h1 class="product-title" data-probe="title">Iframe Serum</h1>
<iframe src="${escapeHtml(frameUrl)}" data-probe="frame" style="width:600px;height:400px;border:0"></iframe></main>`,
  });
}

export function iframeInnerHtml() {
  return html({ title: 'Iframe inner', body: productBlock({ title: 'Iframe Serum' }) });
}
