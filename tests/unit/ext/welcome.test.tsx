import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRIVACY_LINE } from '../../../components/popup/PopupFooter';
import { changeKeysHint } from '../../../components/welcome/WelcomeView';
import { App } from '../../../entrypoints/welcome/App';
import { ADAPTERS } from '../../../lib/retailers/registry';

function commands(getAll: () => Promise<unknown>) {
  Object.assign(fakeBrowser.commands, { getAll: vi.fn(getAll) });
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('welcome page', () => {
  it('says what ExoCheck does, where it runs by itself, how to scan elsewhere, and privacy', async () => {
    commands(async () => [
      { name: '_execute_action', shortcut: 'Alt+Shift+O' },
      { name: 'toggle-site', shortcut: 'Alt+Shift+E' },
    ]);
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to ExoCheck' })).toBeTruthy();
    expect(screen.getByText(/marks exosome-type ingredients and exosome claims/)).toBeTruthy();

    const shops = within(screen.getByRole('list', { name: 'Supported shops' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(shops).toEqual(expect.arrayContaining(['Cult Beauty', 'Space NK', 'Sephora']));
    // Shops by name, only those read by themselves (Shopify stores are scanned on request).
    expect(shops).toHaveLength(ADAPTERS.filter((a) => a.hosts.length > 0).length);
    expect(shops).not.toContain('Shopify stores');
    expect(shops.filter((s) => ADAPTERS.some((a) => a.id === s))).toEqual([]);

    expect(screen.getByText('Scan this page').tagName).toBe('STRONG');
    const keys = await screen.findAllByText(/^Alt\+Shift\+[EO]$/);
    expect(keys.map((k) => k.tagName)).toEqual(['KBD', 'KBD']);
    expect(screen.getByText(/^To change the keys: /).textContent).toMatch(
      /(chrome:\/\/extensions\/shortcuts|about:addons)/,
    );
    expect(screen.getByText(PRIVACY_LINE)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the options' })).toBeTruthy();
  });

  it('shows the keys the user set, and says so when one has none', async () => {
    commands(async () => [
      { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
      { name: 'toggle-site', shortcut: '' },
    ]);
    render(<App />);
    expect(await screen.findByText('Ctrl+Shift+Y')).toBeTruthy();
    expect(screen.getByText('(no key set)')).toBeTruthy();
    expect(screen.queryByText('Alt+Shift+E')).toBeNull();
  });

  it('names where each browser changes the keys', () => {
    expect(changeKeysHint(false)).toBe('chrome://extensions/shortcuts.');
    expect(changeKeysHint(true)).toMatch(/^about:addons.*Manage Extension Shortcuts/);
  });

  it('falls back to the suggested keys when the browser cannot list them', async () => {
    commands(() => Promise.reject(new Error('no commands API')));
    render(<App />);
    await vi.waitFor(() => expect(fakeBrowser.commands.getAll).toHaveBeenCalled());
    expect(screen.getByText('Alt+Shift+O').tagName).toBe('KBD');
    expect(screen.getByText('Alt+Shift+E').tagName).toBe('KBD');
  });
});
