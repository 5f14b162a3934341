import { type Browser, browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** The welcome page (entrypoints/welcome/), opened once on a real install. */
export const WELCOME_PAGE = '/welcome.html';

/**
 * `wxt build --mode first-run-e2e` (into .output/chrome-mv3-first-run-e2e): the build the
 * first-run e2e loads. Chromium reports every unpacked extension as a development install, so
 * only this build opens the page on one; the mode is a build-time constant, so no other build
 * carries the exception.
 */
export const FIRST_RUN_E2E_MODE = 'first-run-e2e';

export interface FirstRunOptions {
  /** Built by `wxt dev` (`import.meta.env.COMMAND === 'serve'`): never welcome. */
  devServer: boolean;
  /** Welcome development installs too (the first-run e2e build only). */
  welcomeDevInstalls: boolean;
  /** How the browser installed ExoCheck ('normal', 'development', …); null if it cannot say. */
  installType(): Promise<string | null>;
}

/**
 * Welcome on a first install only: never on an update, a browser update or a shared-module
 * update, and never for a developer (the dev server, or an unpacked / temporary add-on).
 */
export function shouldWelcome(
  reason: Browser.runtime.InstalledDetails['reason'],
  installType: string | null,
  options: Pick<FirstRunOptions, 'devServer' | 'welcomeDevInstalls'>,
): boolean {
  if (reason !== 'install' || options.devServer) return false;
  return installType !== 'development' || options.welcomeDevInstalls;
}

/** The last install or update event, kept so a later version can tell the two apart. */
export interface InstallRecord {
  reason: Browser.runtime.InstalledDetails['reason'];
  version: string;
  previousVersion?: string;
  welcomed: boolean;
}

export const installRecord = storage.defineItem<InstallRecord | null>('local:exocheck-install', {
  fallback: null,
});

/** runtime.onInstalled: opens the welcome page when shouldWelcome says so; never throws. */
export async function onInstalled(
  details: Browser.runtime.InstalledDetails,
  options: FirstRunOptions,
): Promise<InstallRecord> {
  let welcomed = false;
  if (details.reason === 'install') {
    const type = await options.installType().catch(() => null);
    if (shouldWelcome(details.reason, type, options)) {
      welcomed = await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).then(
        () => true,
        () => false,
      );
    }
  }
  const record: InstallRecord = {
    reason: details.reason,
    version: manifestVersion(),
    ...(details.previousVersion ? { previousVersion: details.previousVersion } : {}),
    welcomed,
  };
  await installRecord.setValue(record).catch(() => undefined);
  return record;
}

function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/**
 * management.getSelf needs no "management" permission: it describes the extension itself only
 * (MDN says so for Firefox; Chromium 156 answers it with only storage, activeTab, scripting).
 */
export async function browserInstallType(): Promise<string | null> {
  try {
    return (await browser.management.getSelf()).installType;
  } catch {
    return null;
  }
}
