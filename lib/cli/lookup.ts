import { loadCosing } from '../knowledge/cosing-load';
import { getKnowledge } from '../knowledge/index';
import { createLookup, type LookupResult } from '../knowledge/lookup';

/** `scan --lookup NAME`: the popup's lookup, run in Node over knowledge and CosIng names. */
export function runLookup(query: string, limit = 8): Promise<LookupResult[]> {
  return createLookup(getKnowledge(), loadCosing).searchAll(query, limit);
}

export function formatLookup(query: string, results: readonly LookupResult[]): string {
  if (results.length === 0)
    return `No match for "${query}" in ExoCheck's knowledge or the CosIng inventory (2021).`;
  const k = getKnowledge();
  const lines = [`Best matches for "${query}":`];
  results.forEach((r, i) => {
    const how =
      r.matched === r.title ? '' : ` (matched "${r.matched}"${r.lang ? `, ${r.lang}` : ''})`;
    lines.push(`${i + 1}. ${r.title}${how}`);
    const t = r.target;
    if (t.kind === 'entry') {
      const e = k.entry(t.entryId);
      if (!e) return;
      if (e.kind === 'confounder') lines.push(`   Well-studied active (${e.class}): ${e.evidence}`);
      else
        lines.push(
          `   ${e.kind === 'exosome' ? 'Exosome-type' : 'Related, not an exosome'} (${e.sourceClass}: ${e.detail}): ${e.summary}`,
        );
      if (e.kind === 'related') lines.push(`   Why not an exosome: ${e.whyNotExosome}`);
      const cited = e.sources.map((id) => k.source(id)).filter((s) => s !== undefined);
      for (const s of cited.slice(0, 3))
        lines.push(`   Source: ${s.citation} (${s.date}, ${s.confidence})`);
    } else if (t.kind === 'claim') {
      const c = k.claim(t.claimId);
      if (c) lines.push(`   Exosome claim word (${c.lang}, ${c.concept}): ${c.gloss}`);
    } else if (r.cosing) {
      const fn = r.cosing.functions.length ? r.cosing.functions.join(', ') : 'no function reported';
      lines.push(`   CosIng INCI name: ${fn}; not in ExoCheck's exosome or active knowledge`);
      if (r.cosing.annexRefs.length)
        lines.push(`   CosIng annex references: ${r.cosing.annexRefs.join(', ')}`);
    }
  });
  return lines.join('\n');
}
