import { beforeEach, describe, expect, it } from 'vitest';
import { findCopy, MAX_FIELD_CHARS } from '../../../lib/page/find/find-copy';
import { readJsonLdProducts } from '../../../lib/page/find/json-ld';

function page(head: string, body: string): void {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
}

function copyText(): string {
  const found = findCopy(document, readJsonLdProducts(document));
  return found.copy.map((c) => c.text.text).join('\n');
}

beforeEach(() => page('', ''));

describe('findCopy', () => {
  it('takes the h1 as the title, highlightable', () => {
    page(
      '<title>Shop | Store</title>',
      '<nav><h1>Store</h1></nav><main><h1>Exosome Glow Serum</h1></main>',
    );
    const found = findCopy(document);
    expect(found.title).toBe('Exosome Glow Serum');
    const title = found.copy.find((c) => c.field === 'title');
    expect(title?.text.text).toBe('Exosome Glow Serum');
    expect(title?.text.segments).toHaveLength(1);
  });

  it('falls back to the JSON-LD name, og:title, then <title>', () => {
    page('<title>Doc Title</title><meta property="og:title" content="OG Title">', '<p>x</p>');
    expect(findCopy(document).title).toBe('OG Title');
    page('<title>Doc Title</title>', '<p>x</p>');
    expect(findCopy(document).title).toBe('Doc Title');
    page(
      '<script type="application/ld+json">{"@type":"Product","name":"LD Name","description":"LD description of the serum."}</script>',
      '<p>x</p>',
    );
    const found = findCopy(document, readJsonLdProducts(document));
    expect(found.title).toBe('LD Name');
    expect(found.copy.map((c) => c.text.text)).toContain('LD description of the serum.');
  });

  it('collects descriptions by name and by heading, and highlight bullets', () => {
    page(
      '<meta name="description" content="A serum with plant exosomes.">',
      `<h1>Serum</h1>
      <div class="product-description">With 10% exosome complex for glow and bounce.</div>
      <h2>About the product</h2><div><p>Secretome-powered care for tired skin, every night.</p></div>
      <h2>Highlights</h2><ul><li>Vegan formula, always</li><li>Fragrance free, always</li></ul>`,
    );
    const found = findCopy(document);
    const by = (f: string) =>
      found.copy
        .filter((c) => c.field === f)
        .map((c) => c.text.text)
        .join('|');
    expect(by('description')).toContain('A serum with plant exosomes.');
    expect(by('description')).toContain('With 10% exosome complex');
    expect(by('description')).toContain('Secretome-powered care');
    expect(by('highlights')).toContain('Vegan formula');
  });

  it('follows an accordion button to its panel and a tab to its panel', () => {
    page(
      '',
      `<h1>Cream</h1><button aria-controls="d1">Description</button><div id="d1"><p>Stem cell culture extract for radiance and glow.</p></div>`,
    );
    expect(copyText()).toContain('Stem cell culture extract');
  });

  it('leaves out menus, headers, footers, breadcrumbs, reviews and cards of other products', () => {
    const card = (n: number) =>
      `<li class="product-tile"><a href="/p/${n}"><img src="${n}.jpg"></a><p class="description">Exosome ampoule ${n}</p></li>`;
    page(
      '',
      `<header class="site-header"><div class="description">Free shipping on exosome sets</div></header>
      <nav><ul><li>Ceramides</li><li>Exosome</li><li>PDRN</li></ul></nav>
      <div class="megamenu"><p class="description">Shop by ingredient: Exosome</p></div>
      <ol class="breadcrumbs"><li>Home</li><li>Exosome</li></ol>
      <main><h1>Barrier Cream</h1><div class="product-description">A rich barrier cream with ceramides.</div>
      <section class="reviews"><div class="description">Better than any exosome serum!</div></section>
      <div class="carousel"><div class="description">Exosome Glow Serum</div></div>
      <h2>You may also like</h2><ul class="grid">${card(1)}${card(2)}${card(3)}${card(4)}</ul></main>
      <footer><div class="description">Exosome guide</div></footer>`,
    );
    const text = copyText();
    expect(text).toContain('A rich barrier cream with ceramides.');
    expect(text).not.toMatch(/exosome/i);
  });

  it('does not take a page wrapper that holds the title as the description', () => {
    page(
      '',
      '<div class="product-details"><h1>Toner</h1><div class="overview">A gentle toner for daily use.</div></div>',
    );
    const descriptions = findCopy(document).copy.filter((c) => c.field === 'description');
    expect(descriptions.map((c) => c.text.text.trim())).toEqual(['A gentle toner for daily use.']);
  });

  it('keeps one copy of a description that the DOM and JSON-LD both carry, the DOM one', () => {
    page(
      '<script type="application/ld+json">{"@type":"Product","name":"S","description":"Plant exosomes for glow."}</script>',
      '<h1>S</h1><div class="description"><p>Plant exosomes for glow.</p><p>Use daily, morning and night.</p></div>',
    );
    const found = findCopy(document, readJsonLdProducts(document));
    const d = found.copy.filter((c) => c.field === 'description');
    expect(d).toHaveLength(1);
    expect(d[0]?.text.segments.length).toBeGreaterThan(0);
  });

  it('caps each field', () => {
    const long = 'Exosome glow. '.repeat(5000);
    page('', `<h1>S</h1><div class="description">${long}</div><div class="overview">${long}</div>`);
    const total = findCopy(document)
      .copy.filter((c) => c.field === 'description')
      .reduce((n, c) => n + c.text.text.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_FIELD_CHARS);
  });
});
