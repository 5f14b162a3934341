import { PRIVACY_LINE } from '../popup/PopupFooter';

export interface WelcomeProps {
  /** Display names of the shops ExoCheck reads by itself. */
  shops: readonly string[];
  /** The keys now set for each shortcut; "" when none is (another extension took it). */
  keys: { openPopup: string; toggleSite: string };
  /** Where this browser lets the user change the keys. */
  changeKeys: string;
  onOpenOptions?: () => void;
}

/** The first-run page: what ExoCheck does, where it runs, how to use it elsewhere, privacy. */
export function WelcomeView({ shops, keys, changeKeys, onOpenOptions }: WelcomeProps) {
  return (
    <main className="welcome-page">
      <h1>Welcome to ExoCheck</h1>
      <p className="lead">
        ExoCheck explains “exosome” skincare on the product page you are reading. It finds the
        ingredient list, marks exosome-type ingredients and exosome claims, and tells you what they
        are made from, whether they are allowed where you live, and what the evidence says.
      </p>

      <h2>Where it works by itself</h2>
      <p>On product pages of these shops, the marks appear without a click:</p>
      <ul className="shop-list" aria-label="Supported shops">
        {shops.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>

      <h2>Anywhere else</h2>
      <p>
        Click the ExoCheck button in the toolbar and choose <strong>Scan this page</strong>. (If you
        do not see the button, pin it from the extensions menu.)
      </p>
      <ul>
        <li>
          <Keys keys={keys.openPopup} /> opens the ExoCheck popup.
        </li>
        <li>
          <Keys keys={keys.toggleSite} /> turns ExoCheck on or off for the site you are on.
        </li>
      </ul>
      <p className="muted">To change the keys: {changeKeys}</p>

      <p className="privacy">{PRIVACY_LINE}</p>
      {onOpenOptions ? (
        <p>
          <button type="button" className="link-button" onClick={onOpenOptions}>
            Open the options
          </button>{' '}
          <span className="muted">(your region, what to mark, sites and shops to leave alone)</span>
        </p>
      ) : null}
    </main>
  );
}

/** Where each browser lets the user change an extension's keys. */
export function changeKeysHint(firefox: boolean): string {
  return firefox
    ? 'about:addons, the gear menu, Manage Extension Shortcuts.'
    : 'chrome://extensions/shortcuts.';
}

/** "Alt+Shift+X" as keys; a shortcut without keys says so instead of showing nothing. */
function Keys({ keys }: { keys: string }) {
  if (!keys) return <span className="muted">(no key set)</span>;
  return <kbd>{keys}</kbd>;
}
