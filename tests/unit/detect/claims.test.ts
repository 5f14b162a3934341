import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/detect/claims';
import { miniLexicon } from './mini-knowledge';

const claims = (text: string) => findClaims(text, miniLexicon).map((h) => [h.text, h.termId]);

describe('findClaims', () => {
  it('finds English terms on word boundaries, plural included', () => {
    expect(claims('Our Exosome Serum with plant exosomes.')).toEqual([
      ['Exosome', 'en-exosome'],
      ['exosomes', 'en-exosome'],
    ]);
    expect(claims('exosomeless, preexosome')).toEqual([]);
  });

  it('prefers the longest term at one position', () => {
    expect(claims('Made with exosome-like nanoparticles from grapes')).toEqual([
      ['exosome-like nanoparticles', 'en-exosome-like-nanoparticles'],
    ]);
  });

  it('finds Korean, Japanese and Chinese terms inside words', () => {
    expect(claims('릴리이브 그로우턴 엑소좀 브러쉬 앰플, 엑소좀을 담은')).toEqual([
      ['엑소좀', 'ko-exosome'],
      ['엑소좀', 'ko-exosome'],
    ]);
    expect(claims('ヒト幹細胞エクソソーム配合')).toEqual([['エクソソーム', 'ja-exosome']]);
    expect(claims('外泌体精华液')).toEqual([['外泌体', 'zh-exosome']]);
  });

  it('folds case and accents, and maps offsets back to the original text', () => {
    const text = 'Mit  EXOSOMEN für die Haut';
    const [hit] = findClaims(text, miniLexicon);
    expect(hit).toMatchObject({ text: 'EXOSOMEN', lang: 'de', start: 5, end: 13 });
    expect(text.slice(hit?.start, hit?.end)).toBe('EXOSOMEN');
  });

  it('widens exosome mentions with a count into a count claim', () => {
    expect(claims('Contains 10 billion exosomes per bottle')).toEqual([
      ['10 billion exosomes', 'en-exosome-count'],
    ]);
    expect(claims('5,000,000,000 exosomes')).toEqual([
      ['5,000,000,000 exosomes', 'en-exosome-count'],
    ]);
    expect(claims('100억 엑소좀')).toEqual([['100억 엑소좀', 'ko-exosome']]);
    expect(claims('2 exosomes')).toEqual([['exosomes', 'en-exosome']]);
    expect(claims('With 5 billion exosomes and エクソソーム technology')).toEqual([
      ['5 billion exosomes', 'en-exosome-count'],
      ['エクソソーム', 'ja-exosome'],
    ]);
  });

  it("prefers the page's language for terms spelled alike in several languages", () => {
    const lex = {
      ...miniLexicon,
      claims: [
        ...miniLexicon.claims,
        ['exosome', 'fr-exosome', 'fr', 'exosome'] as [string, string, string, string],
      ],
    };
    expect(findClaims('Sérum aux exosomes', lex, 'fr-FR').map((h) => h.termId)).toEqual([
      'fr-exosome',
    ]);
    expect(findClaims('Serum with exosomes', lex, 'en').map((h) => h.termId)).toEqual([
      'en-exosome',
    ]);
  });

  it('finds nothing in ordinary copy and survives hostile input', () => {
    expect(claims('Plant stem cell serum with growth factors')).toEqual([]);
    expect(claims('')).toEqual([]);
    expect(() =>
      findClaims('exo'.repeat(100_000) + '\u200b'.repeat(1000), miniLexicon),
    ).not.toThrow();
  });
});
