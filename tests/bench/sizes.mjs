// Bundle sizes of every entrypoint of a built extension (.output/<target>), raw and gzip -9:
// content script, background, popup and options pages (HTML + the chunks and CSS they load,
// split into what loads at once and what loads lazily through dynamic import()).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function fileSize(dir, rel) {
  const buf = readFileSync(path.join(dir, rel));
  const size = { file: rel, raw: buf.length, gzip: gz(buf) };
  return rel.endsWith('.js') ? { ...size, code: codeBytes(buf.toString('utf8')) } : size;
}

/**
 * Characters V8 must parse as code: the file minus the data inside `JSON.parse(<string literal>)`
 * (data the bundler emits as a JSON string, which the parser only scans). This is what a
 * script's compile time grows with; a large object literal counts in full.
 */
export function codeBytes(code) {
  let data = 0;
  let i = 0;
  for (;;) {
    i = code.indexOf('JSON.parse(', i);
    if (i < 0) break;
    const quote = code[i + 11];
    let j = i + 12;
    if (quote === '`' || quote === '"' || quote === "'") {
      while (j < code.length && code[j] !== quote) j += code[j] === '\\' ? 2 : 1;
      data += j - i - 12;
    }
    i = j;
  }
  return code.length - data;
}

/** Chunks a JS file imports: static (`from"./x.js"`, `import"./x.js"`) and dynamic (`import(…)`). */
function importsOf(dir, rel) {
  const code = readFileSync(path.join(dir, rel), 'utf8');
  const base = path.posix.dirname(rel);
  const out = { static: new Set(), lazy: new Set() };
  const q = '["\'`]';
  const spec = `${q}(\\.{1,2}/[\\w./-]+\\.js)${q}`;
  for (const m of code.matchAll(new RegExp(`(?:from|import)\\s*${spec}`, 'g'))) {
    out.static.add(path.posix.normalize(path.posix.join(base, m[1])));
  }
  for (const m of code.matchAll(new RegExp(`import\\(\\s*${spec}\\s*\\)`, 'g'))) {
    out.lazy.add(path.posix.normalize(path.posix.join(base, m[1])));
  }
  return out;
}

/** Files an entry loads at once and lazily, following imports transitively. */
function closure(dir, roots) {
  const now = new Set(roots);
  const lazy = new Set();
  const queue = [...roots].map((f) => [f, false]);
  while (queue.length) {
    const [f, isLazy] = queue.shift();
    if (!f.endsWith('.js') || !existsSync(path.join(dir, f))) continue;
    const { static: s, lazy: l } = importsOf(dir, f);
    for (const dep of s) {
      const target = isLazy ? lazy : now;
      if (!now.has(dep) && !target.has(dep)) {
        target.add(dep);
        queue.push([dep, isLazy]);
      }
    }
    for (const dep of l) {
      if (!now.has(dep) && !lazy.has(dep)) {
        lazy.add(dep);
        queue.push([dep, true]);
      }
    }
  }
  for (const f of now) lazy.delete(f);
  return { now: [...now], lazy: [...lazy] };
}

function htmlAssets(dir, rel) {
  const html = readFileSync(path.join(dir, rel), 'utf8');
  const out = [rel];
  for (const m of html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)) out.push(m[1]);
  return out;
}

/**
 * Sizes per entrypoint. Each: { name, files: [{file, raw, gzip, lazy, code}], code, raw, gzip,
 * lazyRaw, lazyGzip } where code/raw/gzip sum what loads at once.
 */
export function measureSizes(dir) {
  if (!existsSync(path.join(dir, 'manifest.json'))) return null;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const entries = [];
  const scripts = [
    ...new Set(
      (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ),
  ];
  if (scripts.length) entries.push({ name: 'content script', roots: scripts });
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (bg) entries.push({ name: 'background', roots: [bg] });
  for (const [name, rel] of [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page],
  ]) {
    if (rel && existsSync(path.join(dir, rel))) entries.push({ name, roots: htmlAssets(dir, rel) });
  }
  return entries.map(({ name, roots }) => {
    const { now, lazy } = closure(dir, roots);
    const files = [
      ...now
        .filter((f) => existsSync(path.join(dir, f)))
        .map((f) => ({ ...fileSize(dir, f), lazy: false })),
      ...lazy
        .filter((f) => existsSync(path.join(dir, f)))
        .map((f) => ({ ...fileSize(dir, f), lazy: true })),
    ];
    const sum = (list, k) => list.reduce((n, f) => n + f[k], 0);
    const eager = files.filter((f) => !f.lazy);
    const late = files.filter((f) => f.lazy);
    return {
      name,
      files,
      code: eager.reduce((n, f) => n + (f.code ?? 0), 0),
      raw: sum(eager, 'raw'),
      gzip: sum(eager, 'gzip'),
      lazyRaw: sum(late, 'raw'),
      lazyGzip: sum(late, 'gzip'),
    };
  });
}

/** Every file of the build, for the total. */
export function totalSize(dir) {
  let raw = 0;
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else raw += st.size;
    }
  };
  walk(dir);
  return raw;
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** A printable table of the entries. */
export function sizeTable(entries) {
  const rows = [['entrypoint', 'raw', 'gzip', 'code to parse', 'lazy (dynamic import) raw / gzip']];
  for (const e of entries) {
    rows.push([
      e.name,
      kb(e.raw),
      kb(e.gzip),
      kb(e.code),
      e.lazyRaw ? `${kb(e.lazyRaw)} / ${kb(e.lazyGzip)}` : '—',
    ]);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '))
    .join('\n');
}
