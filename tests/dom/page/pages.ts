import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/**
 * Saved pages in tests/fixtures/<retailer>/ and their hand-written expectations. One folder per
 * retailer adapter (plus `generic/` for pages no adapter covers); `datasets/` and `exosome/`
 * hold other kinds of fixture. Page names are unique across folders.
 */

// A string, not new URL(): under the happy-dom environment the global URL is happy-dom's.
export const FIXTURES_DIR = `${join(dirname(fileURLToPath(import.meta.url)), '../../fixtures')}/`;
const NOT_PAGE_FOLDERS = new Set(['datasets', 'exosome']);

export interface ExpectedList {
  label: string | null;
  items: string[];
}

export interface Expected {
  source: string;
  captured: string;
  url: string;
  /** True for pages built from a retailer's documented structure, not saved from the web. */
  reconstructed?: boolean;
  hasList: boolean;
  lists: ExpectedList[];
  copyIncludes: string[];
  copyExcludes: string[];
  /** The report's verdict for the page: 'ingredient', 'claim-only' or 'none'. */
  verdict?: 'ingredient' | 'claim-only' | 'none';
  /** Where the lists come from: the adapter's DOM selectors, its page state, JSON-LD, or the
   * generic finder; null on a page without a list. */
  listSource?: 'dom' | 'state' | 'json-ld' | 'generic' | null;
  notes?: string;
}

let index: Map<string, string> | null = null;

/** name → folder, for every <name>.html with a <name>.expected.json next to it. */
function pageIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const folder of readdirSync(FIXTURES_DIR).sort()) {
    if (NOT_PAGE_FOLDERS.has(folder) || folder.includes('.')) continue;
    for (const f of readdirSync(`${FIXTURES_DIR}${folder}`)) {
      if (!f.endsWith('.html')) continue;
      const name = f.slice(0, -'.html'.length);
      if (!existsSync(`${FIXTURES_DIR}${folder}/${name}.expected.json`)) continue;
      if (index.has(name)) throw new Error(`fixture name ${name} is used twice`);
      index.set(name, folder);
    }
  }
  return index;
}

/** The folder (retailer id, or "generic") holding a page. */
export function folderOf(name: string): string {
  const folder = pageIndex().get(name);
  if (folder === undefined) throw new Error(`no fixture page ${name}`);
  return folder;
}

/** Path of a page's file (or of its expected file, with `ext`). */
export function pagePath(name: string, ext = '.html'): string {
  return `${FIXTURES_DIR}${folderOf(name)}/${name}${ext}`;
}

/** Every page with an expected file, sorted; `real` leaves out reconstructed pages. */
export function allPageNames(): string[] {
  return [...pageIndex().keys()].sort();
}

/** Real saved pages (not reconstructed ones), sorted: the generic finder's ground truth. */
export function pageNames(): string[] {
  return allPageNames().filter((n) => readExpected(n).reconstructed !== true);
}

/** Pages in one retailer folder, sorted. */
export function pagesOf(folder: string): string[] {
  return allPageNames().filter((n) => folderOf(n) === folder);
}

export function readPage(name: string): string {
  return readFileSync(pagePath(name), 'utf8');
}

export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(pagePath(name, '.expected.json'), 'utf8')) as Expected;
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
