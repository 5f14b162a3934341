import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../../lib/background/badge';
import {
  CONTENT_SCRIPT_FILE,
  createBackground,
  ICON_PATHS,
  type Sender,
} from '../../../lib/background/controller';
import { createReportStore } from '../../../lib/background/report-store';
import type { EntryCard } from '../../../lib/cards';
import type { DictionaryLookup } from '../../../lib/detect/enrich';
import { enrichReport } from '../../../lib/detect/enrich';
import type { PageReport } from '../../../lib/report';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../lib/settings';
import { extKnowledge } from './ext-knowledge';
import { claimOnlyReport, ingredientReport, noneReport } from './report-fixtures';

const DICTIONARY: DictionaryLookup = {
  lookup(name) {
    const n = name.toLowerCase();
    if (n === 'water') return { functions: ['solvent'], annexRefs: [] };
    if (n === 'phenoxyethanol') return { functions: ['preservative'], annexRefs: ['V/29'] };
    if (n === 'niacinamide') return { functions: ['skin conditioning'], annexRefs: [] };
    return null;
  },
};

const TAB = 5;
const PAGE = 'https://shop.example/p/serum';
const contentSender = (over: Partial<Sender> = {}): Sender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: TAB, url: PAGE } as Browser.tabs.Tab,
  frameId: 0,
  url: PAGE,
  ...over,
});
const popupSender = (): Sender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
});
const tab = (url = PAGE) => ({ id: TAB, url }) as Browser.tabs.Tab;

function setup(dictionary: () => Promise<DictionaryLookup | null> = async () => DICTIONARY) {
  return createBackground({
    store: createReportStore(fakeBrowser.storage.session),
    knowledge: () => extKnowledge,
    dictionary,
    settings: loadSettings,
    locale: () => 'de-DE',
  });
}

const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });
const title = () => fakeBrowser.action.getTitle({ tabId: TAB });
let setIcon: ReturnType<typeof vi.fn>;
let executeScript: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  // Not implemented by fakeBrowser: stubbed so the calls can be checked.
  setIcon = vi.fn(async () => {});
  executeScript = vi.fn(async () => []);
  fakeBrowser.action.setIcon = setIcon as never;
  fakeBrowser.scripting.executeScript = executeScript as never;
});

