import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingredientStrings, isIngredientKey } from '../../../lib/page/find/embedded-json';
import { productsFromJsonLd, readJsonLdProducts } from '../../../lib/page/find/json-ld';
import { decodeEntities, stripHtml } from '../../../lib/page/find/strip-html';
import { FIXTURES_DIR } from './pages';

describe('stripHtml', () => {
  it('drops tags, turns <br> and blocks into newlines, decodes entities', () => {
    expect(stripHtml('-A&#231;ai: glow.<br>-B&amp;C<br><br>Water, Glycerin&nbsp;')).toBe(
      '-Açai: glow.\n-B&C\n\nWater, Glycerin\u00a0',
    );
    expect(stripHtml('<p>One</p><p><strong>Two</strong></p><ul><li>3</li></ul>')).toBe(
      'One\nTwo\n3\n',
    );
    expect(stripHtml('TFC8&reg; &trade; &#x2122; &unknown; & a')).toBe('TFC8® ™ ™ &unknown; & a');
  });

  it('keeps a "<" that opens no tag, drops comments, script bodies and unterminated tags', () => {
    expect(stripHtml('pH < 5, 3<4')).toBe('pH < 5, 3<4');
    expect(stripHtml('a<!-- x -->b<script>var y = "<p>";</script>c<b')).toBe('abc');
    expect(stripHtml('<SCRIPT>x</SCRIPT>ok')).toBe('ok');
  });

  // No clock: the test's timeout guards against a backtracking scan; the outputs are checked.
  it('reads hostile input to the right answer', { timeout: 20_000 }, () => {
    const cases: Array<[string, number, number]> = [
      ['<'.repeat(200_000), 200_000, 200_000],
      ['&'.repeat(200_000), 200_000, 200_000],
      ['<a '.repeat(70_000), 0, 210_000],
      ['&#'.repeat(100_000), 200_000, 200_000],
    ];
    for (const [s, stripped, decoded] of cases) {
      expect(stripHtml(s)).toHaveLength(stripped);
      expect(decodeEntities(s)).toHaveLength(decoded);
    }
  });
});

describe('embedded JSON', () => {
  it('recognises ingredient-like keys only', () => {
    for (const k of [
      'ingredients',
      'ingredientDesc',
      'ingredientList',
      'INCI',
      'inci_list',
      'ingredients_text',
    ]) {
      expect(isIngredientKey(k), k).toBe(true);
    }
    for (const k of [
      'ingredientPreferences',
      'keyIngredients',
      'description',
      'name',
      'inciName2x',
    ]) {
      expect(isIngredientKey(k), k).toBe(false);
    }
  });

  it('walks breadth first under a budget and returns each text once', () => {
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 100; i++) {
      cur.next = {};
      cur = cur.next as Record<string, unknown>;
    }
    cur.ingredients = 'too deep';
    const value = {
      a: { b: { ingredients: 'Water, Glycerin' } },
      ingredients: ['Aqua', 'Parfum'],
      c: [{ ingredients: 'Water, Glycerin' }],
      deep,
    };
    const out = ingredientStrings({ label: 'state', value });
    expect(out).toEqual([
      { path: 'state:ingredients', text: 'Aqua, Parfum' },
      { path: 'state:a.b.ingredients', text: 'Water, Glycerin' },
    ]);
  });
});

describe('JSON-LD', () => {
  it('reads Cult Beauty product JSON-LD: names and descriptions, no ingredients', () => {
    const raw = readFileSync(
      `${FIXTURES_DIR}cultbeauty/cultbeauty-jsonld-paulas-choice-bha-exfoliant-and-ct-light-wand.json`,
      'utf8',
    );
    const products = productsFromJsonLd({ label: 'ld+json#1', value: JSON.parse(raw) });
    expect(products.map((p) => p.name)).toEqual([
      expect.stringContaining('2% BHA Liquid Exfoliant'),
      expect.stringContaining('Light Wand'),
    ]);
    for (const p of products) {
      expect(p.ingredients).toEqual([]);
      expect(p.description).toBeTruthy();
      expect(p.description).not.toMatch(/<[a-z]/i);
    }
  });

  it('reads Product data from script elements and decodes double-encoded text', () => {
    document.head.innerHTML = `<script type="application/ld+json">${JSON.stringify([
      { '@type': 'BreadcrumbList' },
      {
        '@type': ['Product'],
        name: 'Serum with TFC8&reg;',
        description: '&lt;p&gt;Smooths &amp;amp; firms.&lt;/p&gt;',
      },
    ])}</script><script type="application/ld+json">{broken</script>`;
    const [p] = readJsonLdProducts(document);
    expect(p?.name).toBe('Serum with TFC8®');
    expect(p?.description).toBe('Smooths & firms.');
    document.head.innerHTML = '';
  });
});

describe("the page's own JSON-LD products", () => {
  const ld = (graph: unknown[]) =>
    `<script type="application/ld+json">${JSON.stringify({ '@graph': graph })}</script>`;
  const product = (name: string, id: string) => ({
    '@type': 'Product',
    '@id': id,
    name,
    ingredients: 'Water, Glycerin, Niacinamide',
  });

  it('keeps the product whose URL is the page’s, else whose name is its heading', () => {
    document.head.innerHTML = ld([
      product('Other A', 'https://shop.example/p/a'),
      product('Glow Serum', 'https://shop.example/p/glow'),
      product('Other B', 'https://shop.example/p/b'),
      product('Other C', 'https://shop.example/p/c'),
    ]);
    document.body.innerHTML = '<h1>Glow Serum</h1>';
    expect(readJsonLdProducts(document).map((p) => p.name)).toEqual(['Glow Serum']);
  });

  it('keeps none of many products when none is the page’s (a listing), all of a few', () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      product(`Item ${i}`, `https://x.example/${i}`),
    );
    document.head.innerHTML = ld(many);
    document.body.innerHTML = '<h1>Best sellers</h1>';
    expect(readJsonLdProducts(document)).toEqual([]);
    document.head.innerHTML = ld(many.slice(0, 2));
    expect(readJsonLdProducts(document)).toHaveLength(2);
  });
});
