// Page scripts that sabotage the platform: redefined built-ins, a page that fights every node
// it did not create, a page that squats our custom element name. The content script runs in
// an isolated world with its own built-ins, so the first kind must change nothing; the others
// must cost at most the tooltip, never the page or the report.
import { html, productBlock } from './kit.mjs';

/** Redefines built-ins after the page's own start-up, the way broken polyfills do. */
export function prototypesHtml() {
  return html({
    title: 'Prototype war',
    body: `${productBlock({ title: 'Prototype War Serum' })}
<script>
(function () {
  var boom = function () { throw new Error('sabotaged'); };
  Array.prototype.map = boom;
  Array.prototype.forEach = boom;
  Array.prototype.filter = boom;
  Array.from = boom;
  JSON.parse = boom;
  JSON.stringify = boom;
  Object.keys = boom;
  Promise.prototype.then = boom;
  String.prototype.indexOf = boom;
  String.prototype.slice = boom;
  Map.prototype.get = boom;
  Set.prototype.has = boom;
  window.MutationObserver = boom;
  window.WebKitMutationObserver = boom;
  window.requestIdleCallback = boom;
  window.setTimeout = boom;
  window.queueMicrotask = boom;
  window.addEventListener = boom;
  window.PerformanceObserver = boom;
  try { customElements.define = boom; } catch (e) {}
  Element.prototype.attachShadow = boom;
  Element.prototype.closest = boom;
  Element.prototype.querySelectorAll = boom;
  Document.prototype.createElement = boom;
  Document.prototype.createTreeWalker = boom;
  Node.prototype.appendChild = boom;
  Node.prototype.insertBefore = boom;
  Text.prototype.splitText = boom;
  Object.freeze(document.body);
  for (var i = 0; i < document.body.children.length; i++) Object.freeze(document.body.children[i]);
  Object.freeze(Node.prototype);
  Object.freeze(Element.prototype);
  Object.freeze(HTMLElement.prototype);
  Object.defineProperty(document, 'body', { get: function () { return null; } });
  window.__page.sabotaged = true;
})();
</script>`,
  });
}

/**
 * An "anti-tamper" page: once parsed, its MutationObserver removes every element it did not
 * create from <body> and restores the list text whenever a <mark> appears; ExoCheck re-marks after each round,
 * so without a bound this is an endless loop.
 */
export function antiTamperHtml() {
  return html({
    title: 'Anti-tamper',
    body: `${productBlock({ title: 'Anti Tamper Serum' })}
<script>
document.addEventListener('DOMContentLoaded', function () {
  var own = new WeakSet();
  var all = document.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) own.add(all[i]);
  var original = document.querySelector('.ingredients p').textContent;
  window.__page.rounds = 0;
  new MutationObserver(function () {
    var marks = document.querySelectorAll('mark');
    var foreign = [];
    for (var j = 0; j < document.body.children.length; j++) {
      var c = document.body.children[j];
      if (!own.has(c)) foreign.push(c);
    }
    if (marks.length === 0 && foreign.length === 0) return;
    window.__page.rounds++;
    if (marks.length > 0) document.querySelector('.ingredients p').textContent = original;
    foreign.forEach(function (c) { c.remove(); });
  }).observe(document.documentElement, { childList: true, subtree: true });
});
</script>`,
  });
}

/** The page defines <exocheck-ui> itself, with a closed shadow root, before we mount ours. */
export function squatHtml() {
  return html({
    title: 'Squatter',
    head: `<script>
customElements.define('exocheck-ui', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<b>taken</b>'; window.__page && (window.__page.squatted = (window.__page.squatted || 0) + 1); }
});
</script>`,
    body: productBlock({ title: 'Squatter Serum' }),
  });
}
