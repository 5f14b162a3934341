// The pages both browsers' end-to-end runs serve, each at its real retailer URL.
//
// The exosome-product fixtures (tests/fixtures/exosome/) are reconstructed pages, not saved
// retailer pages; they are served at Soko Glam-style product URLs (sokoglam.com/products/…),
// which the content script's match patterns cover; the Soko Glam adapter finds no Shopify
// markup there and hands them to the generic finder.
//
// Every page in tests/fixtures/<retailer>/ is served at its URL: product pages of supported
// shops load with the content script and must report that adapter's id with the exact lists
// of their expected file; Shopify stores and other pages are scanned from the popup.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collapsedPages } from './collapsed.mjs';
import { manifestCovers, ROOT } from './harness.mjs';

const FIX = path.join(ROOT, 'tests/fixtures');

export const EXO = {
  serse: {
    url: 'https://sokoglam.com/products/dr-serse-serum',
    file: path.join(FIX, 'exosome/dr-serse-serum.html'),
  },
  drawing: {
    url: 'https://sokoglam.com/products/dr-drawing-salmon-dna-rejuvenation-ampoule',
    file: path.join(FIX, 'exosome/dr-drawing-salmon-dna-ampoule.html'),
  },
  sheth: {
    url: 'https://sokoglam.com/products/dr-sheths-cica-exosomes-vitamin-c-glow-serum',
    file: path.join(FIX, 'exosome/dr-sheths-cica-exosomes-vitamin-c-serum.html'),
  },
};

/**
 * A product page whose list exists only as an image (tests/fixtures/ocr/), for the popup's
 * image reading (scenarios/image-reading.mjs); no content script runs at this URL.
 */
export const IMAGE_ONLY = {
  url: 'https://brand.example/products/dr-serse-serum',
  file: path.join(FIX, 'ocr/image-only-list.html'),
  imageUrl: 'https://brand.example/products/dr-serse-serum-list.png',
  imageFile: path.join(FIX, 'ocr/dr-serse-serum-list.png'),
};

/**
 * Saved pages with their URL, from every tests/fixtures/<retailer>/<name>.expected.json (else the
 * page's own canonical link or og:url); `folder` is the adapter id, or "generic".
 */
function savedPages() {
  const skip = new Set(['datasets', 'exosome', 'ocr']);
  const out = [];
  for (const folder of readdirSync(FIX).sort()) {
    const dir = path.join(FIX, folder);
    if (skip.has(folder) || folder.includes('.')) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const name = f.replace(/\.html$/, '');
      const file = path.join(dir, f);
      const expectedFile = path.join(dir, `${name}.expected.json`);
      const expected = existsSync(expectedFile)
        ? JSON.parse(readFileSync(expectedFile, 'utf8'))
        : {};
      const url =
        typeof expected.url === 'string' ? expected.url : ownUrl(readFileSync(file, 'utf8'));
      out.push({ name, folder, file, expected, url });
    }
  }
  return out.filter((p) => p.url);
}

function ownUrl(html) {
  const m =
    /<link[^>]+rel="canonical"[^>]+href="(https?:[^"]+)"/.exec(html) ??
    /<meta[^>]+property="og:url"[^>]+content="(https?:[^"]+)"/.exec(html);
  return m ? m[1].replaceAll('&amp;', '&') : null;
}

/** An empty generated lexicon builds fine but finds nothing: the runners say so up front. */
export function lexiconIsEmpty() {
  const file = path.join(ROOT, 'lib/knowledge/generated/lexicon.json');
  return JSON.parse(readFileSync(file, 'utf8')).entries.length === 0;
}

/**
 * Every page to serve, and how the scenarios use them: `saved` load with the content script
 * (the manifest covers their URL), `onRequest` are scanned from the popup, NO_LIST_PAGE is a
 * supported product page without a list; `grantHosts` are the origins whose "Scan this page"
 * needs the activeTab grant of a toolbar click, which automation cannot give (harness.mjs).
 * `ext`: the build whose manifest decides which pages load with the content script.
 */
export function fixtures(ext) {
  const pages = Object.fromEntries(Object.values(EXO).map((p) => [p.url, { file: p.file }]));
  const allSaved = savedPages();
  for (const p of allSaved) pages[p.url] = { file: p.file };
  Object.assign(pages, collapsedPages);
  pages[IMAGE_ONLY.url] = { file: IMAGE_ONLY.file };
  pages[IMAGE_ONLY.imageUrl] = { file: IMAGE_ONLY.imageFile, contentType: 'image/png' };
  const saved = allSaved.filter((p) => manifestCovers(p.url, ext));
  const onRequest = allSaved.filter(
    (p) => !manifestCovers(p.url, ext) && p.expected.hasList !== undefined,
  );
  const noListPage = saved.find((p) => p.name === 'amazon-us-tshirt-non-beauty-no-inci');
  const grantHosts = [
    ...new Set([...onRequest, noListPage].filter(Boolean).map((p) => `${new URL(p.url).origin}/*`)),
    // The image reading names the page it read: its URL is visible with the toolbar click's
    // activeTab grant, which automation cannot give (harness.mjs).
    `${new URL(IMAGE_ONLY.url).origin}/*`,
  ];
  const named = (name) => allSaved.find((p) => p.name === name);
  return { pages, allSaved, saved, onRequest, noListPage, grantHosts, named };
}
