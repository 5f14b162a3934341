import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import type { PageReport } from '../../../lib/report';
import { fakeOnCommand, fakeOnPermissionsAdded } from './fake-event';
import { ingredientReport } from './report-fixtures';

/** The entrypoint's wiring: listeners registered, replies sent through sendResponse. */

function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve).then((returns) => {
      // The listener keeps the channel open for its async reply.
      expect(returns).toContain(true);
    });
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.action.setIcon = vi.fn(async () => {}) as never;
  fakeOnCommand();
  fakeOnPermissionsAdded();
});

describe('background entrypoint', () => {
  it('answers a report and a get-report, and clears the tab on navigation', async () => {
    background.main();
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/p/1' });
    const tabId = tab.id as number;
    const fromPage = { id: fakeBrowser.runtime.id, tab, frameId: 0, url: tab.url };
    const fromPopup = {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/popup.html'),
    };

    expect(await send({ type: 'report', report: ingredientReport() }, fromPage)).toEqual({
      ok: true,
    });
    const stored = (await send({ type: 'get-report', tabId }, fromPopup)) as PageReport;
    expect(stored.exosome.verdict).toBe('ingredient');
    // Enriched from the shipped CosIng dictionary.
    const water = stored.ingredientLists[0]?.ingredients.find((i) => i.text === 'Water');
    expect(water?.functions).toContain('solvent');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('2');

    await fakeBrowser.tabs.update(tabId, { url: 'https://shop.example/p/2' });
    await vi.waitFor(async () =>
      expect(await send({ type: 'get-report', tabId }, fromPopup)).toBeNull(),
    );
  });

  it('replies undefined to a message with no sender id', async () => {
    background.main();
    expect(await send({ type: 'get-report', tabId: 1 }, {})).toBeUndefined();
  });
});
