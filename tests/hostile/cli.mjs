// Hostile inputs for the `scan` CLI: files built to exhaust its memory or its call stack, or to
// make it wait forever. Each case runs `node scripts/scan.mjs FILE` (what `npm run scan` runs)
// in a child process with a capped V8 heap and a hang timeout, and must end with exit code 2,
// exactly one line on stderr and nothing on stdout, its peak memory (where GNU time can
// measure it) under a bound. A real saved page under the same limits must still scan. No case asserts how fast anything is: the
// timeout only catches a hang.
// Prints one line per case, then "N passed, N failed"; exits 1 on any failure.
// `node tests/hostile/cli.mjs [name filter…]`
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** A case still running after this has hung: it is killed and fails. */
const HANG_MS = 60_000;
/** The child's V8 heap cap (through NODE_OPTIONS). */
const HEAP_MB = 512;
/** Peak resident memory allowed; the failures this guards against went past 1.5 GB. */
const RSS_MB = 1024;
/** Only so much of a child's output is kept. */
const OUTPUT_CAP = 64 * 1024;

const only = process.argv.slice(2);
const dir = mkdtempSync(path.join(tmpdir(), 'exocheck-hostile-cli-'));

function page(name, body) {
  const file = path.join(dir, name);
  writeFileSync(file, `<!doctype html><html><body>${body}</body></html>`);
  return file;
}

function manyAttributes(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(` a${i}`);
  return parts.join('');
}

/** A named pipe nobody writes to, or null where mkfifo is missing. */
function fifo() {
  const file = path.join(dir, 'page.fifo');
  return spawnSync('mkfifo', [file]).status === 0 ? file : null;
}

/** A sparse file of 65 MB: nothing written, so it costs no disk. */
function sparse() {
  const file = path.join(dir, 'huge.html');
  writeFileSync(file, '<!doctype html><html><body>');
  truncateSync(file, 65 * 1024 * 1024);
  return file;
}

/** `input` makes the file (null: the platform cannot, and the case is skipped). */
const CASES = [
  {
    name: 'a million empty elements',
    input: () => page('million.html', '<div></div>'.repeat(1_000_000)),
    message: /has more than 50,000 elements/,
  },
  {
    name: 'a million attributes on one element',
    input: () => page('attributes.html', `<div${manyAttributes(1_000_000)}>x</div>`),
    message: /has more than 100,000 attributes/,
  },
  {
    name: 'nested 100,000 levels deep',
    input: () => page('deep.html', `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`),
    message: /nests elements more than 1,000 levels deep/,
  },
  {
    name: '/dev/zero',
    input: () => (existsSync('/dev/zero') ? '/dev/zero' : null),
    message: /is a device, not a regular file/,
  },
  { name: 'a named pipe with no writer', input: fifo, message: /is a named pipe/ },
  { name: 'a 65 MB file', input: sparse, message: /is larger than 64 MB/ },
  {
    name: 'control: the largest real saved page still scans',
    input: () =>
      path.join(
        ROOT,
        'tests/fixtures/shopify/skincupid-dr-ceuracle-vegan-kombucha-tea-essence.html',
      ),
    code: 0,
  },
];

/** True when GNU time can write a child's peak RSS to a file. */
function canMeasureRss() {
  const out = path.join(dir, 'probe.time');
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, 'true']);
  return r.status === 0 && existsSync(out) && /^\d+$/m.test(readFileSync(out, 'utf8'));
}
const MEASURE_RSS = canMeasureRss();

function collect(stream) {
  const out = { text: '' };
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    if (out.text.length < OUTPUT_CAP) out.text += chunk.slice(0, OUTPUT_CAP - out.text.length);
  });
  return out;
}

/** Runs the CLI on `file`; resolves with its exit, output and peak RSS (MB, or null). */
function scan(file) {
  const timeFile = path.join(dir, 'scan.time');
  rmSync(timeFile, { force: true });
  const cmd = [process.execPath, 'scripts/scan.mjs', file];
  const [bin, ...args] = MEASURE_RSS ? ['/usr/bin/time', '-f', '%M', '-o', timeFile, ...cmd] : cmd;
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_MB}`.trim();
  const child = spawn(bin, args, {
    cwd: ROOT,
    detached: true, // its own process group, so a hung case is killed with its children
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: nodeOptions, NO_COLOR: '1' },
  });
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    process.kill(-child.pid, 'SIGKILL');
  }, HANG_MS);
  return new Promise((resolve) => {
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({
        code: null,
        signal: err.message,
        hung: false,
        stdout: '',
        stderr: '',
        rssMb: null,
      });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const kb = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').match(/^\d+$/m) : null;
      resolve({
        code,
        signal,
        hung,
        stdout: stdout.text,
        stderr: stderr.text,
        rssMb: kb ? Math.round(Number(kb[0]) / 1024) : null,
      });
    });
  });
}

/** What is wrong with a run (empty when it passed). */
function problems(c, r) {
  if (r.hung) return [`hung: killed after ${HANG_MS / 1000} s`];
  const out = [];
  const lines = r.stderr.trim().split('\n');
  const expected = c.code ?? 2;
  if (r.code !== expected) out.push(`exit ${r.code ?? r.signal}, expected ${expected}`);
  if (expected === 2) {
    if (r.stdout !== '') out.push('printed to stdout');
    if (lines.length !== 1) out.push(`${lines.length} lines on stderr`);
    if (!lines[0]?.startsWith('scan: ') || !c.message.test(lines[0]))
      out.push(`stderr ${JSON.stringify(lines[0]?.slice(0, 200))}`);
  } else if (r.stderr !== '') out.push(`stderr ${JSON.stringify(lines[0]?.slice(0, 200))}`);
  if (r.rssMb !== null && r.rssMb > RSS_MB) out.push(`peak RSS ${r.rssMb} MB > ${RSS_MB} MB`);
  return out;
}

console.log(
  `# scan CLI, heap cap ${HEAP_MB} MB, hang timeout ${HANG_MS / 1000} s, ` +
    (MEASURE_RSS ? `peak RSS ≤ ${RSS_MB} MB` : 'peak RSS not measured (no GNU time)'),
);
let passed = 0;
let failed = 0;
try {
  for (const c of CASES) {
    if (only.length && !only.some((f) => c.name.includes(f))) continue;
    const file = c.input();
    if (file === null) {
      console.log(`skip ${c.name}: not possible on this platform`);
      continue;
    }
    const r = await scan(file);
    const wrong = problems(c, r);
    const rss = r.rssMb === null ? '' : `, ${r.rssMb} MB`;
    if (wrong.length === 0) {
      passed++;
      const said = c.code === 0 ? 'report printed' : r.stderr.trim();
      console.log(`ok   ${c.name}${rss} — ${said.slice(0, 160)}`);
    } else {
      failed++;
      console.log(`FAIL ${c.name}: ${wrong.join('; ')}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
