// Bundles tests/bench/page-entry.ts (the content script's scan steps) into one IIFE with Vite,
// the bundler WXT uses for the extension, minified the same way; scripts/bench.mjs injects it
// into pages. Output: tests/bench/results/bench-page.js (gitignored).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUNDLE = path.join(ROOT, 'tests/bench/results/bench-page.js');

export async function buildBenchBundle() {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
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
