import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noListKey, reportKey } from '../../../lib/stored-result';

/**
 * Values per tab kept where the background keeps them, `storage.session` under the
 * background's keys: the popup reads them there, not from the worker. A Map, so a test can
 * add one later (a page read after the popup opened) or forget them.
 */
class StoredPerTab<T> extends Map<number, T> {
  private readonly keyOf: (tabId: number) => string;

  constructor(keyOf: (tabId: number) => string, entries: Iterable<[number, T]> = []) {
    super();
    this.keyOf = keyOf;
    for (const [tabId, value] of entries) this.set(tabId, value);
  }

  override set(tabId: number, value: T): this {
    super.set(tabId, value);
    void fakeBrowser.storage.session.set({ [this.keyOf(tabId)]: value });
    return this;
  }

  override delete(tabId: number): boolean {
    void fakeBrowser.storage.session.remove(this.keyOf(tabId));
    return super.delete(tabId);
  }

  override clear(): void {
    for (const tabId of this.keys()) void fakeBrowser.storage.session.remove(this.keyOf(tabId));
    super.clear();
  }
}

/** Tabs' reports in session storage. */
export const storedReports = <T = unknown>(entries?: Iterable<[number, T]>) =>
  new StoredPerTab<T>(reportKey, entries);

/** Tabs whose page was read and holds no list, in session storage. */
export const storedNoLists = (entries?: Iterable<[number, { url: string; retailer: string }]>) =>
  new StoredPerTab(noListKey, entries);
