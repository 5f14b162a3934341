// Firefox's own mark look (lib/page/mark/highlight.ts, GECKO_LOOK): Firefox 140 paints only the
// colour and background of a `::highlight()`, no underline, so before these rules its related,
// other-active and claim marks were not seen at all and the exosome mark was a pale tint. Read
// as computed highlight styles on the DR.SERSE page (exosome, related, other actives) and the
// Dr. Sheth's page (claims), on the page as served and under a dark retailer theme. Chromium
// paints the underlines of KIND_LOOK instead (see scripts/mark-shots.mjs): skipped there.
import path from 'node:path';
import { EXO } from '../fixtures.mjs';
import { ARTIFACTS } from '../harness.mjs';
import { contrastOf, readMarkStyles, rgbaOf } from '../marks.mjs';
import { assert } from '../runner.mjs';
import { openProduct } from './product-page.mjs';

const SKIP = "Chromium paints the marks' underlines (its look: scripts/mark-shots.mjs)";
const DARK = 'html,body{background:#121212;color:#e0e0e0}';

/** What is wrong with each kind's look on its page; [] when every mark is seen. */
function problemsOf(styles, where) {
  const out = [];
  for (const [kind, s] of Object.entries(styles)) {
    const bg = s.pageBg;
    const alpha = rgbaOf(s.background)?.[3] ?? 0;
    const ratio = (a, b) => contrastOf(a, b).toFixed(2);
    if (kind === 'exosome') {
      // The only box: opaque, 3:1 on the page, its text 4.5:1 on it.
      if (alpha !== 1) out.push(`${where} exosome: no opaque box (${s.background})`);
      else if (contrastOf(s.background, bg) < 3)
        out.push(`${where} exosome: box ${s.background} on ${bg} ${ratio(s.background, bg)}:1`);
      if (alpha === 1 && contrastOf(s.color, s.background) < 4.5)
        out.push(`${where} exosome: text ${s.color} on ${s.background}`);
    } else {
      // No box: the words' colour, 3:1 on the page and against the text around them.
      if (alpha !== 0) out.push(`${where} ${kind}: boxed (${s.background})`);
      if (contrastOf(s.color, bg) < 3)
        out.push(`${where} ${kind}: ${s.color} on ${bg} ${ratio(s.color, bg)}:1`);
      if (contrastOf(s.color, s.textColor) < 3)
        out.push(
          `${where} ${kind}: ${s.color} by text ${s.textColor} ${ratio(s.color, s.textColor)}:1`,
        );
    }
  }
  return out;
}

export async function markLookScenarios(env, test) {
  const skip = env.browser === 'firefox' ? null : SKIP;
  const shot = (page, name) =>
    page.screenshot({ path: path.join(ARTIFACTS, `${env.artifactPrefix}${name}`) });

  await test(
    'marks in Firefox: every kind is seen without an underline, the exosome mark as the only box',
    async () => {
      const problems = [];
      const cases = [
        [EXO.serse, ['exosome', 'related', 'confounder'], 'mark-looks'],
        [EXO.sheth, ['claim'], 'mark-looks-claims'],
      ];
      for (const [product, kinds, name] of cases) {
        const page = await openProduct(env, product);
        try {
          await page.evaluate(() =>
            document.querySelector('section.ingredients')?.scrollIntoView({ block: 'center' }),
          );
          for (const theme of ['light', 'dark']) {
            if (theme === 'dark') await page.addStyleTag({ content: DARK });
            const styles = await page.evaluate(readMarkStyles);
            const missing = kinds.filter((k) => !styles[k]);
            assert(missing.length === 0, `no ${missing} mark on ${product.url}`);
            problems.push(...problemsOf(styles, `${theme} ${name}:`));
            await shot(page, `${name}-${theme}.png`);
          }
        } finally {
          await page.close();
        }
      }
      assert(problems.length === 0, problems.join('; '));
    },
    { skip },
  );
}
