import {
  act,
  cleanup,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
} from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { originsOf, useSiteAccess } from '../../../components/popup/SiteAccess';
import { App } from '../../../entrypoints/popup/App';
import type { PageReport } from '../../../lib/report';
import { sephora } from '../../../lib/retailers/adapters/sephora';
import { extKnowledge } from './ext-knowledge';
import { ingredientReport } from './report-fixtures';
import { storedReports } from './stored-reports';

const PRODUCT = 'https://www.sephora.com/product/some-serum-P123456';

/** A stand-in background: its reports stored where the popup reads them, scan-tab counted. */
function fakeBackground(reports: Map<number, unknown>, scans: number[]) {
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
    const m = msg as { type: string; tabId: number };
    if (m.type === 'get-report') sendResponse(reports.get(m.tabId) ?? null);
    else if (m.type === 'cards') sendResponse([]);
    else if (m.type === 'scan-tab') {
      scans.push(m.tabId);
      sendResponse({ ok: true });
    } else sendResponse(null); // get-no-list: no page said "no list"
    return true;
  });
}

/** fakeBrowser leaves permissions unmocked: the host grant, as a flag. */
function fakePermissions(granted: boolean, answer: boolean) {
  const state = { granted, requested: [] as string[][] };
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async () => state.granted),
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      state.requested.push(origins);
      state.granted = answer;
      return answer;
    }),
  });
  return state;
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('site access (a shop whose hosts the browser does not let ExoCheck read)', () => {
  it('origin patterns of match patterns: one per host, path dropped', () => {
    expect(
      originsOf(['https://*.a.com/x/*', 'https://*.a.com/y/*', 'https://b.com/p?q=1']),
    ).toEqual(['https://*.a.com/*', 'https://b.com/*']);
    expect(originsOf(sephora.matches)).toContain('https://www.sephora.com/*');
  });

  it('says the page was not read and why instead of "no list found"; once granted, the report the background reads is shown', async () => {
    const tab = await fakeBrowser.tabs.create({ url: PRODUCT });
    const reports = storedReports();
    const scans: number[] = [];
    fakeBackground(reports, scans);
    const perms = fakePermissions(false, true);
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload });
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    expect(
      await screen.findByRole('heading', { name: 'ExoCheck has not read this page' }),
    ).toBeTruthy();
    expect(screen.getByText('www.sephora.com')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Not read yet' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow ExoCheck on Sephora' }));
    expect(await screen.findByText(/Allowed. ExoCheck is reading this page/)).toBeTruthy();
    expect(perms.requested).toEqual([originsOf(sephora.matches)]);
    // The background reads the page on permissions.onAdded (lib/background/site-access.ts).
    reports.set(tab.id as number, ingredientReport());
    await waitFor(() => expect(reload).toHaveBeenCalled());
    // The popup never injects a second instance (it would read with the generic finder alone).
    expect(scans).toEqual([]);
    vi.unstubAllGlobals();
  });

  it("once given, the notice goes in the render that brings the report (the popup's own poll can bring it before the reload)", async () => {
    const tab = await fakeBrowser.tabs.create({ url: PRODUCT });
    fakeBackground(storedReports(), []);
    fakePermissions(false, true);
    const props: { report: PageReport | null } = { report: null };
    const { result, rerender } = renderHook(
      ({ report }) => useSiteAccess(tab.id as number, true, report),
      { initialProps: props },
    );
    await waitFor(() => expect(result.current.need?.shop).toBe('Sephora'));
    act(() => result.current.grant());
    await waitFor(() => expect(result.current.answer).toBe('given'));
    rerender({ report: ingredientReport() });
    expect(result.current.need).toBeNull();
  });

  it('a refused grant says so and scans nothing', async () => {
    const tab = await fakeBrowser.tabs.create({ url: PRODUCT });
    const scans: number[] = [];
    fakeBackground(storedReports(), scans);
    fakePermissions(false, false);
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow ExoCheck on Sephora' }));
    expect(await screen.findByText(/Access was not given/)).toBeTruthy();
    expect(scans).toEqual([]);
  });

  it('a page read on request keeps its verdict and is offered the grant', async () => {
    const tab = await fakeBrowser.tabs.create({ url: PRODUCT });
    fakeBackground(storedReports([[tab.id as number, ingredientReport()]]), []);
    fakePermissions(false, true);
    render(<App search={`?tabId=${tab.id}`} knowledge={extKnowledge} />);
    expect(
      await screen.findByRole('heading', { name: 'Exosome-type ingredient found' }),
    ).toBeTruthy();
    expect(await screen.findByText(/ExoCheck read this page because you asked/)).toBeTruthy();
  });

  it('no notice where access is granted, nor off the supported shops', async () => {
    fakePermissions(true, true);
    const granted = await fakeBrowser.tabs.create({ url: PRODUCT });
    fakeBackground(storedReports(), []);
    const { unmount } = render(<App search={`?tabId=${granted.id}`} knowledge={extKnowledge} />);
    expect(await screen.findByRole('heading', { name: 'Not read yet' })).toBeTruthy();
    // Asked, and told access is there: no notice.
    await waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button', { name: /^Allow ExoCheck/ })).toBeNull();
    unmount();
    fakePermissions(false, true);
    const other = await fakeBrowser.tabs.create({ url: 'https://shop.example/p/1' });
    render(<App search={`?tabId=${other.id}`} knowledge={extKnowledge} />);
    expect(
      await screen.findByRole('heading', {
        name: 'Not read: ExoCheck only reads supported shops by itself',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Allow ExoCheck/ })).toBeNull();
  });
});
