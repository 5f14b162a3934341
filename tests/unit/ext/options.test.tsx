import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostFromInput } from '../../../components/options/OptionsForm';
import { App } from '../../../entrypoints/options/App';
import { ADAPTERS, shopList } from '../../../lib/retailers/registry';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../../lib/settings';
import { extKnowledge } from './ext-knowledge';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

async function open() {
  render(<App knowledge={extKnowledge} />);
  return screen.findByRole('checkbox', { name: 'ExoCheck is on' });
}

describe('options page', () => {
  it('labels every setting and saves a change at once', async () => {
    const enabled = await open();
    fireEvent.click(enabled);
    await waitFor(async () => expect((await loadSettings()).enabled).toBe(false));
    expect(await screen.findByText('Saved.')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Exosome claims in the product text' }));
    await waitFor(async () => expect((await loadSettings()).kinds.claim).toBe(false));
    // The other kinds are untouched.
    expect((await loadSettings()).kinds.exosome).toBe(true);
    // The kinds in the popup's and tooltips' words: "other actives", never "confounders".
    fireEvent.click(screen.getByRole('checkbox', { name: /^Other actives that may explain/ }));
    await waitFor(async () => expect((await loadSettings()).kinds.confounder).toBe(false));
    expect(screen.queryByText(/confounder/i)).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: /Log to the browser console/ }));
    await waitFor(async () => expect((await loadSettings()).debug).toBe(true));
  });

  it('shows what the automatic region resolves to, and stores a chosen region', async () => {
    await open();
    const select = screen.getByLabelText(
      'Show the rules of this region first',
    ) as HTMLSelectElement;
    const auto = within(select).getByRole('option', { name: /^Automatic/ });
    // happy-dom's navigator.language is en-US, which the fixture maps to the United States.
    expect(auto.textContent).toMatch(/United States/);
    fireEvent.change(select, { target: { value: 'kr' } });
    await waitFor(async () => expect((await loadSettings()).region).toBe('kr'));
  });

  it('lists switched-off sites with remove buttons, and adds new ones', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['b.example']));

    const input = screen.getByLabelText('Add a site');
    fireEvent.change(input, { target: { value: 'https://WWW.Shop.Example/p/1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () =>
      expect((await loadSettings()).disabledSites).toEqual(['b.example', 'shop.example']),
    );
    expect(screen.getByRole('button', { name: 'Remove shop.example' })).toBeTruthy();
  });

  it('refuses an address that is not a host name', async () => {
    await open();
    fireEvent.change(screen.getByLabelText('Add a site'), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText(/Enter a site address/)).toBeTruthy();
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('switches a supported shop off: shown by name, stored by id', async () => {
    await open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cult Beauty' }));
    await waitFor(async () =>
      expect((await loadSettings()).disabledRetailers).toEqual(['cultbeauty']),
    );
  });

  it('lists the shops by display name, in name order, never by internal id', async () => {
    await open();
    const group = screen.getByRole('group', { name: 'Supported shops' });
    const names = within(group)
      .getAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(names).toEqual(shopList().map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['Cult Beauty', 'Space NK', 'YesStyle']));
    expect(names.some((n) => n.startsWith('Olive Young'))).toBe(true);
    const ids = new Set(ADAPTERS.map((a) => a.id));
    expect(names.filter((n) => ids.has(n))).toEqual([]);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(names).toEqual(sorted);
  });

  it('follows changes made elsewhere (the popup)', async () => {
    await open();
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['elsewhere.example'] });
    expect(await screen.findByRole('button', { name: 'Remove elsewhere.example' })).toBeTruthy();
  });
});

describe('hostFromInput', () => {
  it('accepts hosts and URLs, normalised, and rejects the rest', () => {
    expect(hostFromInput('shop.example.com')).toBe('shop.example.com');
    expect(hostFromInput(' https://www.Example.com/x?y ')).toBe('example.com');
    expect(hostFromInput('localhost')).toBe('localhost');
    expect(hostFromInput('')).toBeNull();
    expect(hostFromInput('hello world')).toBeNull();
    expect(hostFromInput('nodot')).toBeNull();
  });
});
