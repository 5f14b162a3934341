import { browser } from 'wxt/browser';
import { runCommand } from '@/lib/background/commands';
import { createBackground } from '@/lib/background/controller';
import { browserInstallType, FIRST_RUN_E2E_MODE, onInstalled } from '@/lib/background/first-run';
import { type RunOcr, runInOffscreen } from '@/lib/background/ocr';
import { createReportStore } from '@/lib/background/report-store';
import { browserReadDeps, readGrantedTabs } from '@/lib/background/site-access';
import { loadCosing } from '@/lib/knowledge/cosing-load';
import type { OcrHost } from '@/lib/ocr/host';
import { dataUrlToBlob, OCR_HOST_GLOBAL } from '@/lib/ocr/messages';
import { loadSettings, type Settings, watchSettings } from '@/lib/settings';

// Thin wiring only: the logic lives in lib/background/ where the tests reach it.
export default defineBackground(() => {
  // Read once and kept current by the storage watcher: tab events come by the hundred.
  let settings: Promise<Settings> | null = null;
  const store = createReportStore(browser.storage.session);
  const background = createBackground({
    store,
    // The knowledge module (600 KB of JSON) is evaluated on the first card asked for, not in
    // every cold start of the worker, which a report's badge waits for.
    knowledge: () => import('@/lib/knowledge').then((m) => m.getKnowledge()),
    dictionary: loadCosing,
    settings: () => {
      settings ??= loadSettings().catch((err) => {
        settings = null;
        throw err;
      });
      return settings;
    },
    locale: () => navigator.language,
    // Firefox has no offscreen documents; its background page reads the image itself. The
    // build-time constant keeps the OCR host out of Chrome's service worker.
    readImage: import.meta.env.FIREFOX ? readImageHere() : runInOffscreen,
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // sendResponse + `return true` rather than a returned promise: it works in every
    // Chromium version and in Firefox alike.
    background.handleMessage(message, sender).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    void background.onTabUpdated(tabId, change, tab);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void background.onTabRemoved(tabId);
  });
  browser.runtime.onInstalled.addListener((details) => {
    void onInstalled(details, {
      devServer: import.meta.env.COMMAND === 'serve',
      welcomeDevInstalls: import.meta.env.MODE === FIRST_RUN_E2E_MODE,
      installType: browserInstallType,
    });
  });
  // A shop's hosts granted (Firefox lets the user withhold them): read its open product pages.
  browser.permissions.onAdded.addListener((added) => {
    const hasReport = async (tabId: number) => (await store.get(tabId)) !== null;
    void readGrantedTabs(added.origins ?? [], browserReadDeps(hasReport)).catch(() => {});
  });
  // Absent when the manifest declares no commands.
  browser.commands?.onCommand.addListener((command, tab) => {
    void runCommand(command, tab);
  });
  // The e2e build only (a build-time constant, so no other build has it): lets the first-run
  // e2e run the shortcut's handler in the worker, since headless Chromium cannot press a
  // browser-level shortcut.
  if (import.meta.env.MODE === FIRST_RUN_E2E_MODE) {
    Object.assign(globalThis, { exocheckE2E: { runCommand } });
  }
  watchSettings((next) => {
    settings = Promise.resolve(next);
    void background.refreshAllTabs(next);
  });
});

/**
 * Firefox: the OCR host runs in the background page itself, from `ocr-host.js` added as a
 * script on the first image (kept out of background.js, which every background start parses).
 */
function readImageHere(): RunOcr {
  let host: Promise<OcrHost> | null = null;
  const load = () =>
    new Promise<OcrHost>((resolve, reject) => {
      const script = document.createElement('script');
      // Typed as a path of this build's (Chrome's) pages; ocr-host.js exists in Firefox's only.
      script.src = browser.runtime.getURL('/ocr-host.js' as '/');
      script.onload = () => {
        const h = (globalThis as Record<string, unknown>)[OCR_HOST_GLOBAL] as OcrHost | undefined;
        if (h) resolve(h);
        else reject(new Error('The image reader did not start.'));
      };
      script.onerror = () => reject(new Error('The image reader could not be loaded.'));
      document.head.append(script);
    });
  return async ({ image, url, title }) => {
    try {
      host ??= load();
      return { ok: true, report: await (await host).read(dataUrlToBlob(image), { url, title }) };
    } catch (err) {
      host = null;
      return { ok: false, error: String(err) };
    }
  };
}