describe('receiving a report', () => {
  it('badges and stores it before the dictionary is ready (a cold worker builds it first)', async () => {
    let ready: (d: DictionaryLookup) => void = () => {};
    const dictionary = new Promise<DictionaryLookup>((r) => {
      ready = r;
    });
    const bg = setup(() => dictionary);
    const reply = bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender());
    // The dictionary has not loaded: the badge and the stored report are there already.
    const want = badgeFor(ingredientReport()).text;
    await vi.waitFor(async () => expect(await badge()).toBe(want));
    const early = (await bg.handleMessage(
      { type: 'get-report', tabId: TAB },
      popupSender(),
    )) as PageReport;
    expect(early.exosome.verdict).toBe('ingredient');
    ready(DICTIONARY);
    expect(await reply).toEqual({ ok: true });
    const late = (await bg.handleMessage(
      { type: 'get-report', tabId: TAB },
      popupSender(),
    )) as PageReport;
    const water = late.ingredientLists[0]?.ingredients.find((i) => i.text === 'Water');
    expect(water?.functions).toEqual(['solvent']);
  });

  it('stores it enriched with CosIng functions and counts exosome findings on the badge', async () => {
    const bg = setup();
    expect(
      await bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender()),
    ).toEqual({ ok: true });

    const stored = (await bg.handleMessage(
      { type: 'get-report', tabId: TAB },
      popupSender(),
    )) as PageReport | null;
    const items = stored?.ingredientLists[0]?.ingredients ?? [];
    expect(items.find((i) => i.text === 'Water')?.functions).toEqual(['solvent']);
    expect(items.find((i) => i.text === 'Phenoxyethanol')?.annexRefs).toEqual(['V/29']);
    expect(items.find((i) => i.text === 'Mysteryl Glowamide')?.functions).toBeNull();

    expect(await badge()).toBe('2');
    expect(await title()).toMatch(/2 exosome-type ingredients/);
    // The icon was never greyed: nothing to set (setIcon decodes images in a cold worker).
    expect(setIcon).not.toHaveBeenCalled();
  });

  it('sets the icon only when it changes, and again after a navigation reset it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['shop.example'] });
    const bg = setup();
    await bg.onTabUpdated(TAB, { status: 'loading' }, tab());
    expect(setIcon).toHaveBeenCalledTimes(1);
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: TAB, path: ICON_PATHS.off });
    // A new page on that site: the browser put the manifest's icon back; it is greyed again.
    await bg.onTabUpdated(TAB, { status: 'loading' }, tab());
    expect(setIcon).toHaveBeenCalledTimes(2);
    // A same-document URL change on that site: still grey, nothing to set.
    await bg.onTabUpdated(TAB, { url: `${PAGE}?page=2` }, tab());
    expect(setIcon).toHaveBeenCalledTimes(2);
  });

  it('still stores the report when the dictionary cannot be loaded', async () => {
    const bg = setup(async () => {
      throw new Error('chunk missing');
    });
    await bg.handleMessage({ type: 'report', report: noneReport() }, contentSender());
    const stored = (await bg.handleMessage(
      { type: 'get-report', tabId: TAB },
      popupSender(),
    )) as PageReport;
    expect(stored.ingredientLists[0]?.ingredients[0]?.functions).toBeUndefined();
  });

  it('keeps the report across a service-worker restart (storage.session)', async () => {
    await setup().handleMessage({ type: 'report', report: claimOnlyReport() }, contentSender());
    const restarted = setup();
    const stored = (await restarted.handleMessage(
      { type: 'get-report', tabId: TAB },
      popupSender(),
    )) as PageReport;
    expect(stored.exosome.verdict).toBe('claim-only');
  });

  it('answers null for a tab it knows nothing about', async () => {
    expect(
      await setup().handleMessage({ type: 'get-report', tabId: 77 }, popupSender()),
    ).toBeNull();
  });
});

