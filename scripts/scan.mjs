// `npm run scan -- …`: the scan CLI (scripts/scan.ts) run from one bundled file. Loading its
// ~300 TypeScript modules through tsx, and happy-dom's hundreds of files, took about 3 s a run;
// the bundle loads in a fraction of that. It is rebuilt (esbuild, about a second) on first use
// and whenever a source file is newer than it, so the CLI always runs the code in the tree.
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, '.output/cli');
const OUT = path.join(DIR, 'scan.mjs');
const SOURCES = ['lib', 'scripts/scan.ts', 'package-lock.json', 'tsconfig.json'];

function newest(p) {
  const st = statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const f of readdirSync(p)) t = Math.max(t, newest(path.join(p, f)));
  return t;
}

function stale() {
  const built = statSync(OUT, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return SOURCES.some((s) => newest(path.join(ROOT, s)) > built);
}

/**
 * JSON imports as files next to the bundle, read and parsed when their module first runs. As
 * `JSON.parse("…")` in the bundle, Node compiled 3 MB of string literals on every run (no
 * compile cache in Node 20): the knowledge, CosIng lookup and dictionary cost about 60 ms as
 * modules, 21 ms as files.
 */
function jsonAsFiles(outdir) {
  return {
    name: 'json-as-files',
    setup(b) {
      let n = 0;
      b.onLoad({ filter: /\.json$/ }, (args) => {
        const name = `${path.basename(args.path, '.json')}-${n++}.json`;
        mkdirSync(path.join(outdir, 'data'), { recursive: true });
        copyFileSync(args.path, path.join(outdir, 'data', name));
        return {
          contents: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(new URL(${JSON.stringify(`./data/${name}`)}, import.meta.url), 'utf8'));`,
          loader: 'js',
        };
      });
    },
  };
}

if (stale()) {
  const { build } = await import('esbuild');
  // Built aside and swapped in by a rename, so no CLI loads a half-written build.
  const tmp = `${DIR}.${process.pid}.tmp`;
  await build({
    entryPoints: { scan: path.join(ROOT, 'scripts/scan.ts') },
    outdir: tmp,
    // Chunks: a lookup never loads happy-dom and the page pipeline (imported only to scan).
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
    plugins: [jsonAsFiles(tmp)],
    // tesseract.js (--image) starts its worker thread and loads its wasm core from files next
    // to its own sources, so it is loaded from node_modules, not bundled.
    external: ['tesseract.js'],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire as __exocheckRequire } from 'node:module'; const require = __exocheckRequire(import.meta.url);",
    },
  });
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(path.dirname(DIR), { recursive: true });
  renameSync(tmp, DIR);
}

await import(pathToFileURL(OUT).href);
