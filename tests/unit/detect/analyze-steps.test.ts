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
