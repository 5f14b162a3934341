import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type Sender } from '../../../lib/background/controller';
import { checkReply, type RunOcr, runInOffscreen } from '../../../lib/background/ocr';
import { createReportStore } from '../../../lib/background/report-store';
import type { PageReport } from '../../../lib/report';
import { loadSettings } from '../../../lib/settings';
import { extKnowledge } from './ext-knowledge';
import { ingredientReport } from './report-fixtures';

const PAGE = 'https://brand.example/products/serum';
const IMAGE = 'data:image/png;base64,iVBORw0KGgo=';

function imageReport(): PageReport {
  const r = ingredientReport();
  return {
    ...r,
    url: PAGE,
    ingredientLists: r.ingredientLists.map((l) => ({
      ...l,
      source: 'image' as const,
      ingredients: l.ingredients.map((i) => ({ ...i, ocr: { confidence: 0.9 } })),
    })),
  };
}

const popupSender = (): Sender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
});

function setup(readImage?: RunOcr) {
  const store = createReportStore(fakeBrowser.storage.session);
  const bg = createBackground({
    store,
    knowledge: () => extKnowledge,
    dictionary: async () => null,
    settings: loadSettings,
    locale: () => 'en-US',
    ...(readImage ? { readImage } : {}),
  });
  return { bg, store };
}

let tabId: number;
beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.action.setIcon = vi.fn(async () => {}) as never;
  tabId = (await fakeBrowser.tabs.create({ url: PAGE })).id as number;
});

describe('the background reading an image for the popup', () => {
  it('reads it off the page, stores the report like any other and badges the tab', async () => {
    const readImage = vi.fn<RunOcr>(async () => ({ ok: true, report: imageReport() }));
    const { bg, store } = setup(readImage);
    const reply = await bg.handleMessage({ type: 'ocr-image', tabId, image: IMAGE }, popupSender());
    expect(reply).toEqual({ ok: true, report: imageReport() });
    expect(readImage).toHaveBeenCalledWith({ image: IMAGE, url: PAGE, title: null });
    expect((await store.get(tabId))?.ingredientLists[0]?.source).toBe('image');
    expect(await fakeBrowser.action.getBadgeText({ tabId })).not.toBe('');
  });

  it('says why when reading fails, and stores nothing', async () => {
    const { bg, store } = setup(async () => {
      throw new Error('wasm refused');
    });
    const reply = await bg.handleMessage({ type: 'ocr-image', tabId, image: IMAGE }, popupSender());
    expect(reply).toEqual({ ok: false, error: 'Error: wasm refused' });
    expect(await store.get(tabId)).toBeNull();
  });

  it('refuses what is not an image, and any request from a web page', async () => {
    const readImage = vi.fn<RunOcr>(async () => ({ ok: true, report: imageReport() }));
    const { bg } = setup(readImage);
    const bad = { type: 'ocr-image', tabId, image: 'javascript:alert(1)' };
    expect(await bg.handleMessage(bad, popupSender())).toBeUndefined();
    const fromPage: Sender = {
      id: fakeBrowser.runtime.id,
      tab: { id: tabId, url: PAGE } as Browser.tabs.Tab,
      frameId: 0,
      url: PAGE,
    };
    const msg = { type: 'ocr-image', tabId, image: IMAGE };
    expect(await bg.handleMessage(msg, fromPage)).toBeUndefined();
    expect(readImage).not.toHaveBeenCalled();
  });

  it('answers plainly when this build has no image reader', async () => {
    const { bg } = setup();
    const reply = await bg.handleMessage({ type: 'ocr-image', tabId, image: IMAGE }, popupSender());
    expect(reply).toEqual({ ok: false, error: 'Image reading is not available here.' });
  });
});

describe("Chrome's offscreen document", () => {
  it('is created once for reading in a worker and handed the image with its target', async () => {
    const createDocument = vi.fn(async () => {});
    Object.assign(fakeBrowser, { offscreen: { createDocument, Reason: { WORKERS: 'WORKERS' } } });
    const sent: unknown[] = [];
    fakeBrowser.runtime.sendMessage = vi.fn(async (m: unknown) => {
      sent.push(m);
      return { ok: true, report: imageReport() };
    }) as never;
    const msg = { image: IMAGE, url: PAGE, title: null };
    expect(await runInOffscreen(msg)).toEqual({ ok: true, report: imageReport() });
    await runInOffscreen(msg);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument.mock.calls[0]).toEqual([
      expect.objectContaining({ url: '/ocr.html', reasons: ['WORKERS'] }),
    ]);
    expect(sent[0]).toEqual({ type: 'ocr-run', target: 'exocheck-ocr', ...msg });
  });

  it("checks the document's reply against the report schema", () => {
    expect(checkReply({ ok: true, report: { url: 'x' } })).toEqual({
      ok: false,
      error: 'The image reader sent back a report that is not valid.',
    });
    expect(checkReply(undefined)).toEqual({ ok: false, error: 'No reply from the image reader.' });
    expect(checkReply({ ok: true, report: imageReport() })).toEqual({
      ok: true,
      report: imageReport(),
    });
  });
});
