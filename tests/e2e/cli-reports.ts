import { readFileSync } from 'node:fs';
import { runScan } from '../../lib/cli/scan';

/**
 * `tsx tests/e2e/cli-reports.ts PAGES.json`: for each { url, file } in PAGES.json, the report
 * `npm run scan -- --json --url URL FILE` prints, through the CLI's own entry (runScan), in one
 * process; prints { [url]: report | { error } } as JSON. One process instead of one per page
 * keeps the e2e run from paying Node and tsx start-up fifty times.
 */
const pages = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as Array<{
  url: string;
  file: string;
}>;
const out: Record<string, unknown> = {};
for (const { url, file } of pages) {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runScan(['--json', '--url', url, file], {
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
  });
  out[url] = code === 0 ? JSON.parse(lines.join('\n')) : { error: `exit ${code}: ${errors}` };
}
process.stdout.write(JSON.stringify(out));
