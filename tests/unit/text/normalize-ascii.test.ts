import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName, normalizeWithMap } from '../../../lib/text/normalize';

describe('normalizeName on plain ASCII', () => {
  it('gives what the full normaliser gives', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      maxLength: 40,
    });
    fc.assert(
      fc.property(ascii, (s) => {
        expect(normalizeName(s)).toBe(normalizeWithMap(s).text);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['ACETYL HEXAPEPTIDE-8', 'acetyl hexapeptide 8'],
    ['  Caprylic/Capric  Triglyceride. ', 'caprylic capric triglyceride'],
    ['1,2-Hexanediol', '1 2 hexanediol'],
    ['--', ''],
  ])('%j → %j', (input, key) => {
    expect(normalizeName(input)).toBe(key);
    expect(normalizeWithMap(input).text).toBe(key);
  });
});
