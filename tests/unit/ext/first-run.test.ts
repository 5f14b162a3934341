import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import {
  type FirstRunOptions,
  installRecord,
  onInstalled,
  shouldWelcome,
  WELCOME_PAGE,
} from '../../../lib/background/first-run';
import { fakeOnCommand, fakeOnPermissionsAdded } from './fake-event';

const WELCOME_URL = fakeBrowser.runtime.getURL(WELCOME_PAGE);
type Reason = Browser.runtime.InstalledDetails['reason'];

async function openTabs(): Promise<string[]> {
  // The fake browser starts with one blank tab.
  return (await fakeBrowser.tabs.query({})).flatMap((t) => (t.url ? [t.url] : []));
}

function options(installType: string | null, more: Partial<FirstRunOptions> = {}) {
  return {
    devServer: false,
    welcomeDevInstalls: false,
    installType: async () => installType,
    ...more,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.getManifest = (() => ({ version: '0.2.0' })) as never;
});

describe('shouldWelcome', () => {
  const base = { devServer: false, welcomeDevInstalls: false };
  it.each<[Reason, string | null, Partial<typeof base>, boolean]>([
    ['install', 'normal', {}, true],
    ['install', null, {}, true], // the browser cannot say: welcome rather than stay silent
    ['install', 'development', {}, false],
    ['install', 'development', { welcomeDevInstalls: true }, true],
    ['install', 'normal', { devServer: true }, false],
    ['install', 'development', { devServer: true, welcomeDevInstalls: true }, false],
    ['update', 'normal', {}, false],
    ['update', 'development', { welcomeDevInstalls: true }, false],
    ['chrome_update', 'normal', {}, false],
    ['shared_module_update', 'normal', {}, false],
  ])('%s, %s install, %j → %s', (reason, type, opts, expected) => {
    expect(shouldWelcome(reason, type, { ...base, ...opts })).toBe(expected);
  });
});

describe('onInstalled', () => {
  it('opens the welcome page once on a normal install and records it', async () => {
    const record = await onInstalled({ reason: 'install' }, options('normal'));
    expect(await openTabs()).toEqual([WELCOME_URL]);
    expect(record).toEqual({ reason: 'install', version: '0.2.0', welcomed: true });
    expect(await installRecord.getValue()).toEqual(record);
  });

  it('never opens it on an update, recording the versions', async () => {
    const record = await onInstalled(
      { reason: 'update', previousVersion: '0.1.0' },
      options('normal'),
    );
    expect(await openTabs()).toEqual([]);
    expect(record).toEqual({
      reason: 'update',
      version: '0.2.0',
      previousVersion: '0.1.0',
      welcomed: false,
    });
  });

  it('skips development installs, and the dev server always', async () => {
    await onInstalled({ reason: 'install' }, options('development'));
    await onInstalled({ reason: 'install' }, options('normal', { devServer: true }));
    expect(await openTabs()).toEqual([]);
    expect((await installRecord.getValue())?.welcomed).toBe(false);
  });

  it('does not throw when the install type or the tab cannot be had', async () => {
    fakeBrowser.tabs.create = vi.fn(async () => {
      throw new Error('no window');
    }) as never;
    const record = await onInstalled(
      { reason: 'install' },
      { ...options(null), installType: () => Promise.reject(new Error('no API')) },
    );
    expect(record.welcomed).toBe(false);
  });
});

describe('background entrypoint: runtime.onInstalled', () => {
  beforeEach(() => {
    fakeBrowser.action.setIcon = vi.fn(async () => {}) as never;
    fakeOnCommand();
    fakeOnPermissionsAdded();
  });

  // WXT defines import.meta.env.COMMAND at transform time, and Vitest runs as its dev server
  // ("serve"), which never welcomes: here the wiring is checked, the opening by onInstalled
  // above and, in a real build, by tests/e2e/first-run.mjs.
  it('hands install and update events to onInstalled, which records them', async () => {
    fakeBrowser.management.getSelf = vi.fn(async () => ({ installType: 'normal' })) as never;
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () =>
      expect(await installRecord.getValue()).toEqual({
        reason: 'install',
        version: '0.2.0',
        welcomed: false,
      }),
    );
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await vi.waitFor(async () =>
      expect((await installRecord.getValue())?.previousVersion).toBe('0.1.0'),
    );
    expect(await openTabs()).toEqual([]);
  });
});
