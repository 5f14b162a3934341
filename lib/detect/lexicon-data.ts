import lexiconJson from '../knowledge/generated/lexicon.json';
import type { Lexicon } from './lexicon';

/**
 * The generated compact lexicon, typed. JSON imports infer tuples as plain arrays, so the cast
 * goes through unknown; `npm run data` writes the file from `buildLexicon`, and a test checks
 * that the committed file equals a fresh build.
 */
export const LEXICON = lexiconJson as unknown as Lexicon;
