import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** The real saved retailer pages in tests/fixtures/pages and their hand-written expectations. */

// A string, not new URL(): under the happy-dom environment the global URL is happy-dom's.
export const PAGES_DIR = `${join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages')}/`;

export interface ExpectedList {
  label: string | null;
  items: string[];
}

export interface Expected {
  source: string;
  captured: string;
  url: string;
  hasList: boolean;
  lists: ExpectedList[];
  copyIncludes: string[];
  copyExcludes: string[];
  notes?: string;
}

/** Fixture names (file names without .html), sorted. */
export function pageNames(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

export function readPage(name: string): string {
  return readFileSync(`${PAGES_DIR}${name}.html`, 'utf8');
}

export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(`${PAGES_DIR}${name}.expected.json`, 'utf8')) as Expected;
}

export interface LoadedPage {
  doc: Document;
  close(): Promise<void>;
}

/** Parses HTML in its own happy-dom window with scripts, CSS and navigation disabled. */
export function parsePage(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => window.happyDOM.close() };
}

/** Whitespace runs as one space, trimmed: page text is indented and wrapped at random. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Whether `items` occur in order in `text` (whitespace collapsed); else the first one missing. */
export function itemsInOrder(text: string, items: readonly string[]): { missing: string | null } {
  const hay = collapse(text);
  let pos = 0;
  for (const item of items) {
    const at = hay.indexOf(collapse(item), pos);
    if (at < 0) return { missing: item };
    pos = at + collapse(item).length;
  }
  return { missing: null };
}
