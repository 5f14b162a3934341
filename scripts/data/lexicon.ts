import { writeFileSync } from 'node:fs';
import { buildLexicon } from '../../lib/detect/lexicon';
import { loadKnowledge } from '../../lib/knowledge/load';

export const LEXICON_PATH = 'lib/knowledge/generated/lexicon.json';

/** Generates the compact lexicon the content script ships (see lib/detect/lexicon.ts). */
export function writeLexicon(): { bytes: number; names: number; claims: number } {
  const lex = buildLexicon(loadKnowledge());
  const json = `${JSON.stringify(lex)}\n`;
  writeFileSync(LEXICON_PATH, json);
  return {
    bytes: Buffer.byteLength(json),
    names: Object.keys(lex.names).length,
    claims: lex.claims.length,
  };
}
