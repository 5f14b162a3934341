import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import type { PageReport } from '../../../lib/report';
import { reportKey } from '../../../lib/stored-result';
import { extKnowledge } from './ext-knowledge';
import { ingredientReport } from './report-fixtures';

/** A stand-in background that has stored one report for the tab (or none), no "no list" mark. */
async function fakeBackground(report: PageReport | null) {
  if (report) await fakeBrowser.storage.session.set({ [reportKey(tabId)]: report });
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
    const m = msg as { type: string };
    sendResponse(m.type === 'get-report' ? report : m.type === 'cards' ? [] : null);
    return true;
  });
}

let tabId: number;
beforeEach(async () => {
  fakeBrowser.reset();
  tabId = (await fakeBrowser.tabs.create({ url: 'https://brand.example/p/1', active: true }))
    .id as number;
});
afterEach(cleanup);

const offer = () => screen.findByRole('button', { name: 'Read the ingredient list from an image' });

describe('the image reading offer', () => {
  it('is offered where the page text held no list, saying why', async () => {
    await fakeBackground(null);
    render(<App search={`?tabId=${tabId}`} knowledge={extKnowledge} />);
    expect(await offer()).toBeTruthy();
    expect(screen.getByText(/only inside a product image/)).toBeTruthy();
  });

  it('is offered on a page whose list was read too, without the explanation', async () => {
    await fakeBackground(ingredientReport());
    render(<App search={`?tabId=${tabId}`} knowledge={extKnowledge} />);
    expect(await offer()).toBeTruthy();
    expect(screen.queryByText(/only inside a product image/)).toBeNull();
  });

  it('pictures the tab when asked, and says what to do when the browser refuses', async () => {
    await fakeBackground(null);
    const capture = vi.fn(async () => {
      throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
    });
    fakeBrowser.tabs.captureVisibleTab = capture as never;
    render(<App search={`?tabId=${tabId}`} knowledge={extKnowledge} />);
    fireEvent.click(await offer());
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'ExoCheck may picture this tab only after you click its toolbar button on the page.',
    );
    expect(capture).toHaveBeenCalledTimes(1);
  });

  it('asks for the product page in front before picturing anything', async () => {
    await fakeBackground(null);
    await fakeBrowser.tabs.create({ url: 'https://other.example/', active: true });
    const capture = vi.fn();
    fakeBrowser.tabs.captureVisibleTab = capture as never;
    render(<App search={`?tabId=${tabId}`} knowledge={extKnowledge} />);
    fireEvent.click(await offer());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Bring the product page to the front, then try again.',
    );
    expect(capture).not.toHaveBeenCalled();
  });
});
