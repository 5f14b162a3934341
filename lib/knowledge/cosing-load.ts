import type { CosingDictionary } from './cosing';

let pending: Promise<CosingDictionary> | null = null;

/**
 * Loads the CosIng dictionary (~30k names) on first use. The dynamic imports keep it in its
 * own chunk in the popup, fetched only when the lookup box is used. (The background is one
 * classic service-worker script, so there the bundler inlines it; it is still only parsed
 * into a Map when the first report arrives.)
 */
export function loadCosing(): Promise<CosingDictionary> {
  pending ??= Promise.all([import('./cosing'), import('./generated/cosing-dictionary.json')]).then(
    ([mod, json]) => mod.createCosingDictionary(json.default),
  );
  // A failed load is retried next time rather than cached as a failure.
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
