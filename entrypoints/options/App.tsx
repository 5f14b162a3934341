import { useMemo } from 'react';
import { OptionsForm } from '@/components/options/OptionsForm';
import { useSettings } from '@/components/options/useSettings';
import { PRIVACY_LINE } from '@/components/popup/PopupFooter';
import { getKnowledge, type Knowledge } from '@/lib/knowledge';
import { shopList } from '@/lib/retailers/registry';
import { DEFAULT_SETTINGS, resolveRegion } from '@/lib/settings';

export function App({ knowledge }: { knowledge?: Knowledge }) {
  const { settings, save } = useSettings();
  const k = useMemo(() => knowledge ?? getKnowledge(), [knowledge]);
  const locale = navigator.language;
  // What "auto" means here, whatever the current choice.
  const autoRegion = resolveRegion({ ...DEFAULT_SETTINGS, region: 'auto' }, locale, k);
  const retailers = useMemo(() => shopList(), []);
  return (
    <main className="options-page">
      <h1>ExoCheck options</h1>
      {settings ? (
        <OptionsForm
          settings={settings}
          autoRegion={autoRegion}
          locale={locale}
          retailers={retailers}
          onChange={save}
        />
      ) : (
        <p role="status">Loading…</p>
      )}
      <p className="muted">{PRIVACY_LINE}</p>
    </main>
  );
}
