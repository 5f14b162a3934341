// `npm run scan -- …`: the scan CLI (scripts/scan.ts) run from one bundled file. Loading its
// ~300 TypeScript modules through tsx, and happy-dom's hundreds of files, took about 3 s a run;
// the bundle loads in a fraction of that. It is rebuilt (esbuild, about a second) on first use
// and whenever a source file is newer than it, so the CLI always runs the code in the tree.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, '.output/cli/scan.mjs');
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

if (stale()) {
  const { build } = await import('esbuild');
  mkdirSync(path.dirname(OUT), { recursive: true });
  // Written aside and renamed: two CLIs starting at once never load a half-written file.
  const tmp = `${OUT}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [path.join(ROOT, 'scripts/scan.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire as __exocheckRequire } from 'node:module'; const require = __exocheckRequire(import.meta.url);",
    },
  });
  renameSync(tmp, OUT);
}

await import(pathToFileURL(OUT).href);
