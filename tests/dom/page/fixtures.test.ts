// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnPage } from '../../../lib/page/find/generic';
import type { PageFindings, TextSource } from '../../../lib/page/types';
import {
  collapse,
  type Expected,
  itemsInOrder,
  type LoadedPage,
  pageNames,
  parsePage,
  readExpected,
  readPage,
} from './pages';

/**
 * The generic finder on every real page in tests/fixtures/<retailer>/, against expectations written
 * by reading the pages (not by running the finder): where the list is, that pages without one
 * yield nothing, and that the product copy leaves menus, footers and other products' cards out.
 */

interface Placement {
  /** The section element must be inside this element. */
  within?: string;
  /** `via` must match. */
  via?: RegExp;
  /** Text the section must not contain (decoys next to the list). */
  notContaining?: string[];
  /** A list that only exists in embedded JSON. */
  json?: boolean;
}

const SEPHORA_DOM: Placement = {
  within: '#ingredients',
  via: /^label:ingredients>aria-controls$/,
  notContaining: ['Clean at Sephora', 'About the Product'],
};
const SEPHORA_JSON: Placement = {
  json: true,
  via: /^json:linkStore:page\.product\.currentSku\.ingredientDesc$/,
};
const ORDINARY: Placement = {
  within: 'p.ingredients-flyout-content',
  via: /^label:ingredients>next$/,
  notContaining: ['Our formulations are updated from time to time'],
};

const PLACEMENT: Record<string, Placement> = {
  'sephora-augustinus-bader-the-serum-tfc8': SEPHORA_DOM,
  'sephora-dr-jart-cicapair-mini-color-correcting-treatment': SEPHORA_DOM,
  'sephora-drunk-elephant-the-littles-travel-set': SEPHORA_DOM,
  'sephora-it-cosmetics-confidence-in-a-neck-cream': SEPHORA_DOM,
  'sephora-kora-organics-plant-stem-cell-retinol-alternative-serum': SEPHORA_DOM,
  'sephora-soleil-toujours-body-sunscreen-mist-spf30': SEPHORA_DOM,
  'sephora-the-ordinary-multi-peptide-serum-hair-density': SEPHORA_DOM,
  'sephora-youth-to-the-people-dream-eye-cream': SEPHORA_DOM,
  'sephora-drunk-elephant-protini-polypeptide-moisturizer-json-only': SEPHORA_JSON,
  'sephora-the-inkey-list-vitamin-c-egf-serum-json-only': SEPHORA_JSON,
  'notino-de-cerave-facial-moisturising-lotion-spf50': {
    within: '#pd-composition-wrapper',
    via: /^label:inhaltsstoffe>aria-controls$/,
    notContaining: ['MVE Technologie', 'Niacinamid – beruhigt'],
  },
  'skincupid-dr-ceuracle-vegan-kombucha-tea-essence': {
    within: '[x-ref="tabContent2"]',
    via: /^label:ingredients>tab-index$/,
    notContaining: ['PDRN', 'Active Ingredients', 'How to use'],
  },
  'theordinary-gf-15-solution-growth-factors-serum': ORDINARY,
  'theordinary-hyaluronic-acid-2-b5-serum-with-ceramides': ORDINARY,
  'theordinary-multi-peptide-copper-peptides-1-serum': ORDINARY,
  'theordinary-niacinamide-10-zinc-1-serum': ORDINARY,
  'theordinary-saccharomyces-ferment-30-milky-toner': ORDINARY,
  'theordinary-soothing-barrier-support-serum': ORDINARY,
  'theordinary-the-power-of-peptides-gift-set': ORDINARY,
};

/** Every character of `source.text` is its node's text at `start`, or an added "\n". */
function expectExactMap(source: TextSource): void {
  let covered = 0;
  let prevEnd = 0;
  for (const { node, start } of source.segments) {
    expect(start).toBeGreaterThanOrEqual(prevEnd);
    // Characters between segments are only the "\n"s the builder adds.
    expect(source.text.slice(prevEnd, start)).toMatch(/^\n*$/);
    // Whole nodes only: the highlighter and the content script's staleness check rely on it.
    const end = start + node.data.length;
    expect(source.text.slice(start, end)).toBe(node.data);
    covered += end - start;
    prevEnd = end;
  }
  expect(source.text.slice(prevEnd)).toMatch(/^\n*$/);
  expect(covered).toBeGreaterThan(0);
}

const names = pageNames();

describe('fixture files', () => {
  it('every page has an expected file with a source, a capture date and a URL', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    for (const name of names) {
      const e = readExpected(name);
      expect(e.source, name).toMatch(/@ [0-9a-f]{40}/);
      expect(e.captured, name).not.toBe('');
      expect(() => new URL(e.url), name).not.toThrow();
      expect(e.hasList, name).toBe(e.lists.length > 0);
      for (const l of e.lists) expect(l.items.length, name).toBeGreaterThan(0);
    }
  });

  it('every list page has a placement rule, every other page has none', () => {
    for (const name of names) expect(name in PLACEMENT, name).toBe(readExpected(name).hasList);
  });
});

describe.each(names)('%s', (name) => {
  let expected: Expected;
  let page: LoadedPage;
  let found: PageFindings;

  beforeAll(() => {
    expected = readExpected(name);
    page = parsePage(readPage(name), expected.url);
    found = findOnPage(page.doc, expected.url);
  });
  afterAll(async () => {
    await page.close();
  });

  it('finds the ingredient section, or none on a page without a list', () => {
    if (!expected.hasList) {
      expect(found.sections).toEqual([]);
      expect(found.retailer).toBe('none');
      return;
    }
    // One section per page: kits are one section with several lists.
    expect(found.sections).toHaveLength(1);
    expect(found.retailer).toBe('generic');
    const text = found.sections.map((s) => s.text.text).join('\n');
    for (const list of expected.lists) {
      expect(itemsInOrder(text, list.items).missing, `${name} ${list.label ?? ''}`).toBeNull();
      if (list.label) expect(collapse(text)).toContain(list.label);
    }
  });

  it('takes the list from where the page keeps it', () => {
    const rule = PLACEMENT[name];
    if (rule === undefined) return;
    const section = found.sections[0];
    if (section === undefined) throw new Error('no section');
    if (rule.via) expect(section.via).toMatch(rule.via);
    if (rule.json) {
      expect(section.source).toBe('heuristic');
      expect(section.element).toBeNull();
      expect(section.text.segments).toEqual([]);
    } else {
      expect(section.source).toBe('heuristic');
      const box = page.doc.querySelector(rule.within ?? 'body');
      expect(box).not.toBeNull();
      expect(box?.contains(section.element)).toBe(true);
    }
    for (const decoy of rule.notContaining ?? []) expect(section.text.text).not.toContain(decoy);
  });

  it('maps every DOM text back to its nodes exactly', () => {
    for (const s of found.sections) if (s.element) expectExactMap(s.text);
    for (const c of found.copy) if (c.text.segments.length > 0) expectExactMap(c.text);
  });

  it('keeps product copy and leaves menus, footers and other products out', () => {
    const copy = collapse(found.copy.map((c) => c.text.text).join('\n'));
    for (const phrase of expected.copyIncludes) expect(copy, phrase).toContain(phrase);
    for (const phrase of expected.copyExcludes) expect(copy, phrase).not.toContain(phrase);
    for (const c of found.copy) expect(c.text.text.length).toBeLessThanOrEqual(20_000);
  });

  it('gives the product title', () => {
    if (expected.copyIncludes.length === 0) return;
    expect(found.title).toBeTruthy();
    expect(found.copy.some((c) => c.field === 'title')).toBe(true);
  });
});
