import claims from './data/claims.json';
import confounders from './data/confounders.json';
import evidence from './data/evidence.json';
import exosome from './data/exosome.json';
import jurisdictions from './data/jurisdictions.json';
import meta from './data/meta.json';
import orderMarkers from './data/order-markers.json';
import orderRules from './data/order-rules.json';
import related from './data/related.json';
import sources from './data/sources.json';
import confounderSources from './data/sources-confounders.json';
import derived from './generated/cosing-derived.json';
import { type KnowledgeData, KnowledgeData as KnowledgeSchema } from './schema';

/**
 * Validates and assembles the knowledge module. Hand-written entries come first; entries
 * derived from CosIng (generated/cosing-derived.json) fill in names the hand-written ones do
 * not own. Used by Node (CLI, tests, data build) and by the popup; the content script uses
 * the compact lexicon instead.
 */
export function loadKnowledge(): KnowledgeData {
  const d = derived as { exosome?: unknown[]; related?: unknown[]; confounders?: unknown[] };
  return KnowledgeSchema.parse({
    meta,
    sources: [...sources, ...confounderSources],
    exosome: [...exosome, ...(d.exosome ?? [])],
    related: [...related, ...(d.related ?? [])],
    confounders: [...confounders, ...(d.confounders ?? [])],
    claims,
    jurisdictions,
    evidence,
    orderRules,
    orderMarkers,
  });
}
