import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../../components/popup/PopupView';
import { siteStateFor } from '../../../components/popup/site-state';
import { KnowledgeProvider } from '../../../components/shared/KnowledgeContext';
import { DEFAULT_SETTINGS, type Settings, withSiteEnabled } from '../../../lib/settings';
import { extKnowledge } from './ext-knowledge';

afterEach(cleanup);

function show(
  url: string,
  settings: Settings = DEFAULT_SETTINGS,
  more: Partial<PopupViewProps> = {},
) {
  const onSiteToggle = vi.fn();
  const onScan = vi.fn();
  render(
    <KnowledgeProvider value={{ knowledge: extKnowledge, region: { region: 'eu', via: 'locale' } }}>
      <PopupView
        loading={false}
        report={null}
        site={siteStateFor(url, settings)}
        scan={{ phase: 'idle' }}
        onScan={onScan}
        onSiteToggle={onSiteToggle}
        {...more}
      />
    </KnowledgeProvider>,
  );
  return { onSiteToggle, onScan };
}

const turnButtons = () => screen.queryAllByRole('button', { name: /^Turn (on|off) for/ });

describe('the popup site switch', () => {
  it('a site ExoCheck does not run on by itself gets "Scan this page", nothing to turn off', () => {
    const { onScan } = show('https://shop.example/products/serum');
    expect(turnButtons()).toEqual([]);
    expect(screen.queryByText(/ExoCheck is off/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page' }));
    expect(onScan).toHaveBeenCalled();
  });

  it('a supported shop offers "Turn off for <host>"', () => {
    const { onSiteToggle } = show('https://www.spacenk.com/uk/some-serum-MUK200000000.html');
    fireEvent.click(screen.getByRole('button', { name: 'Turn off for spacenk.com' }));
    expect(onSiteToggle).toHaveBeenCalledWith(false);
  });

  it('a shop unticked in the options does not run by itself: no "Turn off" either', () => {
    show('https://www.spacenk.com/uk/x-MUK1.html', {
      ...DEFAULT_SETTINGS,
      disabledRetailers: ['spacenk'],
    });
    expect(turnButtons()).toEqual([]);
  });

  it('a site turned off (by the shortcut or the options) says so and offers "Turn on", supported or not', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'shop.example', false);
    const { onSiteToggle } = show('https://shop.example/p/1', off);
    expect(screen.getByRole('note').textContent).toBe('ExoCheck is off for shop.example.');
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for shop.example' }));
    expect(onSiteToggle).toHaveBeenCalledWith(true);
  });

  it('off everywhere: points to the options, no per-site switch', () => {
    show('https://www.sephora.com/product/x', { ...DEFAULT_SETTINGS, enabled: false });
    expect(screen.getByRole('note').textContent).toMatch(/switched off everywhere/);
    expect(turnButtons()).toEqual([]);
  });
});

describe('siteStateFor', () => {
  it('knows which sites ExoCheck runs on by itself, by host', () => {
    const at = (url: string) => siteStateFor(url, DEFAULT_SETTINGS);
    expect(at('https://www.sephora.com/')).toMatchObject({ host: 'sephora.com', automatic: true });
    expect(at('https://global.oliveyoung.com/x')?.automatic).toBe(true);
    expect(at('https://sokoglam.com/products/a')?.automatic).toBe(true);
    // A Shopify store on its own domain is recognised by page structure, scanned on request.
    expect(at('https://shop.example/products/a')).toMatchObject({
      host: 'shop.example',
      automatic: false,
      enabled: true,
    });
  });

  it('has no site for browser pages, files and unparsable addresses', () => {
    for (const url of ['chrome://extensions/', 'file:///tmp/a.html', 'not a url', undefined]) {
      expect(siteStateFor(url, DEFAULT_SETTINGS)).toBeNull();
    }
  });
});

describe('withSiteEnabled', () => {
  it('adds the normalised host once, and turning on lifts a parent domain too', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'WWW.Shop.Example', false);
    expect(off.disabledSites).toEqual(['shop.example']);
    expect(withSiteEnabled(off, 'shop.example', false)).toBe(off);
    const parent = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'other.example'] };
    expect(withSiteEnabled(parent, 'shop.example.com', true).disabledSites).toEqual([
      'other.example',
    ]);
  });
});
