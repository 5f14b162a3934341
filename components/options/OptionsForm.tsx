import { type FormEvent, useId, useState } from 'react';
import { REGION_NAME } from '@/lib/cards/labels';
import type { Shop } from '@/lib/retailers/registry';
import {
  type MarkKind,
  normalizeHost,
  REGION_SETTINGS,
  type RegionResolution,
  type RegionSetting,
  type Settings,
} from '@/lib/settings';
import { MARK_KIND_SETTING } from '@/lib/vocabulary';

export interface OptionsFormProps {
  settings: Settings;
  /** What "auto" resolves to in this browser, for the region select. */
  autoRegion: RegionResolution;
  locale: string;
  /** Shown by name; stored by adapter id (`disabledRetailers`). */
  retailers: readonly Pick<Shop, 'id' | 'name'>[];
  /** Saves at once; resolves when stored. */
  onChange(next: Settings): Promise<void>;
}

const KIND_LABEL: Record<MarkKind, string> = MARK_KIND_SETTING;

/** Every setting, labelled, saved the moment it changes. */
export function OptionsForm({
  settings,
  autoRegion,
  locale,
  retailers,
  onChange,
}: OptionsFormProps) {
  const [status, setStatus] = useState('');
  const ids = { region: useId(), site: useId(), siteHint: useId() };

  const save = (next: Settings) => {
    setStatus('');
    onChange(next).then(
      () => setStatus('Saved.'),
      () => setStatus('Could not save the setting.'),
    );
  };
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    save({ ...settings, [key]: value });

  const autoLabel =
    autoRegion.via === 'locale'
      ? `Automatic: ${REGION_NAME[autoRegion.region]} (from your browser language, ${locale})`
      : `Automatic: United States by default (your browser language, ${locale}, maps to no region ExoCheck covers)`;

  return (
    <form className="options" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>General</legend>
        <Check
          label="ExoCheck is on"
          checked={settings.enabled}
          onChange={(v) => set('enabled', v)}
        />
        <Check
          label="Show explanations when hovering or focusing a marked ingredient"
          checked={settings.tooltips}
          onChange={(v) => set('tooltips', v)}
        />
      </fieldset>

      <fieldset>
        <legend>What to mark on product pages</legend>
        {(Object.keys(KIND_LABEL) as MarkKind[]).map((kind) => (
          <Check
            key={kind}
            label={KIND_LABEL[kind]}
            checked={settings.kinds[kind]}
            onChange={(v) => set('kinds', { ...settings.kinds, [kind]: v })}
          />
        ))}
      </fieldset>

      <fieldset>
        <legend>Region</legend>
        <label htmlFor={ids.region}>Show the rules of this region first</label>
        <select
          id={ids.region}
          value={settings.region}
          onChange={(e) => set('region', e.target.value as RegionSetting)}
        >
          {REGION_SETTINGS.map((r) => (
            <option key={r} value={r}>
              {r === 'auto' ? autoLabel : REGION_NAME[r]}
            </option>
          ))}
        </select>
      </fieldset>

      <SiteList
        sites={settings.disabledSites}
        inputId={ids.site}
        hintId={ids.siteHint}
        onChange={(sites) => set('disabledSites', sites)}
      />

      {retailers.length > 0 ? (
        <fieldset>
          <legend>Supported shops</legend>
          <p className="muted">Unticked shops are not read automatically.</p>
          {retailers.map(({ id, name }) => (
            <Check
              key={id}
              label={name}
              checked={!settings.disabledRetailers.includes(id)}
              onChange={(on) =>
                set(
                  'disabledRetailers',
                  on
                    ? settings.disabledRetailers.filter((r) => r !== id)
                    : [...settings.disabledRetailers, id],
                )
              }
            />
          ))}
        </fieldset>
      ) : null}

      <fieldset>
        <legend>Troubleshooting</legend>
        <Check
          label="Log to the browser console when a shop page's ingredient list was not found"
          checked={settings.debug}
          onChange={(v) => set('debug', v)}
        />
      </fieldset>

      <p role="status" className="muted">
        {status}
      </p>
    </form>
  );
}

function Check(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

function SiteList(props: {
  sites: readonly string[];
  inputId: string;
  hintId: string;
  onChange: (sites: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  const add = (e: FormEvent) => {
    e.preventDefault();
    const host = hostFromInput(draft);
    if (!host) {
      setError('Enter a site address such as shop.example.com.');
      return;
    }
    setError('');
    setDraft('');
    if (!props.sites.includes(host)) props.onChange([...props.sites, host]);
  };

  return (
    <fieldset>
      <legend>Sites where ExoCheck is off</legend>
      {props.sites.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="site-list">
          {props.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                onClick={() => props.onChange(props.sites.filter((s) => s !== site))}
                aria-label={`Remove ${site}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={props.inputId}>Add a site</label>
      <div className="row">
        <input
          id={props.inputId}
          type="text"
          value={draft}
          aria-describedby={props.hintId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add(e);
          }}
        />
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
      <p id={props.hintId} className="muted">
        {error || 'Subdomains are included: "example.com" also covers "shop.example.com".'}
      </p>
    </fieldset>
  );
}

/** Accepts "shop.example.com", "https://shop.example.com/p/1" or "WWW.Example.com". */
export function hostFromInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  const normalized = normalizeHost(host);
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(normalized) || normalized === 'localhost'
    ? normalized
    : null;
}
