// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOnPage } from '../../../lib/page/find/generic';
import { parsePage } from './pages';

/** findOnPage on hostile and broken pages: it returns what it found and never throws. */

async function run(html: string): Promise<ReturnType<typeof findOnPage>> {
  const page = parsePage(html, 'https://shop.example/p/1');
  try {
    return findOnPage(page.doc, 'https://shop.example/p/1');
  } finally {
    await page.close();
  }
}

const LIST = 'Water, Glycerin, Niacinamide, Butylene Glycol, Phenoxyethanol, Ethylhexylglycerin';

describe('findOnPage on broken and hostile pages', () => {
  it('handles malformed markup', async () => {
    const broken = [
      '',
      '<',
      `<html><body><div><p>Ingredients<p>${LIST}`,
      `<h3>Ingredients</h3><div><table><tr><td>${LIST}</div></span></table>`,
      '<<<>>><script>while(true){}</script><style>*{}</style>',
      '<button aria-controls="">Ingredients</button><button aria-controls="a b  c &quot;]">Ingredients</button>',
      '<a href="#%E0%A4%A">Ingredients</a><a href="#">INCI</a><label for="&#0;">Inhaltsstoffe</label>',
      `<script type="application/json">{"ingredients": ${'['.repeat(5000)}</script>`,
      `<script type="application/ld+json">${'{"@graph":'.repeat(3000)}</script>`,
      `<script id="linkStore" type="text/json">{"a":"${'\\u0000'.repeat(1000)}"}</script>`,
    ];
    for (const html of broken) {
      const found = await run(html);
      expect(found.retailer).toMatch(/^(generic|json-ld|none)$/);
    }
    const found = await run(broken[2] as string);
    expect(found.sections.length).toBe(1);
  });

  it('handles deep nesting and huge text without blowing the stack or stalling', async () => {
    const deep = `${'<div>'.repeat(20_000)}<h3>Ingredients</h3><p>${LIST}</p>${'</div>'.repeat(20_000)}`;
    expect((await run(deep)).sections.length).toBe(1);
    const huge = `<h1>X</h1><p>${'Water, '.repeat(200_000)}</p><div class="description">${'a '.repeat(500_000)}</div>`;
    const found = await run(huge);
    for (const c of found.copy) expect(c.text.text.length).toBeLessThanOrEqual(20_000);
  });

  it('handles many labels and many candidate blocks', async () => {
    const many = Array.from(
      { length: 500 },
      (_, i) => `<h4>Ingredients</h4><p>Item ${i} text</p>`,
    ).join('');
    const found = await run(`${many}<h4>Ingredients</h4><p>${LIST}</p>`);
    expect(found.sections.length).toBeLessThanOrEqual(12);
  });

  it('never throws on random markup', async () => {
    const tag = fc.constantFrom(
      'div',
      'p',
      'span',
      'h3',
      'button',
      'li',
      'ul',
      'dt',
      'dd',
      'script',
      'nav',
      'br',
    );
    const attr = fc.constantFrom(
      '',
      ' aria-controls="x"',
      ' id="x"',
      ' class="description"',
      ' class="megamenu"',
      ' href="#x"',
      ' type="application/json"',
      ' type="application/ld+json"',
    );
    const text = fc.constantFrom(
      'Ingredients',
      'INCI:',
      LIST,
      '{"ingredients":"Water, Glycerin"}',
      '&amp;',
      '<',
      'Exosome',
      '',
    );
    const piece = fc
      .tuple(tag, attr, text, fc.boolean())
      .map(([t, a, x, close]) => (close ? `<${t}${a}>${x}</${t}>` : `<${t}${a}>${x}`));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const found = await run(pieces.join(''));
        expect(Array.isArray(found.sections)).toBe(true);
        expect(Array.isArray(found.copy)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('works on a document without a body', async () => {
    const page = parsePage('<p>x</p>', 'https://shop.example/');
    page.doc.documentElement.removeChild(page.doc.body);
    expect(() => findOnPage(page.doc, 'https://shop.example/')).not.toThrow();
    await page.close();
  });
});
