import { writeFileSync } from 'node:fs';
import { loadKnowledge } from '../../lib/knowledge/load';

export const KNOWLEDGE_PATH = 'lib/knowledge/generated/knowledge.json';

/**
 * The knowledge module as validated (zod defaults filled in), so the popup, the worker and the
 * CLI load it without running the schema: that parse cost 35–50 ms at every first use. A test
 * checks that the committed file equals a fresh `loadKnowledge()`.
 */
export function writeKnowledge(): { bytes: number; entries: number } {
  const data = loadKnowledge();
  const json = `${JSON.stringify(data)}\n`;
  writeFileSync(KNOWLEDGE_PATH, json);
  return {
    bytes: Buffer.byteLength(json),
    entries: data.exosome.length + data.related.length + data.confounders.length,
  };
}
