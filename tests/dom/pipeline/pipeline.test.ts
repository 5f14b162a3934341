import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntryCard } from '../../../lib/cards';
import { createAnalyzer } from '../../../lib/detect/analyze';
import { LEXICON } from '../../../lib/detect/lexicon-data';
import { CardCache } from '../../../lib/page/mark/tooltip/card-cache';
import { runToEnd } from '../../../lib/page/scheduler';
import { type Stage, scanDocument, scanDocumentSteps } from '../../../lib/pipeline';
import { type LoadedPage, parsePage } from '../page/pages';

const analyzer = createAnalyzer(LEXICON);
const URL = 'https://shop.example/products/serum';
const PAGE = (lang: string) => `<!doctype html><html ${lang}><body>
  <h1>Glow Serum</h1>
  <p class="description">A serum with exosomes for radiant skin.</p>
  <h2>Ingredients</h2>
  <p>Water, Glycerin, Human Adipose Derived Stem Cell Conditioned Media, Niacinamide, Phenoxyethanol</p>
</body></html>`;

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

describe('the pipeline (lib/pipeline.ts)', () => {
  it('runs find, prepare and analyze in that order and reports the list', () => {
    page = parsePage(PAGE('lang="en"'), URL);
    const stages: Stage[] = [];
    const { report, findings, signature } = scanDocument(page.doc, URL, {
      analyzer,
      onStage: (s) => stages.push(s),
    });
    expect(stages).toEqual(['find', 'prepare', 'analyze']);
    expect(findings.sections).toHaveLength(1);
    expect(report.ingredientLists[0]?.ingredients.map((i) => i.text)).toContain('Niacinamide');
    expect(report.exosome.verdict).toBe('ingredient');
    expect(JSON.parse(signature)[0]).toBe(URL);
  });

  it('stops after finding when proceed says no, with the findings and no report', () => {
    page = parsePage(PAGE(''), URL);
    const stages: Stage[] = [];
    const out = runToEnd(
      scanDocumentSteps(page.doc, URL, {
        analyzer,
        proceed: (found) => found.findings.sections.length === 0,
        onStage: (s) => stages.push(s),
      }),
    );
    expect(out.report).toBeNull();
    expect(out.findings.sections).toHaveLength(1);
    expect(stages).toEqual(['find']);
  });

  it('skips the prepare stage on a page without a list', () => {
    page = parsePage('<html><body><p>Nothing to see.</p></body></html>', URL);
    const stages: Stage[] = [];
    const { report } = scanDocument(page.doc, URL, { analyzer, onStage: (s) => stages.push(s) });
    expect(stages).toEqual(['find', 'analyze']);
    expect(report.ingredientLists).toEqual([]);
  });

  it('reads lang="" as no language, like an absent attribute (the extension and the CLI agree)', () => {
    page = parsePage(PAGE('lang=""'), URL);
    const empty = scanDocument(page.doc, URL, { analyzer }).report;
    const pageNone = parsePage(PAGE(''), URL);
    try {
      const none = scanDocument(pageNone.doc, URL, { analyzer }).report;
      expect(empty).toEqual(none);
    } finally {
      void pageNone.close();
    }
  });
});

describe('the tooltip card cache', () => {
  const card = (id: string) => ({ id }) as unknown as EntryCard;

  it('asks once per entry and region, empties on a region change, drops a reply for a region left', async () => {
    let release: (cards: EntryCard[]) => void = () => {};
    const fetch = vi.fn(
      (ids: string[]) =>
        new Promise<EntryCard[]>((resolve) => {
          release = () => resolve(ids.map(card));
        }),
    );
    const cache = new CardCache(fetch, () => {});
    const arrived = vi.fn();
    cache.load(['a', 'b'], 'eu', arrived);
    expect(cache.pending).toBe(true);
    release([]);
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(1));
    expect([...cache.cards.keys()]).toEqual(['a', 'b']);
    expect(cache.pending).toBe(false);
    cache.load(['a', 'b'], 'eu', arrived);
    expect(fetch).toHaveBeenCalledTimes(1);
    // A region change: asked again; a reply that arrives after the next change is dropped.
    cache.load(['a'], 'uk', arrived);
    expect(fetch).toHaveBeenLastCalledWith(['a'], 'uk');
    expect(cache.cards.size).toBe(0);
    const late = release;
    cache.load(['b'], 'us', arrived);
    late([]);
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(2));
    expect(cache.cards.has('a')).toBe(false);
  });

  it('a fetch that throws or rejects still ends the wait', async () => {
    const log = vi.fn();
    const arrived = vi.fn();
    new CardCache(() => {
      throw new Error('no port');
    }, log).load(['a'], 'eu', arrived);
    expect(arrived).toHaveBeenCalledTimes(1);
    new CardCache(() => Promise.reject(new Error('closed')), log).load(['a'], 'eu', arrived);
    await vi.waitFor(() => expect(arrived).toHaveBeenCalledTimes(2));
    expect(log).toHaveBeenCalledTimes(2);
  });
});
