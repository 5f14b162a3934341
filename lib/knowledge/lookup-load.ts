import { loadCosing } from './cosing-load';
import type { CosingNames } from './lookup';
import { TokenIndex } from './token-index';

let pending: Promise<CosingNames> | null = null;

/**
 * The CosIng dictionary with its precomputed word index, for the lookup (popup, CLI). Its own
 * module so the service worker, which imports only `loadCosing`, never bundles the index.
 */
export function loadCosingLookup(): Promise<CosingNames> {
  pending ??= Promise.all([loadCosing(), import('./generated/cosing-lookup.json')]).then(
    ([dict, json]) => ({
      names: () => dict.names(),
      lookup: (name: string) => dict.lookup(name),
      precomputed: {
        index: TokenIndex.decode(json.default),
        size: dict.size,
        nameAt: (i: number) => dict.nameAt(i),
      },
    }),
  );
  // A failed load is retried next time rather than cached as a failure.
  pending.catch(() => {
    pending = null;
  });
  return pending;
}
