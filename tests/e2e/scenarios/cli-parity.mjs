// The scan CLI, run as a process, prints the very report the extension stored for the same saved
// page (every field, not only the meaningful ones the per-page scenarios compare). Shared by
// Chromium and Firefox (see ./index.mjs).
import { enrichedReportFor } from '../ext-state.mjs';
import { canonical, scanWithCli } from '../reports.mjs';
import { assert, waitFor } from '../runner.mjs';

export async function cliParityScenarios(env, test) {
  const pages = [
    env.fx.named('sephora-drunk-elephant-the-littles-travel-set'),
    env.fx.named('sephora-the-inkey-list-vitamin-c-egf-serum-json-only'),
  ];
  for (const p of pages.filter(Boolean)) {
    await test(`scan CLI gives the report the extension stored for ${p.name}`, async () => {
      const page = await env.newPage();
      await page.goto(p.url, { waitUntil: 'load' });
      const stored = await waitFor(
        () => enrichedReportFor(env.ext, p.url),
        'the enriched report',
        8000,
      );
      await page.close();
      const cli = scanWithCli(p);
      // storage.session hands objects back with their keys reordered: compare canonical JSON.
      for (const key of Object.keys(cli)) {
        const a = canonical(cli[key]);
        const b = canonical(stored[key]);
        assert(
          a === b,
          `${key} differs:\n  cli       ${a.slice(0, 300)}\n  extension ${b.slice(0, 300)}`,
        );
      }
      assert(Object.keys(stored).length === Object.keys(cli).length, 'same fields');
    });
  }
}
