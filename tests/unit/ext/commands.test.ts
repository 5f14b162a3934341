import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { runCommand } from '../../../lib/background/commands';
import {
  manifestCommands,
  OPEN_POPUP,
  TAKEN_ALT_SHIFT_LETTERS,
  TOGGLE_SITE,
} from '../../../lib/commands';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../lib/settings';
import { fakeOnCommand, fakeOnPermissionsAdded } from './fake-event';

const tab = (url: string) => ({ id: 1, url }) as Browser.tabs.Tab;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the toggle-site shortcut', () => {
  it('turns the current site off, then on again, through the settings', async () => {
    const page = tab('https://www.sephora.com/product/x-P1');
    expect(await runCommand(TOGGLE_SITE, page)).toEqual({ host: 'sephora.com', enabled: false });
    expect((await loadSettings()).disabledSites).toEqual(['sephora.com']);
    expect(await runCommand(TOGGLE_SITE, page)).toEqual({ host: 'sephora.com', enabled: true });
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('turning on lifts the parent domain that turned the site off', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    expect(await runCommand(TOGGLE_SITE, tab('https://shop.example.com/p'))).toEqual({
      host: 'shop.example.com',
      enabled: true,
    });
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('uses the active tab when the browser passes none', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true })) as Browser.windows.Window;
    await fakeBrowser.tabs.create({
      url: 'https://shop.example/p/1',
      windowId: win.id,
      active: true,
    });
    expect(await runCommand(TOGGLE_SITE)).toEqual({ host: 'shop.example', enabled: false });
  });

  it('leaves browser pages, ExoCheck switched off everywhere and other commands alone', async () => {
    expect(await runCommand(TOGGLE_SITE, tab('chrome://extensions/'))).toEqual({
      skipped: 'no-site',
    });
    expect(await runCommand('something-else', tab('https://shop.example/'))).toEqual({
      skipped: 'unknown-command',
    });
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(await runCommand(TOGGLE_SITE, tab('https://shop.example/'))).toEqual({
      skipped: 'off-everywhere',
    });
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('is wired to commands.onCommand by the background', async () => {
    const onCommand = fakeOnCommand();
    fakeOnPermissionsAdded();
    fakeBrowser.action.setIcon = vi.fn(async () => {}) as never;
    background.main();
    await onCommand.trigger(TOGGLE_SITE, tab('https://www.cultbeauty.co.uk/p/a/1/'));
    await vi.waitFor(async () =>
      expect((await loadSettings()).disabledSites).toEqual(['cultbeauty.co.uk']),
    );
  });
});

describe('manifest commands', () => {
  it('suggests a key for the popup and for the site toggle, each with Alt+Shift', () => {
    const commands = manifestCommands();
    expect(Object.keys(commands).sort()).toEqual([OPEN_POPUP, TOGGLE_SITE].sort());
    const keys = Object.values(commands).map((c) => c.suggested_key.default);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatch(/^Alt\+Shift\+[A-Z]$/);
      expect(TAKEN_ALT_SHIFT_LETTERS).not.toContain(key.slice(-1));
    }
  });
});
