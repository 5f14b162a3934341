import { useEffect, useState } from 'react';
import { loadSettings, type Settings, saveSettings, watchSettings } from '@/lib/settings';

/** Settings as React state, kept in step with storage (another page may change them too). */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then((s) => {
      if (live) setSettings(s);
    });
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const save = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
  };
  return { settings, save };
}
