import fc from 'fast-check';
import { LEXICON } from '../../../lib/detect/lexicon-data';

/** Every name of the lexicon, as normalised by the builder. */
export const NAMES = Object.keys(LEXICON.names);
/** Every claim term of the lexicon, normalised. */
export const TERMS = LEXICON.claims.map((c) => c[0]);

const NOISE = [
  ' ',
  ', ',
  '-',
  '(',
  ')',
  '/',
  '*',
  '\u200b',
  '\u202e',
  '\ufeff',
  'é',
  '😀',
  'sh-',
  'rh-',
  'Human ',
  '10 billion ',
  '100억 ',
  '<b>',
  '&amp;',
  '\n',
];

/** Lexicon names with case changes, typos and noise glued around them. */
export const nameSoup = fc
  .tuple(
    fc.array(fc.constantFrom(...NOISE), { maxLength: 3 }),
    fc.constantFrom(...NAMES),
    fc.nat(),
    fc.constantFrom('', 'x', 'e', ' '),
    fc.boolean(),
    fc.array(fc.constantFrom(...NOISE), { maxLength: 3 }),
  )
  .map(([pre, name, at, typo, upper, post]) => {
    const i = name.length > 0 ? at % name.length : 0;
    let s = typo ? name.slice(0, i) + typo + name.slice(i + 1) : name;
    if (upper) s = s.toUpperCase();
    return pre.join('') + s + post.join('');
  });

/** Product copy: claim terms in every language, counts, markup-shaped text and noise. */
export const copySoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TERMS),
      fc.constantFrom(...NOISE),
      fc.constantFrom('exosome', 'Exosomes', 'EXOSOMEN', '엑소좀을', '外泌体精华', 'exosomal'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** Median wall time of `fn` over a few runs, in ms. */
export function timeOf(fn: () => void, runs = 5): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1] as number;
}

/** How much longer the large input took; tiny times are floored so noise cannot dominate. */
export function growth(small: number, large: number): number {
  return large / Math.max(small, 0.5);
}
