// `npx tsx scripts/fixture-accuracy.ts [--json]`: the whole pipeline (the scan CLI's scanHtml,
// which the extension's stored report equals) on every saved page in tests/fixtures/<folder>/,
// against the hand-written <name>.expected.json. Per folder: pages, expected lists, lists found
// (an expected list whose label matches the report's list at the same index), expected items,
// items parsed exactly (same text at the same position of the same list), items and lists
// reported beyond the expected ones, and lists reported on pages that have none. A measurement, not a test: it prints and exits 0.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanHtml } from '../lib/cli/scan';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures');
const NOT_PAGES = new Set(['datasets', 'exosome']);

interface ExpectedList {
  label: string | null;
  items: string[];
}

const COUNTS = [
  'pages',
  'lists',
  'listsFound',
  'items',
  'itemsExact',
  'falseLists',
  'extraItems',
  'extraLists',
] as const;

function emptyRow(folder: string): Row {
  const row = { folder } as Row;
  for (const k of COUNTS) row[k] = 0;
  return row;
}

interface Row {
  folder: string;
  pages: number;
  lists: number;
  listsFound: number;
  items: number;
  itemsExact: number;
  falseLists: number;
  /** Reported items past the end of an expected list, and lists past the expected count. */
  extraItems: number;
  extraLists: number;
}

function score(file: string, row: Row): void {
  const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as {
    url: string;
    lists: ExpectedList[];
  };
  const report = scanHtml(readFileSync(file, 'utf8'), expected.url);
  const got = report.ingredientLists;
  row.pages++;
  if (expected.lists.length === 0) row.falseLists += got.length;
  else row.extraLists += Math.max(0, got.length - expected.lists.length);
  expected.lists.forEach((want, i) => {
    row.lists++;
    row.items += want.items.length;
    const list = got[i];
    if (list === undefined) return;
    if (list.label === want.label) row.listsFound++;
    row.extraItems += Math.max(0, list.ingredients.length - want.items.length);
    want.items.forEach((item, j) => {
      // Whitespace collapsed: a name split over two paragraphs reads "Isoamyl\nLaurate".
      if (list.ingredients[j]?.text.replace(/\s+/g, ' ').trim() === item) row.itemsExact++;
    });
  });
}

const rows: Row[] = [];
for (const folder of readdirSync(FIX).sort()) {
  if (NOT_PAGES.has(folder) || folder.includes('.')) continue;
  const row = emptyRow(folder);
  for (const f of readdirSync(path.join(FIX, folder)).sort()) {
    const file = path.join(FIX, folder, f);
    if (!f.endsWith('.html') || !existsSync(file.replace(/\.html$/, '.expected.json'))) continue;
    score(file, row);
  }
  if (row.pages > 0) rows.push(row);
}

const total = emptyRow('TOTAL');
for (const r of rows) {
  for (const k of COUNTS) total[k] += r[k];
}

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify([...rows, total], null, 2)}\n`);
} else {
  const out = [
    '| folder | pages | lists found | items parsed exactly | extra items | extra lists | lists on no-list pages |',
  ];
  out.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of [...rows, total]) {
    out.push(
      `| ${r.folder} | ${r.pages} | ${r.listsFound}/${r.lists} | ${r.itemsExact}/${r.items} | ${r.extraItems} | ${r.extraLists} | ${r.falseLists} |`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
