// Page CSS at war with anything injected: the marks must not move the layout and the tooltip
// must still look like itself, sit next to its mark, stay on screen and on top.
import { html, productBlock } from './kit.mjs';

const WARS = {
  /** Everything unset, everything, and !important on the page's own idea of marks. */
  'all-unset': `
* { all: unset; }
head, script, style, title, template { display: none; }
main, section, h1, h2, p, div { display: block; }
mark, mark * { background: black !important; color: black !important; display: block !important; font-size: 40px !important; padding: 20px !important; }
html body main section.ingredients p mark.exocheck-mark { display: block !important; margin: 30px !important; border: 10px solid red !important; }
[aria-describedby] { outline: 20px solid lime !important; }
exocheck-ui, exocheck-ui * { display: block !important; position: static !important; width: 10px !important; height: 10px !important; font-size: 50px !important; }
div[role="tooltip"], [popover] { display: none !important; }
`,
  /** A giant root font size, z-index war overlays, transformed and clipping ancestors. */
  'rem-zindex-transform': `
html { font-size: 400px !important; }
body { font-size: 16px; margin: 0; transform: translateX(0); filter: contrast(1); }
main { transform: scale(0.9) rotate(1deg); transform-origin: 0 0; overflow: hidden; will-change: transform; contain: paint; }
section.ingredients { transform: translate(40px, 30px); perspective: 100px; }
.overlay { position: fixed; inset: 0 0 auto 0; height: 100vh; z-index: 2147483647 !important; background: rgba(255,255,255,0.01); pointer-events: none; }
.overlay2 { position: fixed; top: 0; left: 0; width: 100vw; height: 100vh; z-index: 2147483647; pointer-events: none; }
p { line-height: 3rem; }
`,
};

export function cssWarHtml(kind) {
  const style = WARS[kind];
  if (!style) throw new Error(`no css war ${kind}`);
  const overlays =
    kind === 'rem-zindex-transform'
      ? '<div class="overlay" data-probe="overlay"></div><div class="overlay2"></div>'
      : '';
  return html({
    title: `CSS war ${kind}`,
    head: `<style>${style}</style>`,
    body: `${productBlock({ title: `CSS ${kind} Serum` })}${overlays}`,
  });
}

export const CSS_WARS = Object.keys(WARS);

/** A page whose CSP forbids inline styles and scripts not carrying its nonce. */
export function strictCspHtml() {
  return html({
    title: 'Strict CSP',
    head: `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'nonce-hostile'; img-src 'none'">`,
    nonce: 'hostile',
    body: productBlock({ title: 'Strict CSP Serum' }),
  });
}
