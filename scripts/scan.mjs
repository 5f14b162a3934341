// `npm run scan -- …`: the scan CLI (scripts/scan.ts) run from one bundled file. Loading its
// ~300 TypeScript modules through tsx, and happy-dom's hundreds of files, took about 3 s a run;
// the bundle loads in a fraction of that. It is rebuilt (esbuild, about a second) on first use
// and whenever a source file is newer than it, so the CLI always runs the code in the tree.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
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

/** JSON as `JSON.parse("…")`: V8 scans a string far faster than it compiles an object literal. */
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(readFileSync(args.path, 'utf8'))});`,
      loader: 'js',
    }));
  },
};

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
    plugins: [jsonAsString],
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
