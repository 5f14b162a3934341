import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/commands';
import { ocrAssets } from './scripts/ocr-assets.mjs';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Every JSON import as `JSON.parse("…")`: V8 scans a string far faster than it parses the same
  // data as an object literal, and the content script is compiled on every product page (the
  // 93 KB lexicon as a literal was about half of that compile; see tests/bench/startup.mjs).
  vite: () => ({ json: { stringify: true, namedExports: false } }),
  zip: { excludeSources: ['tests/e2e/artifacts/**', 'tests/bench/results/**'] },
  hooks: {
    // The code the popup, options and welcome pages share goes into one chunk (the knowledge,
    // CosIng and OCR code stays lazy): each extension file the popup loads first costs a
    // browser round trip of tens of ms on a busy machine, and the popup loaded seven. Only for
    // the HTML pages' build: the worker and content script are single IIFE files.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'popup')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      Object.assign(output, {
        codeSplitting: {
          groups: [
            {
              name: 'pages',
              minShareCount: 2,
              test: (id: string) => !/knowledge|cosing|ocr|tesseract/.test(id),
            },
          ],
        },
      });
    },
    // tesseract.js's worker, wasm cores and English data, copied from node_modules into ocr/
    // (lib/ocr/engine-browser.ts loads them by extension URL: no CDN).
    'build:publicAssets': (_wxt, files) => {
      files.push(...ocrAssets());
    },
    // Raw and gzip size of every entrypoint after each build (the budget is checked in CI by
    // tests/bench/size-budget.mjs).
    'build:done': async (wxt) => {
      const { measureSizes, sizeTable } = await import('./tests/bench/sizes.mjs');
      const entries = measureSizes(wxt.config.outDir);
      if (entries) wxt.logger.info(`Entrypoint sizes (gzip -9):\n${sizeTable(entries)}`);
    },
  },
  manifest: ({ browser, command }) => ({
    name: 'ExoCheck',
    description:
      'Explains exosome skincare ingredients and claims on the product page you are reading. Nothing leaves your browser.',
    // offscreen (Chrome): the document that reads list images in a worker (lib/background/ocr.ts).
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // A shortcut grants activeTab like a toolbar click, so toggling the site needs no new permission.
    commands: manifestCommands(),
    // Marks are CSS Custom Highlights (lib/page/mark/highlight.ts): Chrome 105, Firefox 140.
    ...(browser !== 'firefox' && { minimum_chrome_version: '105' }),
    // Stricter than the MV3 default (object-src 'self'): extension pages load only the
    // package's own files and can be framed by no one. 'wasm-unsafe-eval' (also in the default)
    // lets them compile the OCR's WebAssembly core, which is one of those files.
    ...(command === 'build' && {
      content_security_policy: {
        extension_pages:
          "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      },
    }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'exocheck@exocheck.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
