// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allPageNames, parsePage, readExpected, readPage } from '../page/pages';
import { scanPage } from './adapter-suite';

/**
 * Claims come only from copy: on every page in tests/fixtures/, no copy block reads a text
 * node inside a found ingredient section, and a page whose copy makes no claim (expected
 * verdict other than "claim-only", no `copyClaims`) reports none.
 */
describe.each(allPageNames())('%s', (name) => {
  it('keeps the ingredient sections out of the copy, and claims only where the copy has one', async () => {
    const e = readExpected(name) as ReturnType<typeof readExpected> & { copyClaims?: boolean };
    const page = parsePage(readPage(name), e.url);
    try {
      const { findings: found, report } = scanPage(page.doc, e.url);
      const sections = found.sections.flatMap((s) => (s.element ? [s.element] : []));
      for (const c of found.copy) {
        const inside = c.text.segments.filter((seg) => sections.some((s) => s.contains(seg.node)));
        expect(
          inside.map((seg) => seg.node.data.slice(0, 60)),
          c.field,
        ).toEqual([]);
      }
      if (e.verdict !== 'claim-only' && e.copyClaims !== true) {
        expect(report.exosome.claims.map((c) => [c.field, c.text])).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
