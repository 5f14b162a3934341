import { describe, expect, it } from 'vitest';
import { fixCase, fixWord } from '../../../lib/ocr/char-fixes';
import { confidenceOf, listText } from '../../../lib/ocr/list-text';
import { ocrPage } from './ocr-page';

describe('listText', () => {
  it('joins the lines of a paragraph with spaces and keeps the heading on its own line', () => {
    const { text } = listText(ocrPage('INGREDIENTS\n\nWater, Butylene Glycol,\nGlycerin, Betaine'));
    expect(text).toBe('INGREDIENTS\nWater, Butylene Glycol, Glycerin, Betaine');
  });

  it('joins a paragraph Tesseract starts inside the list, but not after a heading', () => {
    expect(
      listText(ocrPage('INGREDIENTS\n\nWater, Eugenia Caryophyllus (Clove)\n\nLeaf Oil, Glycerin'))
        .text,
    ).toBe('INGREDIENTS\nWater, Eugenia Caryophyllus (Clove) Leaf Oil, Glycerin');
  });

  it('drops a typesetter hyphen before a lower-case letter', () => {
    expect(listText(ocrPage('Acetyl Hexa-\npeptide-8, Water')).text).toBe(
      'Acetyl Hexapeptide-8, Water',
    );
  });

  it("keeps a name's own hyphen or slash at a line end", () => {
    expect(listText(ocrPage('Water, PEG-\n40 Hydrogenated Castor Oil')).text).toBe(
      'Water, PEG-40 Hydrogenated Castor Oil',
    );
    expect(listText(ocrPage('Water, Caprylic/\nCapric Triglyceride')).text).toBe(
      'Water, Caprylic/Capric Triglyceride',
    );
    expect(listText(ocrPage('Glycerin, Bis-\nPEG-18 Methyl Ether')).text).toBe(
      'Glycerin, Bis-PEG-18 Methyl Ether',
    );
  });

  it('reads a vertical bar as l inside a word and as I at its start; drops a lone bar', () => {
    expect(listText(ocrPage('Water, G|ycerin, |sononyl Isononanoate | Dimethicone')).text).toBe(
      'Water, Glycerin, Isononyl Isononanoate Dimethicone',
    );
  });

  it('gives each word its place and confidence, and an item its lowest', () => {
    const read = listText(ocrPage('Water, Sodium Hyaluronate', 90, { Hyaluronate: 41 }));
    expect(read.words.map((w) => read.text.slice(w.start, w.end))).toEqual([
      'Water,',
      'Sodium',
      'Hyaluronate',
    ]);
    const start = read.text.indexOf('Sodium');
    expect(confidenceOf(read.words, start, read.text.length)).toBe(0.41);
    expect(confidenceOf(read.words, 0, 5)).toBe(0.9);
  });
});

describe('fixWord', () => {
  it('reads the I of a colour index misread as 1 or l', () => {
    expect(fixWord('C1', '77891')).toBe('CI');
    expect(fixWord('Cl', '19140')).toBe('CI');
    expect(fixWord('Cl77891', undefined)).toBe('CI 77891');
    expect(fixWord('C1', 'Extract')).toBe('C1');
  });
});

describe('slips only a rule can undo', () => {
  it('puts back HCl, the O of 3-O-Ethyl, rh- growth factors, and drops stray quotes', () => {
    expect(fixWord('HCI', undefined)).toBe('HCl');
    expect(fixWord('3-0-Ethyl', 'Ascorbic')).toBe('3-O-Ethyl');
    expect(fixWord('th-Oligopeptide-1', undefined)).toBe('rh-Oligopeptide-1');
    expect(fixWord('th-Extract', undefined)).toBe('th-Extract');
    expect(fixWord('‘Water', 'Glycerin')).toBe('Water');
    expect(fixWord('(Cl', '77891)')).toBe('(CI');
    expect(fixWord('177891', '(Titanium')).toBe('CI 77891');
  });

  it('keeps the comma of a locant with its number', () => {
    expect(listText(ocrPage('Water, 1, 2-Hexanediol, Glycerin')).text).toBe(
      'Water, 1,2-Hexanediol, Glycerin',
    );
  });
});

describe('fixCase', () => {
  it('capitalises a same-shape letter in a capitalised name, and a name-opening i', () => {
    expect(fixCase('Aminomethyl propanol')).toBe('Aminomethyl Propanol');
    expect(fixCase('isostearic Acid')).toBe('Isostearic Acid');
  });

  it('leaves lower-case names, other letters and one-word names', () => {
    expect(fixCase('aminomethyl propanol')).toBe('aminomethyl propanol');
    expect(fixCase('Alcohol denat.')).toBe('Alcohol denat.');
    expect(fixCase('Aloe barbadensis Leaf Juice')).toBe('Aloe barbadensis Leaf Juice');
    expect(fixCase('sorbitol')).toBe('sorbitol');
  });
});
