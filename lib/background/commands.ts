import { type Browser, browser } from 'wxt/browser';
import { TOGGLE_SITE } from '../commands';
import { isSiteEnabled, loadSettings, setSiteEnabled, siteHost } from '../settings';

export type CommandResult =
  | { host: string; enabled: boolean }
  | { skipped: 'unknown-command' | 'no-site' | 'off-everywhere' };

/**
 * commands.onCommand. The toggle writes through setSiteEnabled, as the popup's switch does; the
 * content script and the badge follow the settings change on their own. The tab is the one the
 * shortcut was pressed in: pressing it grants activeTab on that tab, so its URL is visible
 * without the "tabs" permission. When ExoCheck is off everywhere the shortcut leaves it off
 * (turning one site "on" would change nothing); the options turn it back on.
 */
export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<CommandResult> {
  if (command !== TOGGLE_SITE) return { skipped: 'unknown-command' };
  const url = tab?.url ?? (await activeTabUrl());
  const host = siteHost(url);
  if (host === null) return { skipped: 'no-site' };
  const settings = await loadSettings();
  if (!settings.enabled) return { skipped: 'off-everywhere' };
  const enable = !isSiteEnabled(settings, host);
  await setSiteEnabled(host, enable);
  return { host, enabled: enable };
}

/** When the browser passes no tab with the command: the active one (also granted). */
async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  } catch {
    return undefined;
  }
}
