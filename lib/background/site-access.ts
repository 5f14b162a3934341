import { browser } from 'wxt/browser';
import { productPageAdapter } from '../retailers/registry';
import { CONTENT_SCRIPT_FILE } from './controller';

export interface ReadGrantedDeps {
  /** Open tabs whose URL matches the patterns (their URLs are visible once granted). */
  tabsMatching(origins: string[]): Promise<Array<{ id?: number; url?: string }>>;
  /** Whether the tab already has a report. */
  hasReport(tabId: number): Promise<boolean>;
  /** Whether an ExoCheck instance runs in the tab (it may have found no list). */
  running(tabId: number): Promise<boolean>;
  /** Runs the content script in the tab. */
  inject(tabId: number): Promise<void>;
}

/**
 * permissions.onAdded: the user gave ExoCheck a shop's hosts (the popup's "Allow ExoCheck on
 * …", about:addons, the extensions panel). A browser does not run content scripts in pages
 * loaded before the grant, so the shop's open product pages that no instance has read are read
 * now. Done here, not in the popup: Firefox may close a toolbar popup when its permission
 * prompt opens. A page already read (a toolbar click runs the content script in Firefox) is
 * left alone: a second start would read it with the generic finder alone (guard.ts).
 */
export async function readGrantedTabs(origins: string[], deps: ReadGrantedDeps): Promise<number> {
  if (origins.length === 0) return 0;
  let read = 0;
  for (const tab of await deps.tabsMatching(origins)) {
    if (tab.id === undefined || !tab.url || !productPageAdapter(tab.url)) continue;
    try {
      if ((await deps.hasReport(tab.id)) || (await deps.running(tab.id))) continue;
      await deps.inject(tab.id);
      read++;
    } catch {
      // The tab closed or navigated away; its next load is read by itself.
    }
  }
  return read;
}

/** The browser's side of readGrantedTabs. */
export const browserReadDeps = (
  hasReport: (tabId: number) => Promise<boolean>,
): ReadGrantedDeps => ({
  tabsMatching: (origins) => browser.tabs.query({ url: origins }),
  hasReport,
  async running(tabId) {
    // The content script's own world, where its guard (entrypoints/content/guard.ts) lives.
    const [probe] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => '__exocheck' in globalThis,
    });
    return probe?.result === true;
  },
  async inject(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  },
});