describe('rejecting messages', () => {
  it('ignores messages from another extension, from no tab, from iframes, and forged ones', async () => {
    const bg = setup();
    const report = ingredientReport();
    const msg = { type: 'report', report };
    expect(await bg.handleMessage(msg, contentSender({ id: 'other-extension' }))).toBeUndefined();
    expect(await bg.handleMessage(msg, contentSender({ tab: undefined }))).toBeUndefined();
    expect(await bg.handleMessage(msg, contentSender({ frameId: 3 }))).toEqual({ ok: false });
    expect(
      await bg.handleMessage(
        { type: 'report', report: { ...report, unmatched: 'many' } },
        contentSender(),
      ),
    ).toBeUndefined();
    expect(await bg.handleMessage(null, contentSender())).toBeUndefined();

    expect(await bg.handleMessage({ type: 'get-report', tabId: TAB }, popupSender())).toBeNull();
    expect(await badge()).toBe('');
  });

  it('does not answer popup requests that come from a web page', async () => {
    const bg = setup();
    await bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender());
    expect(
      await bg.handleMessage({ type: 'get-report', tabId: TAB }, contentSender()),
    ).toBeUndefined();
    expect(await bg.handleMessage({ type: 'scan-tab', tabId: 9 }, contentSender())).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('badges', () => {
  it('marks claim-only with "?" and shows nothing when nothing was found', async () => {
    expect(badgeFor(claimOnlyReport()).text).toBe('?');
    expect(badgeFor(noneReport()).text).toBe('');
    const bg = setup();
    await bg.handleMessage({ type: 'report', report: claimOnlyReport() }, contentSender());
    expect(await badge()).toBe('?');
    await bg.handleMessage({ type: 'report', report: noneReport() }, contentSender());
    expect(await badge()).toBe('');
  });

  it('greys the icon on a site the user switched off, and restores it when switched on', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['shop.example'] });
    const bg = setup();
    await bg.onTabUpdated(TAB, { status: 'loading' }, tab());
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: TAB, path: ICON_PATHS.off });
    expect(await title()).toMatch(/off for this site/);

    await fakeBrowser.tabs.create({ url: PAGE });
    const settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
    await bg.refreshAllTabs(settings);
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: 1, path: ICON_PATHS.on });
  });

  it('clears the badge of a tab whose URL it cannot see when its site is switched off', async () => {
    // Without the "tabs" permission tabs.query hides URLs: the stored report gives it.
    const hidden = await fakeBrowser.tabs.create({});
    const id = hidden.id as number;
    const bg = setup();
    await bg.handleMessage(
      { type: 'report', report: ingredientReport() },
      contentSender({ tab: { id } as Browser.tabs.Tab }),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('2');
    await bg.refreshAllTabs({ ...DEFAULT_SETTINGS, disabledSites: ['shop.example'] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('');
    expect(setIcon).toHaveBeenLastCalledWith({ tabId: id, path: ICON_PATHS.off });
  });
});

describe('ordering under load', () => {
  it('never loses an acknowledged report to a "loading" event handled at the same time', async () => {
    // Slow storage widens the window in which the two handlers used to interleave.
    const session = fakeBrowser.storage.session;
    const slow = {
      get: async (k: string) => {
        await new Promise((r) => setTimeout(r, 20));
        return session.get(k);
      },
      set: (v: Record<string, unknown>) => session.set(v),
      remove: (k: string) => session.remove(k),
    };
    const bg = createBackground({
      store: createReportStore(slow as never),
      knowledge: () => extKnowledge,
      dictionary: async () => DICTIONARY,
      settings: loadSettings,
      locale: () => 'de-DE',
    });
    const loading = bg.onTabUpdated(TAB, { status: 'loading' }, tab());
    const ack = await bg.handleMessage(
      { type: 'report', report: ingredientReport() },
      contentSender(),
    );
    await loading;
    expect(ack).toEqual({ ok: true });
    expect(
      await bg.handleMessage({ type: 'get-report', tabId: TAB }, popupSender()),
    ).not.toBeNull();
    expect(await badge()).toBe('2');
  });
});

describe('navigation and closing', () => {
  it('clears the report and badge when the tab starts loading a page', async () => {
    const bg = setup();
    await bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender());
    await bg.onTabUpdated(TAB, { status: 'loading' }, tab());
    expect(await bg.handleMessage({ type: 'get-report', tabId: TAB }, popupSender())).toBeNull();
    expect(await badge()).toBe('');
  });

  it('clears on a URL change but keeps a report already made for the new URL', async () => {
    const bg = setup();
    await bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender());
    await bg.onTabUpdated(TAB, { url: PAGE }, tab());
    expect(
      await bg.handleMessage({ type: 'get-report', tabId: TAB }, popupSender()),
    ).not.toBeNull();
    await bg.onTabUpdated(TAB, { url: `${PAGE}-2` }, tab(`${PAGE}-2`));
    expect(await bg.handleMessage({ type: 'get-report', tabId: TAB }, popupSender())).toBeNull();
  });

  it('ignores updates that are not navigation (title, favicon, complete)', async () => {
    const bg = setup();
    await bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender());
    await bg.onTabUpdated(TAB, { status: 'complete', title: 'x' }, tab());
    expect(
      await bg.handleMessage({ type: 'get-report', tabId: TAB }, popupSender()),
    ).not.toBeNull();
  });

  it('forgets a closed tab, in memory and in session storage', async () => {
    const bg = setup();
    await bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender());
    await bg.onTabRemoved(TAB);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(
      await setup().handleMessage({ type: 'get-report', tabId: TAB }, popupSender()),
    ).toBeNull();
  });

  it('clears a tab on a supported page with no list, and logs it in debug mode', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, debug: true });
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const bg = setup();
    await bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender());
    await bg.handleMessage(
      { type: 'no-list', url: PAGE, retailer: 'example-shop' },
      contentSender(),
    );
    expect(await bg.handleMessage({ type: 'get-report', tabId: TAB }, popupSender())).toBeNull();
    expect(info).toHaveBeenCalledWith(expect.stringContaining('example-shop'));
    info.mockRestore();
  });

  it('remembers that the page was read and holds no list, until a report or a navigation', async () => {
    const bg = setup();
    const ask = () => bg.handleMessage({ type: 'get-no-list', tabId: TAB }, popupSender());
    expect(await ask()).toBeNull();
    await bg.handleMessage(
      { type: 'no-list', url: PAGE, retailer: 'example-shop' },
      contentSender(),
    );
    expect(await ask()).toEqual({ url: PAGE, retailer: 'example-shop' });
    // The worker restarts: the mark is in session storage.
    const again = setup();
    expect(await again.handleMessage({ type: 'get-no-list', tabId: TAB }, popupSender())).toEqual({
      url: PAGE,
      retailer: 'example-shop',
    });
    await bg.handleMessage({ type: 'report', report: ingredientReport() }, contentSender());
    expect(await ask()).toBeNull();
    await bg.handleMessage(
      { type: 'no-list', url: PAGE, retailer: 'example-shop' },
      contentSender(),
    );
    await bg.onTabUpdated(TAB, { status: 'loading' }, tab());
    expect(await ask()).toBeNull();
    // Only the extension's own pages may ask.
    await bg.handleMessage(
      { type: 'no-list', url: PAGE, retailer: 'example-shop' },
      contentSender(),
    );
    expect(
      await bg.handleMessage({ type: 'get-no-list', tabId: TAB }, contentSender()),
    ).toBeUndefined();
  });
});

