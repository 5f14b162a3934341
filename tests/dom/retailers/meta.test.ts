// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ADAPTERS, adapterForUrl, contentScriptMatches } from '../../../lib/retailers/registry';
import { onDomain } from '../../../lib/retailers/url';
import { FIXTURES_DIR, pagesOf, readExpected } from '../page/pages';
import { patternMatches } from './match-pattern';

/**
 * One retailer = one adapter file = one fixture folder = one test = one README row, all named
 * by the adapter id. This suite fails when any of them is missing or they disagree.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Row {
  id: string;
  shop: string;
  pages: string;
  source: string;
  fixture: string;
}

/** The rows of the README table between the retailer-table markers. */
function readmeRows(): Row[] {
  const start = README.indexOf('<!-- retailer-table:start -->');
  const end = README.indexOf('<!-- retailer-table:end -->');
  if (start < 0 || end < start) throw new Error('README has no retailer-table markers');
  const lines = README.slice(start, end)
    .split('\n')
    .filter((l) => l.startsWith('|'));
  return lines.slice(2).map((l) => {
    const cells = l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const [id = '', shop = '', pages = '', source = '', fixture = ''] = cells;
    return { id: id.replaceAll('`', ''), shop, pages, source, fixture };
  });
}

const ids = ADAPTERS.map((a) => a.id);

describe('adapter registry', () => {
  it('has unique kebab-case ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('covers the retailers the project promises', () => {
    for (const id of [
      'sephora',
      'ulta',
      'amazon',
      'dermstore',
      'boots',
      'cultbeauty',
      'lookfantastic',
      'target',
      'walmart',
      'iherb',
      'oliveyoung',
      'yesstyle',
      'sokoglam',
      'stylevana',
      'nordstrom',
      'spacenk',
      'shopify',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('adapter %s', (id, adapter) => {
  it('has a source file named by its id', () => {
    expect(existsSync(join(ROOT, 'lib/retailers/adapters', `${id}.ts`))).toBe(true);
  });

  it('has a fixture folder with at least one page, its expected file and a SOURCE.md', () => {
    const dir = `${FIXTURES_DIR}${id}`;
    expect(existsSync(dir), dir).toBe(true);
    expect(existsSync(`${dir}/SOURCE.md`)).toBe(true);
    const pages = pagesOf(id);
    expect(pages.length).toBeGreaterThan(0);
    const html = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(html.length, 'every page has an expected file').toBe(pages.length);
    // At least one page of every adapter holds a list the adapter must find.
    expect(pages.some((p) => readExpected(p).hasList)).toBe(true);
    for (const p of pages) {
      const e = readExpected(p);
      expect(typeof e.reconstructed, p).toBe('boolean');
      expect(e.verdict, p).toMatch(/^(ingredient|claim-only|none)$/);
      expect(e.hasList, p).toBe(e.lists.length > 0);
      if (e.reconstructed) {
        const text = readFileSync(`${dir}/${p}.html`, 'utf8').slice(0, 400);
        expect(text, `${p} says it is reconstructed`).toContain('RECONSTRUCTED');
      } else expect(e.source, p).toMatch(/@ [0-9a-f]{40}/);
    }
  });

  it('has a test file that runs the adapter suite', () => {
    const file = join(ROOT, 'tests/dom/retailers', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`adapterSuite('${id}')`);
  });

  it('has a README row that says what the fixtures are', () => {
    const row = readmeRows().find((r) => r.id === id);
    expect(row, `README retailer table row for ${id}`).toBeDefined();
    const pages = pagesOf(id).map(readExpected);
    if (pages.some((e) => e.reconstructed)) expect(row?.fixture).toMatch(/reconstructed/);
    if (pages.some((e) => !e.reconstructed)) expect(row?.fixture).toMatch(/real/);
    const sources = new Set(pages.map((e) => e.listSource).filter((s) => s));
    if (sources.has('state')) expect(row?.source).toMatch(/state/i);
    if (sources.has('dom')) expect(row?.source).toMatch(/DOM/);
  });

  it('documents every selector and state source, and each selector compiles', () => {
    const { document } = new Window();
    const all = [
      ...adapter.ingredients,
      ...adapter.copy.title,
      ...adapter.copy.description,
      ...adapter.copy.highlights,
    ];
    expect(adapter.ingredients.length + (adapter.state?.length ?? 0)).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.note.length, s.selector).toBeGreaterThan(10);
      expect(() => document.querySelectorAll(s.selector), s.selector).not.toThrow();
    }
    for (const s of adapter.state ?? []) {
      expect(s.note.length).toBeGreaterThan(10);
      expect(s.paths.length).toBeGreaterThan(0);
    }
  });

  it('classifies every example URL and lists both kinds', () => {
    expect(adapter.examples.product.length).toBeGreaterThan(0);
    expect(adapter.examples.notProduct.length).toBeGreaterThan(0);
    for (const url of adapter.examples.product) {
      expect(adapter.isProductPage(new URL(url)), url).toBe(true);
    }
    for (const url of adapter.examples.notProduct) {
      expect(adapter.isProductPage(new URL(url)), url).toBe(false);
    }
    // Every fixture with a list sits on a product page of this shop.
    for (const p of pagesOf(id).map(readExpected)) {
      if (p.hasList) expect(adapter.isProductPage(new URL(p.url)), p.url).toBe(true);
    }
  });

  it('has match patterns that compile, stay on its hosts and agree with the predicate', () => {
    if (adapter.detect) {
      // Found by page structure: scanned on request, never registered by pattern.
      expect(adapter.matches).toEqual([]);
      expect(adapter.hosts).toEqual([]);
      return;
    }
    expect(adapter.matches.length).toBeGreaterThan(0);
    for (const m of adapter.matches) {
      const pattern = new MatchPattern(m);
      expect(pattern).toBeDefined();
      const host = new URL(m.replace('://*.', '://x.')).hostname;
      expect(onDomain(host, adapter.hosts), `${m} is on ${adapter.hosts.join(', ')}`).toBe(true);
    }
    for (const url of adapter.examples.product) {
      expect(
        adapter.matches.some((m) => patternMatches(m, url)),
        url,
      ).toBe(true);
      expect(adapterForUrl(new URL(url))?.id).toBe(id);
    }
    for (const url of adapter.examples.notProduct) {
      expect(
        contentScriptMatches().some((m) => patternMatches(m, url)),
        url,
      ).toBe(false);
    }
    // The saved pages with a list load where the content script is registered.
    for (const p of pagesOf(id).map(readExpected)) {
      if (p.hasList)
        expect(
          adapter.matches.some((m) => patternMatches(m, p.url)),
          p.url,
        ).toBe(true);
    }
  });
});

describe('README retailer table', () => {
  it('has one row per adapter, plus the generic finder, and nothing else', () => {
    const rows = readmeRows().map((r) => r.id);
    expect(new Set(rows).size).toBe(rows.length);
    expect([...rows].sort()).toEqual([...ids, 'generic'].sort());
  });
});
