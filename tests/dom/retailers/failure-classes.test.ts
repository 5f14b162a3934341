// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../../lib/report';
import { parsePage, readExpected, readPage } from '../page/pages';
import { scanPage } from './adapter-suite';

/**
 * Issue 9's failure classes on the constructed pages of tests/fixtures/generic/ (real list text,
 * see its SOURCE.md), through the finder and the analyzer: what the expected files cannot say
 * (groups and positions).
 */
async function reportOf(name: string): Promise<PageReport> {
  const e = readExpected(name);
  const page = parsePage(readPage(name), e.url);
  try {
    return scanPage(page.doc, e.url).report;
  } finally {
    await page.close();
  }
}

describe('drug-facts actives shown as bullets', () => {
  it('are the active group, and the main list is numbered after them', async () => {
    const r = await reportOf('constructed-drug-facts-active-bullets');
    expect(r.ingredientLists).toHaveLength(1);
    const rows = r.ingredientLists[0]?.ingredients.map((i) => [i.position, i.group, i.text]);
    expect(rows?.slice(0, 5)).toEqual([
      [1, 'active', 'Octocrylene (7%)'],
      [2, 'active', 'Octinoxate(6.993%)'],
      [3, 'active', 'Avobenzone (3%)'],
      [4, 'active', 'Octisalate (3%)'],
      [5, 'main', 'Caprylic/Capric Triglyceride'],
    ]);
    expect(rows?.slice(4).every(([, group]) => group === 'main')).toBe(true);
  });
});

describe('one text holding several shade lists', () => {
  it('is one list without shade labels, each name once', async () => {
    const r = await reportOf('constructed-shade-lists-one-text');
    expect(r.ingredientLists.map((l) => l.label)).toEqual([null]);
    const texts = r.ingredientLists[0]?.ingredients.map((i) => i.text) ?? [];
    expect(new Set(texts).size).toBe(texts.length);
    expect(r.ingredientLists[0]?.ingredients.at(-1)?.group).toBe('may-contain');
  });
});
