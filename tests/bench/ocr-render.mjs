// Renders an ingredient list as a product-detail image (the kind K-beauty and marketplace pages
// show instead of text) in Debian's Chromium, for the OCR benchmark and the e2e fixture.
import { chromium } from 'playwright-core';

const FONTS = {
  sans: "'Liberation Sans', Arial, sans-serif",
  serif: "'DejaVu Serif', serif",
  condensed: "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif",
};

const escapeHtml = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The HTML of one list card: a heading, the list as one paragraph, on a light panel. */
export function listHtml({ items, fontPx, font = 'sans', width = 720, heading = 'INGREDIENTS' }) {
  const family = FONTS[font] ?? font;
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; background: #fff; }
    #card { box-sizing: border-box; width: ${width}px; padding: 28px 32px; background: #f7f4ef;
      color: #333; font-family: ${family}; font-size: ${fontPx}px; line-height: 1.5; }
    #card h3 { margin: 0 0 10px; font-size: ${Math.round(fontPx * 1.15)}px; letter-spacing: 0.08em; color: #222; }
    #card p { margin: 0; }
  </style><div id="card"><h3>${escapeHtml(heading)}</h3><p>${escapeHtml(items.join(', '))}</p></div>`;
}

export async function openRenderer() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  return {
    /** PNG or JPEG bytes of the card; `blur` in px (CSS filter). */
    async render(opts) {
      await page.setContent(listHtml(opts));
      if (opts.blur) {
        await page.evaluate((b) => {
          document.getElementById('card').style.filter = `blur(${b}px)`;
        }, opts.blur);
      }
      const el = page.locator('#card');
      return opts.format === 'jpeg'
        ? el.screenshot({ type: 'jpeg', quality: opts.quality ?? 70 })
        : el.screenshot({ type: 'png' });
    },
    close: () => browser.close(),
  };
}
