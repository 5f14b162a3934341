import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../../../lib/knowledge';
import validated from '../../../lib/knowledge/generated/knowledge.json';
import { loadKnowledge } from '../../../lib/knowledge/load';

describe('the generated knowledge module', () => {
  it('is up to date with the knowledge data (run `npm run data` after editing it)', () => {
    expect(validated).toEqual(JSON.parse(JSON.stringify(loadKnowledge())));
  });

  it('is what getKnowledge serves, defaults filled in by the schema', () => {
    const k = getKnowledge();
    expect(k.data).toBe(validated);
    // `names` is optional in the data files and defaulted by the schema.
    expect(k.data.exosome.every((e) => Array.isArray(e.names))).toBe(true);
  });
});
