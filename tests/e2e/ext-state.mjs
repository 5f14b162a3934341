// The extension's own state as the scenarios read and set it. `ext` is anything with
// evaluate(fn, arg) in an extension context: the service worker in Chromium, an extension
// page in Firefox (tests/e2e/firefox-harness.mjs). The functions use `chrome.*`, which
// Firefox also provides, with promises, to MV3 extensions.

export const SETTINGS_KEY = 'exocheck-settings';

export const setSettings = (ext, patch) =>
  ext.evaluate(
    async ([key, p]) => {
      const cur = (await chrome.storage.local.get(key))[key] ?? {};
      await chrome.storage.local.set({ [key]: { ...cur, ...p } });
    },
    [SETTINGS_KEY, patch],
  );

/** The report the background stored for a page URL (null until it arrives). */
export const reportFor = (ext, url) =>
  ext.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    return (
      Object.entries(all).find(([k, r]) => k.startsWith('exocheck-report:') && r?.url === u)?.[1] ??
      null
    );
  }, url);

/**
 * The stored report once CosIng's functions are in (the background stores it first as it came,
 * so the badge never waits for the dictionary, then again enriched).
 */
export async function enrichedReportFor(ext, url) {
  const r = await reportFor(ext, url);
  return r?.ingredientLists.every((l) => l.ingredients.every((i) => 'functions' in i)) ? r : null;
}

export const badge = (ext, tabId) =>
  ext.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** The active tab's id (tests bring the page to the front first). */
export const activeTabId = (ext) =>
  ext.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });

/** The content script's file in the build (what "Scan this page" injects). */
export const CONTENT_SCRIPT = '/content-scripts/content.js';
