/** The INCI parser: ingredient-section text → lists of items with offsets; list-likeness score. */
export { parseIngredientText } from './parse';
export { inciScore } from './score';
export type { ParsedGroup, ParsedItem, ParsedList } from './types';
