import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_STATE_TEXT } from '../../../components/popup/verdict';
import { App } from '../../../entrypoints/popup/App';
import { buildCard } from '../../../lib/cards/build';
import type { PageReport } from '../../../lib/report';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../lib/settings';
import { reportKey } from '../../../lib/stored-result';
import { extKnowledge } from './ext-knowledge';
import { ingredientReport } from './report-fixtures';
import { storedNoLists, storedReports } from './stored-reports';

/**
 * A stand-in background: its reports and "no list" marks in session storage, where the popup
 * reads them (`reports`, `noLists`), cards from the test knowledge (EU rules), and scan-tab by
 * "scanning".
 */
function fakeBackground(
  reports: Map<number, unknown>,
  onScan?: (tabId: number) => void,
  noLists: Map<number, { url: string; retailer: string }> = storedNoLists(),
) {
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
    const m = msg as { type: string; tabId: number; ids?: string[] };
    if (m.type === 'get-report') sendResponse(reports.get(m.tabId) ?? null);
    else if (m.type === 'cards') {
      sendResponse((m.ids ?? []).flatMap((id) => buildCard(extKnowledge, id, 'eu') ?? []));
    } else if (m.type === 'scan-tab') {
      onScan?.(m.tabId);
      sendResponse({ ok: true });
    } else sendResponse(noLists.get(m.tabId) ?? null);
    return true;
  });
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('popup App', () => {
  it('reads the report of the tab given in ?tabId=', async () => {
    fakeBackground(storedReports([[7, ingredientReport()]]));
    render(<App search="?tabId=7" knowledge={extKnowledge} />);
    expect(await screen.findByRole('heading', { name: 'Exosome ingredient found' })).toBeTruthy();
  });

  it('uses the active tab when no tabId is given', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true })) as Browser.windows.Window;
    await fakeBrowser.tabs.create({ url: 'https://other.example/', windowId: win.id });
    const tab = await fakeBrowser.tabs.create({
      url: 'https://shop.example/p/1',
      windowId: win.id,
      active: true,
    });
    fakeBackground(storedReports([[tab.id as number, ingredientReport()]]));
    render(<App search="" knowledge={extKnowledge} />);
    expect(await screen.findByRole('heading', { name: 'Exosome ingredient found' })).toBeTruthy();
  });

  it('says there is no report when the active tab cannot be found', async () => {
    fakeBackground(storedReports([[0, ingredientReport()]]));
    render(<App search="?tabId=abc" knowledge={extKnowledge} />);
    expect(await screen.findByRole('heading', { name: 'No page to read' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
  });

  it('rejects a malformed stored report as if there were no report', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/p/1' });
    fakeBackground(storedReports([[tab.id as number, { schemaVersion: 1, url: 'x' }]]));
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    expect(
      await screen.findByRole('heading', { name: PAGE_STATE_TEXT['not-scanned'].title }),
    ).toBeTruthy();
  });

  it('shows the stored verdict without the worker (stopped while the shopper read the page)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/p/1' });
    await fakeBrowser.storage.session.set({ [reportKey(tab.id as number)]: ingredientReport() });
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      asked.push((msg as { type: string }).type);
    });
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    expect(
      await screen.findByRole('heading', { name: 'Exosome-type ingredient found' }),
    ).toBeTruthy();
    expect(asked.filter((t) => t === 'get-report' || t === 'get-no-list')).toEqual([]);
  });

  it('asks the worker for the whole report when the stored one was trimmed', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/p/1' });
    const whole = ingredientReport();
    await fakeBrowser.storage.session.set({
      [reportKey(tab.id as number)]: { ...whole, trimmed: true },
    });
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown, _s, sendResponse) => {
      const m = msg as { type: string };
      asked.push(m.type);
      sendResponse(m.type === 'get-report' ? whole : m.type === 'cards' ? [] : null);
      return true;
    });
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    expect(
      await screen.findByRole('heading', { name: 'Exosome-type ingredient found' }),
    ).toBeTruthy();
    await waitFor(() => expect(asked).toContain('get-report'));
    // The whole copy replaced the trimmed one: no "too large to keep whole" any more.
    await waitFor(() => expect(screen.queryByText(/too large to keep whole/)).toBeNull());
  });

  it('says there is no page to read for a tab that has closed', async () => {
    fakeBackground(storedReports());
    render(<App search="?tabId=41" knowledge={extKnowledge} />);
    expect(await screen.findByRole('heading', { name: 'No page to read' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
  });

  it('says a shop page was read and holds no list, apart from a page not read yet', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://sokoglam.com/products/a' });
    const id = tab.id as number;
    const marks = storedNoLists([
      [id, { url: 'https://sokoglam.com/products/a', retailer: 'sokoglam' }],
    ]);
    fakeBackground(storedReports(), undefined, marks);
    render(<App search={`?tabId=${id}`} knowledge={extKnowledge} />);
    expect(
      await screen.findByRole('heading', { name: 'No ingredient list on this page' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scan this page' })).toBeTruthy();
    cleanup();

    marks.clear();
    render(<App search={`?tabId=${id}`} knowledge={extKnowledge} />);
    expect(await screen.findByRole('heading', { name: 'Not read yet' })).toBeTruthy();
  });

  it('says ExoCheck is off here and offers no scan on a site switched off', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['sokoglam.com'] });
    const tab = await fakeBrowser.tabs.create({ url: 'https://sokoglam.com/products/a' });
    fakeBackground(storedReports());
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    expect(await screen.findByRole('heading', { name: 'ExoCheck is off here' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Turn on for sokoglam.com' })).toBeTruthy();
  });

  it('shows the result that arrives after the popup opened on a page still being read', async () => {
    const reports = storedReports<PageReport>();
    fakeBackground(reports);
    const tab = await fakeBrowser.tabs.create({ url: 'https://sokoglam.com/products/a' });
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    expect(await screen.findByRole('heading', { name: 'Not read yet' })).toBeTruthy();
    reports.set(tab.id as number, ingredientReport());
    expect(
      await screen.findByRole('heading', { name: 'Exosome ingredient found' }, { timeout: 3000 }),
    ).toBeTruthy();
  });

  it('scans on request and shows the report that arrives', async () => {
    const reports = storedReports<PageReport>();
    fakeBackground(reports, (tabId) => reports.set(tabId, ingredientReport()));
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/p/1' });
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    // The popup polls for the scan's report every 250 ms: a busy machine needs more than 1 s.
    expect(
      await screen.findByRole('heading', { name: 'Exosome ingredient found' }, { timeout: 3000 }),
    ).toBeTruthy();
  });

  it('turns ExoCheck off for a supported shop through the settings item', async () => {
    const tab = await fakeBrowser.tabs.create({
      url: 'https://www.cultbeauty.co.uk/p/some-serum/13468473/',
      active: true,
    });
    fakeBackground(storedReports());
    await saveSettings(DEFAULT_SETTINGS);
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn off for cultbeauty.co.uk' }));
    await screen.findByRole('button', { name: 'Turn on for cultbeauty.co.uk' });
    expect((await loadSettings()).disabledSites).toEqual(['cultbeauty.co.uk']);
  });

  it('offers no "Turn off" where ExoCheck does not run by itself, but "Scan this page"', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.shop.example/p/1' });
    fakeBackground(storedReports());
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    expect(await screen.findByRole('button', { name: 'Scan this page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Turn (off|on)/ })).toBeNull();
  });
});