describe('cards and scanning', () => {
  it('answers cards for known ids in the region resolved from the locale', async () => {
    const cards = (await setup().handleMessage(
      {
        type: 'cards',
        ids: ['human-adipose-stromal-cell-exosomes', 'nope', 'niacinamide'],
        region: 'auto',
      },
      contentSender(),
    )) as EntryCard[];
    expect(cards.map((c) => c.id)).toEqual(['human-adipose-stromal-cell-exosomes', 'niacinamide']);
    // de-DE maps to the EU in the fixture.
    expect(cards[0]?.regulation?.jurisdiction).toBe('eu');
  });

  it('uses an explicit region from the message', async () => {
    const [card] = (await setup().handleMessage(
      { type: 'cards', ids: ['human-adipose-stromal-cell-exosomes'], region: 'kr' },
      contentSender(),
    )) as EntryCard[];
    expect(card?.regulation?.rulings[0]?.status).toBe('allowed-with-conditions');
  });

  it('injects the content script into the tab on scan-tab', async () => {
    const reply = await setup().handleMessage({ type: 'scan-tab', tabId: 9 }, popupSender());
    expect(reply).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 9 },
      files: [CONTENT_SCRIPT_FILE],
    });
  });

  it('reports an injection failure instead of throwing', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    const reply = await setup().handleMessage({ type: 'scan-tab', tabId: 9 }, popupSender());
    expect(reply).toEqual({ ok: false, error: 'Cannot access a chrome:// URL' });
  });
});

describe('enrichReport', () => {
  it('sets functions to null and annexRefs to [] for names CosIng does not know', () => {
    const enriched = enrichReport(noneReport(), DICTIONARY);
    const [water, squalane] = enriched.ingredientLists[0]?.ingredients ?? [];
    expect(water?.functions).toEqual(['solvent']);
    expect(squalane?.functions).toBeNull();
    expect(squalane?.annexRefs).toEqual([]);
  });

  it('does not change the report it was given', () => {
    const report = noneReport();
    enrichReport(report, DICTIONARY);
    expect(report.ingredientLists[0]?.ingredients[0]?.functions).toBeUndefined();
  });
});
