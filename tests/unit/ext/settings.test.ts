import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JurisdictionId } from '../../../lib/knowledge/schema';
import {
  DEFAULT_SETTINGS,
  isRetailerEnabled,
  isSiteEnabled,
  loadSettings,
  MAX_SITES,
  normalizeHost,
  parseSettings,
  REGION_SETTINGS,
  resolveRegion,
  type Settings,
  saveSettings,
  updateSettings,
} from '../../../lib/settings';

const custom: Settings = {
  enabled: false,
  disabledSites: ['example.com'],
  kinds: { exosome: true, related: false, confounder: false, claim: true },
  region: 'kr',
  tooltips: false,
  debug: true,
  disabledRetailers: ['sephora'],
};

describe('parseSettings', () => {
  it('returns the defaults for null, undefined, numbers, strings and arrays', () => {
    for (const raw of [null, undefined, 42, 'settings', [1, 2, 3], true]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps a fully valid object as it is', () => {
    expect(parseSettings(custom)).toEqual(custom);
  });

  it('replaces only the field with the wrong type', () => {
    const parsed = parseSettings({ ...custom, enabled: 'yes', region: 'mars' });
    expect(parsed.enabled).toBe(DEFAULT_SETTINGS.enabled);
    expect(parsed.region).toBe('auto');
    // The other fields survive.
    expect(parsed.debug).toBe(true);
    expect(parsed.tooltips).toBe(false);
    expect(parsed.disabledSites).toEqual(['example.com']);
    expect(parsed.kinds.related).toBe(false);
  });

  it('fills in missing fields and missing kinds from the defaults', () => {
    const parsed = parseSettings({ debug: true, kinds: { related: false } });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      debug: true,
      kinds: { ...DEFAULT_SETTINGS.kinds, related: false },
    });
  });

  it('drops extra fields', () => {
    const parsed = parseSettings({ ...custom, evil: '<script>', kinds: { ...custom.kinds, x: 1 } });
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(Object.keys(parsed.kinds).sort()).toEqual(['claim', 'confounder', 'exosome', 'related']);
  });

  it('keeps the valid strings of a list of junk, normalised and without duplicates', () => {
    const parsed = parseSettings({
      disabledSites: [null, 3, { host: 'a.com' }, 'WWW.Shop.Example.', 'shop.example', '', '  '],
      disabledRetailers: [['x'], 'olive-young', false, 'olive-young'],
    });
    expect(parsed.disabledSites).toEqual(['shop.example']);
    expect(parsed.disabledRetailers).toEqual(['olive-young']);
  });

  it('treats a non-array list and a non-object kinds as missing', () => {
    const parsed = parseSettings({ disabledSites: 'example.com', kinds: ['exosome'] });
    expect(parsed.disabledSites).toEqual([]);
    expect(parsed.kinds).toEqual(DEFAULT_SETTINGS.kinds);
  });

  it('never returns the shared default objects', () => {
    const parsed = parseSettings(null);
    parsed.disabledSites.push('x.com');
    parsed.kinds.claim = false;
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.kinds.claim).toBe(true);
  });
});

describe('isSiteEnabled', () => {
  const s = parseSettings({ disabledSites: ['example.com'] });

  it('is off on a listed site, its www. form and its subdomains', () => {
    expect(isSiteEnabled(s, 'example.com')).toBe(false);
    expect(isSiteEnabled(s, 'WWW.example.com')).toBe(false);
    expect(isSiteEnabled(s, 'shop.example.com')).toBe(false);
  });

  it('is on elsewhere, including look-alike hosts', () => {
    expect(isSiteEnabled(s, 'notexample.com')).toBe(true);
    expect(isSiteEnabled(s, 'example.com.evil.org')).toBe(true);
  });

  it('is off everywhere when disabled globally', () => {
    expect(isSiteEnabled({ ...s, enabled: false }, 'other.org')).toBe(false);
  });

  it('normalises hosts the same way the list does', () => {
    expect(normalizeHost(' WWW.Example.COM. ')).toBe('example.com');
  });
});

describe('isRetailerEnabled', () => {
  it('is off only for listed retailers', () => {
    const s = parseSettings({ disabledRetailers: ['sephora'] });
    expect(isRetailerEnabled(s, 'sephora')).toBe(false);
    expect(isRetailerEnabled(s, 'notino')).toBe(true);
  });
});

describe('runaway lists', () => {
  it('keeps at most MAX_SITES distinct sites from a corrupted 30,000-entry list, in order', () => {
    const raw = Array.from({ length: 30_000 }, (_, i) => `site-${i % 20_000}.example`);
    const parsed = parseSettings({ disabledSites: raw });
    expect(parsed.disabledSites).toHaveLength(MAX_SITES);
    expect(parsed.disabledSites[0]).toBe('site-0.example');
    expect(new Set(parsed.disabledSites).size).toBe(MAX_SITES);
  });
});

describe('REGION_SETTINGS', () => {
  it('offers "auto" and every jurisdiction the knowledge module rules on (Taiwan included)', () => {
    expect([...REGION_SETTINGS].sort()).toEqual(['auto', ...JurisdictionId.options].sort());
  });

  it('keeps a stored Taiwan choice', () => {
    expect(parseSettings({ ...custom, region: 'tw' }).region).toBe('tw');
  });
});

describe('resolveRegion', () => {
  const knowledge = {
    jurisdictionForLocale: (locale: string) =>
      locale.endsWith('-DE') ? { id: 'eu' as const } : null,
  };

  it('uses an explicit setting whatever the locale', () => {
    const s = parseSettings({ region: 'jp' });
    expect(resolveRegion(s, 'de-DE', knowledge)).toEqual({ region: 'jp', via: 'setting' });
  });

  it('maps the locale when the setting is auto', () => {
    expect(resolveRegion(DEFAULT_SETTINGS, 'de-DE', knowledge)).toEqual({
      region: 'eu',
      via: 'locale',
    });
  });

  it('falls back to us when the locale maps to nothing', () => {
    expect(resolveRegion(DEFAULT_SETTINGS, 'fr', knowledge)).toEqual({
      region: 'us',
      via: 'fallback',
    });
  });
});

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a corrupted stored value field by field', async () => {
    await fakeBrowser.storage.local.set({
      'exocheck-settings': { enabled: 'no', debug: true, disabledSites: [7, 'a.org'] },
    });
    const s = await loadSettings();
    expect(s.enabled).toBe(true);
    expect(s.debug).toBe(true);
    expect(s.disabledSites).toEqual(['a.org']);
  });

  it('saves and updates through the storage item', async () => {
    await saveSettings(custom);
    expect(await loadSettings()).toEqual(custom);
    await updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'B.com'] }));
    const raw = await fakeBrowser.storage.local.get('exocheck-settings');
    expect((raw['exocheck-settings'] as Settings).disabledSites).toEqual(['example.com', 'b.com']);
  });
});
