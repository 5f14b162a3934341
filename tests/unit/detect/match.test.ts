import { describe, expect, it } from 'vitest';
import { Matcher, withinOneEdit } from '../../../lib/detect/match';
import { miniLexicon } from './mini-knowledge';

const m = new Matcher(miniLexicon);
const id = (name: string) => m.match(name)?.entryId ?? null;

describe('Matcher', () => {
  it('matches exact names across case, punctuation, hyphens and spacing', () => {
    expect(id('HUMAN ADIPOSE STROMAL CELL CONDITIONED MEDIA')).toBe(
      'human-adipose-stromal-cell-conditioned-media',
    );
    expect(id('human-adipose stromal cell conditioned-media.')).toBe(
      'human-adipose-stromal-cell-conditioned-media',
    );
    expect(id('SH-OLIGOPEPTIDE-1')).toBe('sh-oligopeptide-1');
    expect(id('sh oligopeptide 1')).toBe('sh-oligopeptide-1');
  });

  it('matches names in other languages', () => {
    expect(id('ヒト脂肪細胞順化培養液エキス')).toBe('human-adipose-stromal-cell-conditioned-media');
  });

  it('treats sh-, rh- and Human growth-factor prefixes as one family', () => {
    expect(m.match('rh-Oligopeptide-1')).toMatchObject({
      entryId: 'sh-oligopeptide-1',
      via: 'prefix-family',
    });
    expect(id('Human Oligopeptide-1')).toBe('sh-oligopeptide-1');
    expect(id('Rice sh-Oligopeptide-1')).toBe('sh-oligopeptide-1');
    expect(id('rh-Polypeptide-1')).toBe('sh-polypeptide-1');
  });

  it('never confuses growth factors that differ only in number', () => {
    expect(id('rh-Polypeptide-11')).toBeNull();
    expect(id('sh-Oligopeptide-2')).toBeNull();
    expect(id('sh-Polypeptide-7')).toBeNull();
  });

  it('tolerates one typo in long names, never in short ones', () => {
    expect(m.match('Acetyl Hexapeptde-8')).toMatchObject({
      entryId: 'acetyl-hexapeptide-8',
      via: 'fuzzy',
    });
    expect(id('Niacinamde')).toBe('niacinamide');
    expect(id('Human Adipose Stromal Cel Conditioned Media')).toBe(
      'human-adipose-stromal-cell-conditioned-media',
    );
    expect(id('EFG')).toBeNull();
  });

  it('counts conditioned media as exosome-type only when human', () => {
    expect(m.match('Glycine Max Phytoplacenta Conditioned Media')?.kind).toBe('related');
    expect(m.match('Human Tonsil Cell Conditioned Media')).toMatchObject({
      entryId: 'human-stem-cell-conditioned-media',
      via: 'pattern',
    });
    expect(m.match('Bovine Cell Conditioned Media')).toBeNull();
  });

  it('maps unlisted names containing "exosomes" to the unspecified exosome entry', () => {
    expect(m.match('Raspberry Exosomes')).toMatchObject({
      entryId: 'exosomes-unspecified',
      kind: 'exosome',
    });
  });

  it('tries candidates in order: exact matches win over loose ones', () => {
    expect(m.matchCandidates(['CI 77891', 'Titanium Dioxide'])).toBeNull();
    expect(
      m.matchCandidates(['rh-Oligopeptide-1 (Egf)', 'rh-Oligopeptide-1', 'Egf'])?.entryId,
    ).toBe('sh-oligopeptide-1');
  });

  it('returns null for empty and unknown names', () => {
    expect(m.match('')).toBeNull();
    expect(m.match('***')).toBeNull();
    expect(m.match('Water')).toBeNull();
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['abcdefgh', 'abcdefgh', true],
    ['abcdefgh', 'abcdefg', true],
    ['abcdefgh', 'abcxefgh', true],
    ['abcdefgh', 'abdcefgh', true],
    ['abcdefgh', 'abcdef', false],
    ['abcdefgh', 'axcdefgy', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
