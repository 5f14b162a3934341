// Ingredient and product text that is markup, script and URL-shaped: it must reach every view
// (marks, tooltip, popup) as text. Every payload calls __xss(tag) or loads from evil.test if
// it ever runs or renders, and the suite asserts neither happened.
import { escapeHtml, html } from './kit.mjs';

/** Payloads as they appear in the page's *text* (the HTML source escapes them). */
export const PAYLOADS = {
  script: `<script>__xss('script')</script>`,
  img: `<img src="https://evil.test/img.png" onerror="__xss('img')">`,
  svg: `<svg onload="__xss('svg')"></svg>`,
  js: `javascript:__xss('js')`,
  iframe: `<iframe src="javascript:__xss('iframe')"></iframe>`,
  style: `<style>*{display:none}</style>`,
};

const RLO = '\u202e';
const ZWSP = '\u200b';
const ZWJ = '\u200d';
const BOM = '\ufeff';

/**
 * The list: payload-shaped items between real names, one exosome item that carries a payload
 * (so it is marked and its tooltip shows the payload), names with zero-width and RTL
 * characters, and entity-shaped text. Escaped once for the HTML source, so the DOM text is
 * exactly the payload.
 */
export function xssList() {
  return [
    'Water',
    `Glycerin ${PAYLOADS.script}`,
    'Butylene Glycol',
    'Human Adipose Stromal Cell Conditioned Media',
    'Niacinamide',
    `${PAYLOADS.img} Exosomes`,
    'Cetearyl Alcohol',
    `Squalane ${PAYLOADS.svg}`,
    'Caprylic/Capric Triglyceride',
    `Dimethicone ${PAYLOADS.js}`,
    'Tocopherol',
    `Xanthan Gum ${PAYLOADS.iframe}`,
    `Sodium${ZWSP} Hyaluronate`,
    `Pan${ZWJ}thenol${BOM}`,
    'Allantoin',
    `${RLO}lonehtyxoneohP`,
    'Carbomer &lt;b&gt;Bold&lt;/b&gt; &amp;amp; &#x3C;i&#x3E;',
    `Acetyl Hexapeptide-8 ${PAYLOADS.style}`,
    'Ethylhexylglycerin',
    'Citric Acid',
  ].join(', ');
}

export function xssHtml() {
  const description = `Our ${PAYLOADS.img} exosome serum ${PAYLOADS.script} with ${RLO}emosoxe${ZWSP} and ${PAYLOADS.js}.`;
  return html({
    title: 'XSS <script>__xss("title")</script> Serum',
    body: `<main data-probe="main">
  <h1 class="product-title" data-probe="title">${escapeHtml(`Exosome ${PAYLOADS.img} Serum`)}</h1>
  <div class="product-description" data-probe="description"><p>${escapeHtml(description)}</p></div>
  <section class="ingredients" data-probe="section">
    <h2 data-probe="heading">Ingredients</h2>
    <p data-probe="list">${escapeHtml(xssList())}</p>
  </section>
  <p dir="rtl" lang="ar" data-probe="rtl">${escapeHtml(`المكونات: ماء، جلسرين ${RLO}${PAYLOADS.script}`)}</p>
</main>`,
  });
}
