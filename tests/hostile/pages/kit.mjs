// Building blocks for the hostile pages and the benchmark's generated pages. Everything here is
// deterministic (a seeded PRNG, no Date or Math.random), so a page is the same on every run.

/** The list every product block carries: one exosome-type ingredient, two confounders. */
export const LIST_ITEMS = [
  'Water',
  'Glycerin',
  'Human Adipose Stromal Cell Conditioned Media',
  'Niacinamide',
  'Butylene Glycol',
  'Acetyl Hexapeptide-8',
  'Sodium Hyaluronate',
  'Panthenol',
  'Phenoxyethanol',
  'Ethylhexylglycerin',
];
export const LIST_TEXT = LIST_ITEMS.join(', ');
export const EXOSOME_NAME = 'Human Adipose Stromal Cell Conditioned Media';

/** Mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'soft gentle daily skin glow hydrate barrier calm smooth light texture serum cream night morning fresh bright clean pure balance care routine layer apply pat absorb fast lasting comfort'.split(
    ' ',
  );

export function sentence(rand, n = 10) {
  const w = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const s = w.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

export const escapeHtml = (s) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/**
 * The probe every hostile page carries in <head>: it records that the page's own scripts ran
 * (`__page.ran`, and `__page.end` from the last script), every page error, and a `__xss(tag)`
 * hook that payloads call (`__page.xss` must stay empty). At `load`, before ExoCheck marks
 * anything, it records the boxes of every [data-probe] element and the document's scroll
 * size; `__state()` returns the state and the boxes now, so the suite compares the layout
 * before and after marking. It keeps its own references to the built-ins it uses, so pages
 * that redefine them still report.
 */
export const probe = (nonce = '') => `<script${nonce ? ` nonce="${nonce}"` : ''}>
(function () {
  // Saved before any page script can redefine them: the suite reads state through these.
  var stringify = JSON.stringify;
  var qsa = Document.prototype.querySelectorAll;
  var attr = Element.prototype.getAttribute;
  var rect = Element.prototype.getBoundingClientRect;
  var root = document.documentElement;
  var registry = window.CSS && CSS.highlights;
  var eachHighlight = registry && registry.forEach;
  var indexOf = String.prototype.indexOf;
  var page = { ran: true, end: false, errors: [], xss: [], boxes: null, marksAtSnapshot: -1 };
  window.__page = page;
  window.__xss = function (tag) { page.xss.push(String(tag)); };
  window.addEventListener('error', function (e) { page.errors.push(String(e.message || e)); });
  window.addEventListener('unhandledrejection', function (e) { page.errors.push('rejection: ' + String(e.reason)); });
  function snapshot() {
    var out = {};
    var els = qsa.call(document, '[data-probe]');
    for (var i = 0; i < els.length; i++) {
      var r = rect.call(els[i]);
      var box = [r.x + scrollX, r.y + scrollY, r.width, r.height];
      for (var j = 0; j < 4; j++) box[j] = Math.round(box[j] * 2) / 2;
      out[attr.call(els[i], 'data-probe')] = box;
    }
    out['#scroll'] = [root.scrollWidth, root.scrollHeight];
    return out;
  }
  window.__snapshot = snapshot;
  /** Ranges in ExoCheck's highlights (its marks are highlights, not elements). */
  function marks() {
    var n = 0;
    if (!eachHighlight) return 0;
    eachHighlight.call(registry, function (hl, name) {
      if (indexOf.call(name, 'exocheck-') === 0) n += hl.size;
    });
    return n;
  }
  /** The page's state and the layout now, as one JSON string. */
  window.__state = function () {
    return stringify({ page: page, boxes: snapshot(), marks: marks() });
  };
  window.addEventListener('load', function () {
    page.marksAtSnapshot = marks();
    page.boxes = snapshot();
  });
})();
</script>`;

export const end = (nonce = '') =>
  `<script${nonce ? ` nonce="${nonce}"` : ''}>window.__page.end = true;</script>`;

/**
 * A complete page. `head` and `body` are HTML strings; the probe goes first, the end marker
 * last, so "the page's own scripts ran" means all of them ran. `head` comes before the probe (a
 * CSP meta tag must precede the scripts it governs; `nonce` is then put on the probe).
 */
export function html({ title = 'Test product', head = '', body, lang = 'en', nonce = '' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
${head}
${probe(nonce)}
<title>${escapeHtml(title)}</title>
</head>
<body>
${body}
${end(nonce)}
</body>
</html>`;
}

/** A plain product block: title, description, and the ingredient section. */
export function productBlock({
  title = 'Glow Serum',
  description = 'A light serum for daily use.',
  list = LIST_TEXT,
  listHtml = null,
  probe = 'list',
} = {}) {
  return `<main data-probe="main">
  <h1 class="product-title" data-probe="title">${escapeHtml(title)}</h1>
  <div class="product-description" data-probe="description"><p>${escapeHtml(description)}</p></div>
  <section class="ingredients" data-probe="section">
    <h2 data-probe="heading">Ingredients</h2>
    <p data-probe="${probe}">${listHtml ?? escapeHtml(list)}</p>
  </section>
  <section class="directions" data-probe="after"><h2>How to use</h2><p>Apply morning and night.</p></section>
</main>`;
}
