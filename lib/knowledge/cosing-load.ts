import type { DictionaryLookup } from '../detect/analyze';

/** A CosIng name with what the inventory says about it. */
export interface CosingHit {
  name: string;
  ref: string;
  functions: string[];
  annexRefs: string[];
  annexII: boolean;
}

export interface CosingDictionary extends DictionaryLookup {
  lookup(name: string): CosingHit | null;
  /** Every INCI name, for the popup's fuzzy lookup. */
  names(): readonly string[];
}

let pending: Promise<CosingDictionary> | null = null;

/**
 * Loads the CosIng dictionary (~30k names) on first use. Dynamic imports keep it in its own
 * chunk: the popup fetches it only when the lookup box is used; the background only when a
 * report arrives.
 */
export function loadCosing(): Promise<CosingDictionary> {
  pending ??= Promise.all([import('./cosing'), import('./generated/cosing-dictionary.json')]).then(
    ([mod, json]) => {
      const dictionary = mod.createCosingDictionary(json.default);
      return { lookup: (name: string) => dictionary.lookup(name), names: () => dictionary.names() };
    },
  );
  // A failed load is retried next time rather than cached as a failure.
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
