import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../lib/detect/lexicon';
import { LEXICON } from '../../../lib/detect/lexicon-data';
import { loadKnowledge } from '../../../lib/knowledge/load';

describe('the generated lexicon', () => {
  const fresh = buildLexicon(loadKnowledge());

  it('is up to date with the knowledge data (run `npm run data` after editing it)', () => {
    expect(LEXICON).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('carries only what matching needs: ids, kinds, classes, names, claim terms, markers', () => {
    expect(Object.keys(LEXICON).sort()).toEqual([
      'claims',
      'entries',
      'names',
      'onePercentMarkers',
      'version',
    ]);
    for (const e of LEXICON.entries) expect(e.length).toBeLessThanOrEqual(4);
    expect(LEXICON.onePercentMarkers).toContain('phenoxyethanol');
  });

  it('lists claim terms longest first so longer phrases win', () => {
    const lengths = LEXICON.claims.map(([term]) => term.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
