import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { changeKeysHint, WelcomeView } from '@/components/welcome/WelcomeView';
import { OPEN_POPUP, SUGGESTED_KEYS, TOGGLE_SITE } from '@/lib/commands';
import { shopList } from '@/lib/retailers/registry';

type Keys = { openPopup: string; toggleSite: string };
const SUGGESTED: Keys = {
  openPopup: SUGGESTED_KEYS[OPEN_POPUP],
  toggleSite: SUGGESTED_KEYS[TOGGLE_SITE],
};

/** Wires the welcome page to the browser: the keys really set (the user may have changed them). */
export function App() {
  const shops = useMemo(
    () =>
      shopList()
        .filter((s) => s.automatic)
        .map((s) => s.name),
    [],
  );
  const [keys, setKeys] = useState<Keys>(SUGGESTED);
  useEffect(() => {
    let live = true;
    browser.commands
      .getAll()
      .then((all) => {
        const key = (name: string) => all.find((c) => c.name === name)?.shortcut ?? '';
        if (live) setKeys({ openPopup: key(OPEN_POPUP), toggleSite: key(TOGGLE_SITE) });
      })
      .catch(() => {
        // No commands API here: the suggested keys are the best guess.
      });
    return () => {
      live = false;
    };
  }, []);
  return (
    <WelcomeView
      shops={shops}
      keys={keys}
      changeKeys={changeKeysHint(import.meta.env.FIREFOX)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
