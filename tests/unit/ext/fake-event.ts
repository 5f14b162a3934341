import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * A browser event that records its listeners, for APIs the fake browser leaves unmocked
 * (commands.onCommand throws on addListener there).
 */
export function fakeEvent<A extends unknown[]>() {
  const listeners: Array<(...args: A) => unknown> = [];
  return {
    addListener: (fn: (...args: A) => unknown) => void listeners.push(fn),
    removeListener: (fn: (...args: A) => unknown) => {
      const i = listeners.indexOf(fn);
      if (i >= 0) listeners.splice(i, 1);
    },
    hasListener: (fn: (...args: A) => unknown) => listeners.includes(fn),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: A) => Promise.all(listeners.map((fn) => fn(...args))),
  };
}

/** Puts a recording commands.onCommand into the fake browser (read-only in its types). */
export function fakeOnCommand() {
  const onCommand = fakeEvent<[string, Browser.tabs.Tab?]>();
  Object.assign(fakeBrowser.commands, { onCommand });
  return onCommand;
}

/** Puts a recording permissions.onAdded into the fake browser (unmocked there too). */
export function fakeOnPermissionsAdded() {
  const onAdded = fakeEvent<[Browser.permissions.Permissions]>();
  Object.assign(fakeBrowser.permissions, { onAdded });
  return onAdded;
}
