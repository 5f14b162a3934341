import { describe, expect, it } from 'vitest';
import { TrigramIndex, trigrams } from '../../../lib/knowledge/trigram';

describe('TrigramIndex', () => {
  const keys = ['glycerin', 'diglycerin', 'butylene glycol', 'niacinamide', 'water', 'aqua'];
  const index = new TrigramIndex(keys);
  const names = (q: string, max = 10) => index.candidates(q, max).map((i) => keys[i]);

  it('puts the closest names first, typos included', () => {
    expect(names('glycerine')[0]).toBe('glycerin');
    expect(names('butylen glycol')[0]).toBe('butylene glycol');
    expect(names('niacinamid')).toEqual(['niacinamide']);
  });

  it('drops names that share too few trigrams', () => {
    expect(names('glycerin')).not.toContain('water');
    expect(names('zzqxw')).toEqual([]);
    expect(names('')).toEqual([]);
  });

  it('caps the number of candidates and leaves no state behind between queries', () => {
    expect(names('glycerin', 1)).toEqual(['glycerin']);
    expect(names('glycerin')).toEqual(names('glycerin'));
  });

  it('pads keys so short words have trigrams, and counts code points, not UTF-16 units', () => {
    expect(trigrams('ab')).toEqual(new Set([' ab', 'ab ']));
    expect([...trigrams('エクソ')]).toEqual([' エク', 'エクソ', 'クソ ']);
  });
});
