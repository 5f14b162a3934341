// Static security checks on a built extension (.output/<target>): the manifest asks for the
// minimal permissions and loosens nothing, and no shipped script evaluates strings as code.
// Used by tests/hostile/run.mjs; `node tests/hostile/security.mjs [dir]` prints the findings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The permissions ExoCheck needs, each justified in the README (offscreen: Chrome's image reader). */
export const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'scripting', 'offscreen'];

function files(dir, ext) {
  const out = [];
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.some((e) => f.endsWith(e))) out.push(p);
  }
  return out;
}

/**
 * Zod's JIT probe, `Function("")` inside a check of `jitless` (set in lib/zod.ts and
 * lib/settings.ts), is the one occurrence allowed: with jitless it never runs.
 */
const ZOD_PROBE = /if\(\w+\.jitless[^{]*\)return!1;try\{return Function\(``\),!0\}/g;

/**
 * tesseract.js (the image reader, lib/ocr) ships fallbacks that never run in an MV3 extension
 * page, and the CSP (no 'unsafe-eval', scripts from 'self' only) would refuse them anyway:
 * regenerator-runtime's `Function("r", …)` when `globalThis` is not an object, webpack's
 * `new Function("return this")` when there is no `globalThis`, and the `importScripts` of a
 * blob: worker (`workerBlobURL`, set false in lib/ocr/engine-browser.ts). The one
 * `importScripts` that runs is the worker's, of the extension's own wasm core file.
 */
const OCR_FALLBACKS = [
  /Function\((["`])r\1,\s*(["`])regeneratorRuntime = r\2\)/g,
  /new Function\("return this"\)/g,
  /new Blob\(\[`importScripts\("\$\{\w+\}"\);`\]/g,
  /\w+\.g\.importScripts\(\w+\)/g,
];

/** Problems found in the build in `dir` (empty when clean). */
export function securityProblems(dir) {
  const problems = [];
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const perms = manifest.permissions ?? [];
  for (const p of perms) {
    if (!ALLOWED_PERMISSIONS.includes(p)) problems.push(`manifest: unexpected permission ${p}`);
  }
  for (const k of ['host_permissions', 'optional_host_permissions', 'externally_connectable']) {
    if (manifest[k] && JSON.stringify(manifest[k]) !== '[]')
      problems.push(`manifest: ${k} present`);
  }
  if (manifest.web_accessible_resources?.length)
    problems.push('manifest: web_accessible_resources');
  // 'wasm-unsafe-eval' compiles WebAssembly (the OCR core, one of the package's files); it
  // evaluates no strings, unlike 'unsafe-eval'.
  const csp = JSON.stringify(manifest.content_security_policy ?? '').replace(
    / 'wasm-unsafe-eval'/,
    '',
  );
  if (/unsafe-eval|unsafe-inline|https?:|\*/.test(csp)) problems.push(`manifest: loose CSP ${csp}`);
  for (const cs of manifest.content_scripts ?? []) {
    for (const m of cs.matches ?? []) {
      if (m === '<all_urls>' || /^\*:\/\/\*\//.test(m) || /^https?:\/\/\*\//.test(m)) {
        problems.push(`manifest: content script on every site (${m})`);
      }
    }
    if (cs.all_frames) problems.push('manifest: content script in every frame');
  }
  for (const file of files(dir, ['.js'])) {
    const rel = path.relative(dir, file);
    let code = readFileSync(file, 'utf8').replace(ZOD_PROBE, '');
    for (const re of OCR_FALLBACKS) code = code.replace(re, '');
    const checks = [
      [/\beval\s*\(/, 'eval('],
      [/\bnew\s+Function\s*\(/, 'new Function('],
      [/(^|[^\w$.])Function\s*\(/, 'Function('],
      [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout/setInterval with a string'],
      [/\bimportScripts\s*\(/, 'importScripts('],
      [/\bdocument\.write\s*\(/, 'document.write('],
    ];
    for (const [re, what] of checks) if (re.test(code)) problems.push(`${rel}: ${what}`);
    if (/zod/i.test(code) && /jitless/.test(code) && !/jitless:\s*(?:true|!0)/.test(code)) {
      problems.push(`${rel}: bundles zod without z.config({ jitless: true })`);
    }
  }
  for (const file of files(dir, ['.html'])) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)) {
      if (/^(?:https?:)?\/\//.test(m[1]))
        problems.push(`${path.relative(dir, file)}: remote ${m[1]}`);
    }
    if (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html)) {
      problems.push(`${path.relative(dir, file)}: inline script`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  const problems = securityProblems(dir);
  console.log(problems.length ? problems.join('\n') : `${dir}: no problems`);
  process.exit(problems.length ? 1 : 0);
}
