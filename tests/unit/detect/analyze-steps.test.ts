import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/analyze';
import { LEXICON } from '../../../lib/detect/lexicon-data';

const analyzer = createAnalyzer(LEXICON);

/** A text of `n` labelled lists, as a feed of "Ingredients:" lines reads. */
const feed = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Ingredients: Aqua, Glycerin, Squalane, Line${i} Extract`,
  ).join('\n');

describe('analysis in steps', () => {
  it('yields between lists and between copy blocks, so no page is one long task', () => {
    const input = {
      url: 'https://shop.example/p',
      retailer: 'generic',
      title: null,
      sections: [
        { source: 'heuristic' as const, text: feed(300) },
        { source: 'heuristic' as const, text: feed(2) },
      ],
      copy: [
        { field: 'description' as const, text: 'Made with exosomes.' },
        { field: 'title' as const, text: 'Exosome serum' },
      ],
    };
    const steps = analyzer.analyzeSteps(input);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    const report = r.value;
    expect(report.ingredientLists).toHaveLength(302);
    // A pause before every list but the first, at the section boundary, before each copy block.
    expect(pauses).toBe(301 + 1 + 2);
    // The stepped run and the one-call run give the same report.
    expect(analyzer.analyze(input)).toEqual(report);
  });
});

describe('sections the finder cut at its size limit', () => {
  const base = { url: 'https://shop.example/p', retailer: 'generic', title: null, copy: [] };
  const list = Array.from({ length: 40 }, (_, i) => `Polyglyceryl-${i} Laurate`).join(', ');

  it('mark their last list as cut when it runs to where the reading stopped', () => {
    const r = analyzer.analyze({
      ...base,
      sections: [{ source: 'heuristic', text: `Ingredients: ${list}`, cut: true }],
    });
    expect(r.ingredientLists[0]?.truncated).toBe(true);
  });

  it('not when prose follows the list', () => {
    const prose = ' '.repeat(10) + 'How to use. Apply a few drops morning and night. '.repeat(8);
    const r = analyzer.analyze({
      ...base,
      sections: [{ source: 'heuristic', text: `Ingredients: ${list}.\n\n${prose}`, cut: true }],
    });
    expect(r.ingredientLists[0]?.truncated).toBeUndefined();
    const whole = analyzer.analyze({
      ...base,
      sections: [{ source: 'heuristic', text: `Ingredients: ${list}` }],
    });
    expect(whole.ingredientLists[0]?.truncated).toBeUndefined();
  });

  it('pause inside a long list, every few hundred items', () => {
    const long = Array.from({ length: 1000 }, (_, i) => `PEG-${i}`).join(', ');
    const steps = analyzer.analyzeSteps({
      ...base,
      sections: [{ source: 'heuristic', text: `Ingredients: ${long}` }],
    });
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBe(9); // after items 100, 200, … 900
  });
});
