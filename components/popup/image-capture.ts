import { browser } from 'wxt/browser';
import { parseReportReply } from '@/lib/messaging/schemas';
import type { OcrImageMessage, OcrReply } from '@/lib/ocr/messages';
import type { Region } from '@/lib/ocr/region';

/**
 * The popup side of the image reading: the visible part of the tab (the toolbar click's
 * activeTab grant allows it; no host permission, no request, the image is not downloaded
 * again), the region cut out as a PNG, and the background's reply.
 */
export interface Capture {
  /** Decoded for drawing: the popup shows pictures on a canvas, since the extension CSP
   * (img-src 'self') lets no data: or blob: image load. */
  bitmap: ImageBitmap;
  width: number;
  height: number;
}

export interface Crop {
  /** Sent to the background (messages carry strings, not blobs, in every browser). */
  dataUrl: string;
  bitmap: ImageBitmap;
}

export async function captureTab(tabId: number): Promise<Capture> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) throw new Error('Bring the product page to the front, then try again.');
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  const bitmap = await createImageBitmap(await (await fetchless(dataUrl)).blob());
  return { bitmap, width: bitmap.width, height: bitmap.height };
}

/** The region of a capture as a PNG data URL, pixel for pixel (no scaling). */
export async function cropToPng(capture: Capture, r: Region): Promise<Crop> {
  const canvas = new OffscreenCanvas(r.width, r.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas in this browser.');
  ctx.drawImage(capture.bitmap, r.x, r.y, r.width, r.height, 0, 0, r.width, r.height);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  const [dataUrl, bitmap] = await Promise.all([dataUrlOf(blob), createImageBitmap(blob)]);
  return { dataUrl, bitmap };
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export async function readRegion(tabId: number, image: string): Promise<OcrReply> {
  const message: OcrImageMessage = { type: 'ocr-image', tabId, image };
  const raw = (await browser.runtime.sendMessage(message)) as
    | { ok?: unknown; report?: unknown; error?: unknown }
    | undefined;
  if (raw?.ok === true) {
    const report = parseReportReply(raw.report);
    if (report) return { ok: true, report };
  }
  return {
    ok: false,
    error: typeof raw?.error === 'string' ? raw.error : 'No reply from the image reader.',
  };
}

/** A data URL as a Response, decoded here rather than fetched (no request of any kind). */
async function fetchless(dataUrl: string): Promise<Response> {
  const comma = dataUrl.indexOf(',');
  const bin = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Response(new Blob([bytes], { type: 'image/png' }));
}
