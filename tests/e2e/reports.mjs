// Reports as the end-to-end scenarios compare them: the stored one against a page's expected
// file, and against what the scan CLI prints for the same saved page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.mjs';
import { assert } from './runner.mjs';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/**
 * What `npm run scan -- --json --url URL FILE` prints for every saved page, through the CLI's
 * entry in one process (tests/e2e/cli-reports.ts); `scanWithCli` runs the CLI itself.
 */
export function scanAllWithCli(list) {
  const dir = mkdtempSync(path.join(tmpdir(), 'exocheck-cli-'));
  const file = path.join(dir, 'pages.json');
  writeFileSync(file, JSON.stringify(list.map((p) => ({ url: p.url, file: p.file }))));
  const r = spawnSync(TSX, [path.join(ROOT, 'tests/e2e/cli-reports.ts'), file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`cli-reports exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** `npm run scan -- --json --url URL FILE`, as a process; its parsed report. */
export function scanWithCli(p) {
  const r = spawnSync(TSX, [path.join(ROOT, 'scripts/scan.ts'), '--json', '--url', p.url, p.file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert(r.status === 0, `scan exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
export function canonical(v) {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, x[k]]),
        )
      : x,
  );
}

/** The report's lists as { label, items } for comparison with an expected file (whitespace in
 * an item collapsed: a name split over two paragraphs reads "Isoamyl\nLaurate"). */
const listsOf = (report) =>
  report.ingredientLists.map((l) => ({
    label: l.label,
    items: l.ingredients.map((i) => i.text.replace(/\s+/g, ' ').trim()),
  }));

/** Checks a stored report against a page's expected file: retailer, exact lists, verdict. */
export function checkReport(p, report, retailer) {
  const wantRetailer = p.expected.hasList ? retailer : 'none';
  assert(report.retailer === wantRetailer, `retailer ${report.retailer}, expected ${wantRetailer}`);
  const got = JSON.stringify(listsOf(report));
  const want = JSON.stringify(p.expected.lists);
  assert(got === want, `lists differ:\n  got  ${got.slice(0, 400)}\n  want ${want.slice(0, 400)}`);
  assert(
    report.exosome.verdict === p.expected.verdict,
    `verdict ${report.exosome.verdict}, expected ${p.expected.verdict}`,
  );
}

/** The fields a shopper's verdict rests on: lists and their items and kinds, claims, verdict. */
function meaningful(report) {
  return {
    retailer: report.retailer,
    lists: report.ingredientLists.map((l) => ({
      label: l.label,
      source: l.source,
      items: l.ingredients.map((i) => [i.text, i.position, i.group, i.kind, i.entryId]),
    })),
    verdict: report.exosome.verdict,
    exosome: report.exosome.ingredients.map((i) => [i.entryId, i.text, i.listIndex, i.position]),
    related: report.exosome.related.map((i) => [i.entryId, i.text, i.listIndex, i.position]),
    claims: report.exosome.claims.map((c) => [c.text, c.field, c.termId]),
    confounders: report.confounders.map((i) => [i.entryId, i.text, i.listIndex, i.position]),
  };
}

/**
 * The stored report (null when the page stored none) equals the CLI's (`cli`, from
 * scanAllWithCli) on the meaningful fields, and a page whose copy makes no exosome claim
 * (expected verdict not "claim-only", and no `copyClaims` in its expected file) reports none.
 */
export function checkSameAsCli(p, stored, cli) {
  assert(cli && !cli.error, `no CLI report: ${cli?.error ?? 'missing'}`);
  if (stored === null) {
    // No stored report: the CLI must have nothing to show either.
    assert(
      cli.ingredientLists.length === 0 && cli.exosome.verdict === 'none',
      `the CLI reports ${cli.ingredientLists.length} list(s), verdict ${cli.exosome.verdict}; the extension stored nothing`,
    );
  } else {
    const a = canonical(meaningful(cli));
    const b = canonical(meaningful(stored));
    assert(
      a === b,
      `extension and CLI differ:\n  cli       ${a.slice(0, 600)}\n  extension ${b.slice(0, 600)}`,
    );
  }
  const claims = (stored ?? cli).exosome.claims;
  const mayClaim = p.expected.verdict === 'claim-only' || p.expected.copyClaims === true;
  assert(
    mayClaim || claims.length === 0,
    `claims on a page whose copy makes none: ${JSON.stringify(claims.map((c) => [c.field, c.text]))}`,
  );
}
