// Bundles tests/bench/page-entry.ts (the content script's scan steps) into one IIFE with Vite,
// the bundler WXT uses for the extension, minified the same way; scripts/bench.mjs injects it
// into pages. Output: tests/bench/results/bench-page.js (gitignored).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = path.join(ROOT, 'tests/bench/results/bench-page.js');

export async function buildBenchBundle() {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: path.dirname(BUNDLE),
      emptyOutDir: false,
      minify: !process.env.BENCH_NO_MINIFY,
      target: 'es2022',
      lib: {
        entry: path.join(ROOT, 'tests/bench/page-entry.ts'),
        formats: ['iife'],
        name: '__exoBench',
        fileName: () => path.basename(BUNDLE),
      },
    },
  });
  return { file: BUNDLE, bytes: existsSync(BUNDLE) ? statSync(BUNDLE).size : 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildBenchBundle());
}

export const PIPELINE_BUNDLE = path.join(ROOT, 'tests/bench/results/pipeline.mjs');

/**
 * Bundles tests/bench/pipeline.ts for Node the same way (one scope-hoisted ES module): run
 * through tsx instead, every call across modules would go through CommonJS interop getters
 * and the parser would measure about twice as slow as the code the extension ships.
 */
export async function buildPipelineBundle() {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@': ROOT, '~': ROOT } },
    // tests/unit/inci/datasets.ts finds the CSVs next to itself through import.meta.url.
    define: {
      'import.meta.url': JSON.stringify(
        pathToFileURL(path.join(ROOT, 'tests/unit/inci/datasets.ts')).href,
      ),
    },
    build: {
      ssr: path.join(ROOT, 'tests/bench/pipeline.ts'),
      outDir: path.dirname(PIPELINE_BUNDLE),
      emptyOutDir: false,
      minify: !process.env.BENCH_NO_MINIFY,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: path.basename(PIPELINE_BUNDLE), format: 'es' } },
    },
  });
  return { file: PIPELINE_BUNDLE };
}
