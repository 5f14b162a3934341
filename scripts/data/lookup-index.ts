import type { CosingCompact } from '../../lib/knowledge/cosing';
import { TokenIndex } from '../../lib/knowledge/token-index';
import { normalizeName } from '../../lib/text/normalize';

/**
 * The popup's lookup index over the CosIng names (generated/cosing-lookup.json): words and the
 * names containing them, with name ids = line numbers of generated/cosing-dictionary.json.
 * Built here so no name is normalised or tokenised at run time.
 */

export const LOOKUP_INDEX_PATH = 'lib/knowledge/generated/cosing-lookup.json';

/** The index's JSON text for a dictionary; a pure function of it (deterministic output). */
export function lookupIndexJson(dictionary: CosingCompact): string {
  const lines = dictionary.entries.length > 0 ? dictionary.entries.split('\n') : [];
  const keys = lines.map((line) => normalizeName(line.split('\t')[0] ?? ''));
  return `${JSON.stringify(TokenIndex.fromKeys(keys).encode())}\n`;
}
