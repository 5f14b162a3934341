import { browser } from 'wxt/browser';
import type { JurisdictionId } from './knowledge/schema';
import { FALLBACK_REGION } from './region-fallback';

// The content script imports this module and is compiled on every product page, so the checks
// below are plain `typeof` tests and storage is read directly: no schema library, no storage
// wrapper (each added code to parse and functions to compile in the page's start-up task).

export const REGION_SETTINGS = [
  'auto',
  'us',
  'eu',
  'uk',
  'kr',
  'cn',
  'jp',
  'tw',
  'ca',
  'au',
] as const;
export type RegionSetting = (typeof REGION_SETTINGS)[number];

export { FALLBACK_REGION };

export const MARK_KINDS = ['exosome', 'related', 'confounder', 'claim'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Settings {
  /** Global on/off. */
  enabled: boolean;
  /** Hostnames (normalised: lower case, no "www.") where ExoCheck is off, subdomains included. */
  disabledSites: string[];
  /** Which kinds of finding are marked in the page. */
  kinds: Record<MarkKind, boolean>;
  region: RegionSetting;
  tooltips: boolean;
  /** Log to the console when a retailer adapter matched nothing on a product page. */
  debug: boolean;
  /** Retailer adapter ids switched off by the user. */
  disabledRetailers: string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  disabledSites: [],
  kinds: { exosome: true, related: true, confounder: true, claim: true },
  region: 'auto',
  tooltips: true,
  debug: false,
  disabledRetailers: [],
}) as Settings;

const bool = (v: unknown): v is boolean => typeof v === 'boolean';
const region = (v: unknown): v is RegionSetting =>
  typeof v === 'string' && (REGION_SETTINGS as readonly string[]).includes(v);

/**
 * Reads settings from anything (stored data is untrusted: older versions, hand edits, other
 * code). Every field is parsed on its own and a bad one falls back to its default, so one
 * corrupted field never wipes the others. Lists keep their valid items and drop junk.
 */
export function parseSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const kinds = isRecord(r.kinds) ? r.kinds : {};
  const d = DEFAULT_SETTINGS;
  return {
    enabled: pick(bool, r.enabled, d.enabled),
    disabledSites: stringList(r.disabledSites, normalizeHost, MAX_SITES),
    kinds: {
      exosome: pick(bool, kinds.exosome, d.kinds.exosome),
      related: pick(bool, kinds.related, d.kinds.related),
      confounder: pick(bool, kinds.confounder, d.kinds.confounder),
      claim: pick(bool, kinds.claim, d.kinds.claim),
    },
    region: pick(region, r.region, d.region),
    tooltips: pick(bool, r.tooltips, d.tooltips),
    debug: pick(bool, r.debug, d.debug),
    disabledRetailers: stringList(r.disabledRetailers, (s) => s.trim(), MAX_RETAILERS),
  };
}

function pick<T>(valid: (v: unknown) => v is T, value: unknown, fallback: T): T {
  return valid(value) ? value : fallback;
}

/**
 * Stored lists are capped: a corrupted or runaway list (a sync bug, 30,000 sites) would
 * otherwise be parsed on every settings read and rendered whole by the options page. A person
 * curating sites by hand stays far below the cap; past it the rest is dropped.
 */
export const MAX_SITES = 1000;
const MAX_RETAILERS = 100;

/** Valid, cleaned, distinct strings, in order, at most `max`; linear in the input. */
function stringList(value: unknown, clean: (s: string) => string, max: number): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  for (const item of value) {
    if (seen.size >= max) break;
    if (typeof item !== 'string') continue;
    const s = clean(item);
    if (s) seen.add(s);
  }
  return [...seen];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "WWW.Example.com." → "example.com"; what the site list stores and compares. */
export function normalizeHost(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.+$/, '')
    .replace(/^www\./, '');
}

/** The normalised host of a web page's address; null for browser pages, files and junk. */
export function siteHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeHost(u.hostname) : null;
  } catch {
    return null;
  }
}

/** Off globally, or off for this host or a parent domain the user listed. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = normalizeHost(hostname);
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/**
 * The settings with ExoCheck on or off for one site. Turning on also lifts a parent domain's
 * entry ("example.com" covers "shop.example.com"), or the site would stay off. The popup's
 * switch and the keyboard shortcut both write through this (via setSiteEnabled).
 */
export function withSiteEnabled(settings: Settings, hostname: string, enable: boolean): Settings {
  const host = normalizeHost(hostname);
  const sites = settings.disabledSites;
  if (enable) {
    return {
      ...settings,
      disabledSites: sites.filter((d) => host !== d && !host.endsWith(`.${d}`)),
    };
  }
  return sites.includes(host) ? settings : { ...settings, disabledSites: [...sites, host] };
}

export function setSiteEnabled(hostname: string, enable: boolean): Promise<Settings> {
  return updateSettings((s) => withSiteEnabled(s, hostname, enable));
}

export function isRetailerEnabled(settings: Settings, retailerId: string): boolean {
  return !settings.disabledRetailers.includes(retailerId);
}

export interface RegionResolution {
  region: JurisdictionId;
  /** How it was chosen: the user's choice, the browser locale, or the fallback. */
  via: 'setting' | 'locale' | 'fallback';
}

/**
 * The jurisdiction to explain rules for. `knowledge` supplies the locale → jurisdiction map
 * (passed in rather than imported so the content script never loads the knowledge module).
 */
export function resolveRegion(
  settings: Settings,
  locale: string,
  knowledge: { jurisdictionForLocale(locale: string): { id: JurisdictionId } | null },
): RegionResolution {
  if (settings.region !== 'auto') return { region: settings.region, via: 'setting' };
  const j = knowledge.jurisdictionForLocale(locale);
  return j ? { region: j.id, via: 'locale' } : { region: FALLBACK_REGION, via: 'fallback' };
}

/**
 * Where settings live: one key in storage.local (the first shape; when a field changes shape,
 * read the old one in parseSettings, which repairs whatever an old version or a hand edit left).
 */
export const SETTINGS_KEY = 'exocheck-settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Read, change, write: for one-field edits from the options page and the popup. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      cb(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
