import { describe, expect, it } from 'vitest';
import { readableInci } from '../../../lib/knowledge/inci-case';

describe('readableInci', () => {
  it.each([
    ['ACETYL HEXAPEPTIDE-8', 'Acetyl Hexapeptide-8'],
    ['HUMAN ADIPOSE STROMAL CELL EXOSOMES', 'Human Adipose Stromal Cell Exosomes'],
    ['PEG-40 HYDROGENATED CASTOR OIL', 'PEG-40 Hydrogenated Castor Oil'],
    ['PPG-2 MYRISTYL ETHER PROPIONATE', 'PPG-2 Myristyl Ether Propionate'],
    ['CI 77491', 'CI 77491'],
    ['CERAMIDE 6 II', 'Ceramide 6 II'],
    ['CERAMIDE NP', 'Ceramide NP'],
    [
      'ACRYLATES/C10-30 ALKYL ACRYLATE CROSSPOLYMER',
      'Acrylates/C10-30 Alkyl Acrylate Crosspolymer',
    ],
    ['CAPRYLIC/CAPRIC TRIGLYCERIDE', 'Caprylic/Capric Triglyceride'],
    ['1,2-HEXANEDIOL', '1,2-Hexanediol'],
    ['SH-OLIGOPEPTIDE-1', 'sh-Oligopeptide-1'],
    ['RH-POLYPEPTIDE-2', 'rh-Polypeptide-2'],
    ['DISODIUM EDTA', 'Disodium EDTA'],
    ['2,6-DIMETHYL-P-PHENYLENEDIAMINE HCL', '2,6-Dimethyl-p-Phenylenediamine HCl'],
    ['3-O-ETHYL ASCORBIC ACID', '3-O-Ethyl Ascorbic Acid'],
    ['4-T-BUTYL STYRENE', '4-t-Butyl Styrene'],
    ['1-FURFURYL-1H-PYRROLE', '1-Furfuryl-1H-Pyrrole'],
    ['1-HEXEN-3-OL', '1-Hexen-3-ol'],
    ['1,2,3,4,4A,5,6,7-OCTAHYDRO-2-NAPHTHOL', '1,2,3,4,4a,5,6,7-Octahydro-2-Naphthol'],
    ['(20S)-PROTOPANAXADIOL', '(20S)-Protopanaxadiol'],
    ['D&C RED NO. 33', 'D&C Red No. 33'],
    ['HC BLUE NO. 10', 'HC Blue No. 10'],
    ['TEA-LAURYL SULFATE', 'TEA-Lauryl Sulfate'],
    ['BACILLUS/GREEN TEA/SOYBEAN FERMENT FILTRATE', 'Bacillus/Green Tea/Soybean Ferment Filtrate'],
    ['PVM/MA COPOLYMER', 'PVM/MA Copolymer'],
    ['COCAMIDE MEA', 'Cocamide MEA'],
    ['BHT', 'BHT'],
    ['VITAMIN B3', 'Vitamin B3'],
  ])('%s → %s', (name, readable) => {
    expect(readableInci(name)).toBe(readable);
  });

  it('leaves names that already have lower-case letters as they are', () => {
    expect(readableInci('sh-Oligopeptide-1')).toBe('sh-Oligopeptide-1');
    expect(readableInci('Argireline')).toBe('Argireline');
    expect(readableInci('')).toBe('');
  });
});
