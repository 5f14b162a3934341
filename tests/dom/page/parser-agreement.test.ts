// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIngredientText } from '../../../lib/inci';
import { findOnPage } from '../../../lib/page/find/generic';
import {
  type Expected,
  type LoadedPage,
  pageNames,
  parsePage,
  readExpected,
  readPage,
} from './pages';

/**
 * PARSER AGREEMENT (ground truth for lib/inci). The finder's section texts from every real
 * page with a list go through parseIngredientText; the items must equal the lists in
 * <page>.expected.json, which were written by reading the pages, not by running the parser.
 * The expected files are the ground truth: when this fails, the parser (or the finder) is
 * wrong, not the expectation.
 */

const listPages = pageNames().filter((name) => readExpected(name).hasList);

describe.each(listPages)('parser agreement: %s', (name) => {
  let expected: Expected;
  let page: LoadedPage;
  let parsed: ReturnType<typeof parseIngredientText>;

  beforeAll(() => {
    expected = readExpected(name);
    page = parsePage(readPage(name), expected.url);
    const found = findOnPage(page.doc, expected.url);
    parsed = found.sections.flatMap((s) => parseIngredientText(s.text.text));
  });
  afterAll(async () => {
    await page.close();
  });

  it('gives exactly the expected items, in order', () => {
    const got = parsed.flatMap((l) => l.items.map((i) => i.text));
    expect(got).toEqual(expected.lists.flatMap((l) => l.items));
  });

  it('splits the lists as expected (one per kit component or labelled block)', () => {
    expect(parsed.map((l) => ({ label: l.label, items: l.items.map((i) => i.text) }))).toEqual(
      expected.lists,
    );
  });
});
