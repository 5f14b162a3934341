import {
  isCloseBracket,
  isDigit,
  isInvisibleFormat,
  isLetter,
  isLower,
  isOpenBracket,
  isSpace,
  isWhite,
} from './chars';

/**
 * Does a piece of text read like one ingredient name or like a sentence? Ingredient names are
 * short and made of letters, digits, hyphens and brackets; prose carries function words
 * ("the", "with", "is"), marketing verbs ("helps", "visibly") and directions ("apply").
 * Each such word adds points; three points make prose. Words inside brackets do not count,
 * so "Titanium Dioxide (and) Silica" or "(Lady's Thistle)" stay names.
 */

export type Shape = 'item' | 'prose' | 'empty';

/** Longest text accepted as one ingredient. */
export const MAX_ITEM_CHARS = 300;
/** Long names exist ("Lactobacillus/Honeysuckle Flower/…/Sophora Japonica Flower Extract Ferment
 * Filtrate" has 16 words); words beyond this count as prose points. */
const MAX_ITEM_WORDS = 14;
const PROSE_POINTS = 3;

/** Function words: 2 points each (only when lower-case for "a"). */
const STOP = new Set(
  (
    'the an or but to for with without in on at by from into onto is are was were be been being ' +
    "it its it's this that these those your you you'll you're our we my me us they their them " +
    'he she his her as so than then not no can will may might should would could do does did ' +
    'has have had all any more most very just also only if when while which who what how why ' +
    'where there here each every such both about after before up out over until every ' +
    'für ist sind mit auf bei zu von wir sie nicht ein eine einer dem den im oder auch wird ' +
    'werden pour avec sur est sont une un dans par vous votre nous ce cette qui que pas plus ' +
    'para con por una los las es su il per che è skin your product formula texture appearance ' +
    'results total origin'
  ).split(' '),
);

/** Function words that also occur in names ("Extrait De Levure", "Iron Oxides and Mica"): 1 point. */
const LIGHT_STOP = new Set(
  'and & of de du des d la le les et y e und der die das en di del da el'.split(' '),
);

/** Marketing, direction and page words that never occur in an INCI name: 3 points. */
const PROSE_WORDS = new Set(
  (
    'apply applying applied use using used visit helps help helping supports support reduces ' +
    'reduce provides provide protects protect hydrates nourishes nourish soothes soothe calms ' +
    'brightens brighten smooths smoothes firms plumps targets restores restore boosts boost ' +
    'leaves leave contains delivers deliver improves improve minimizes minimises prevents ' +
    'prevent promotes removes remove cleanses exfoliates refines visibly instantly gently ' +
    'deeply clinically dermatologically dermatologist proven tested recommended approved ' +
    'formulated suitable designed developed enriched infused packed powered cruelty vegan ' +
    'hypoallergenic massage rinse avoid discontinue consult keep store shake dispense pat ' +
    'please refer love loved recommend ' +
    'click shop buy cart review reviews rated info null ' +
    'undefined n/a tbd makes works feels looks gives absorbs penetrates unique products ' +
    'contain including include includes'
  ).split(' '),
);

/** Words that mark a chunk as an ingredient name rather than a menu entry or a phrase. */
const INCI_WORDS = new Set(
  (
    'extract oil acid water aqua eau glycol butter seed leaf root flower fruit juice gum wax ' +
    'powder peg ppg ci sodium potassium calcium magnesium zinc alcohol ester esters polymer ' +
    'copolymer crosspolymer ferment filtrate lysate parfum fragrance aroma mica talc silica ' +
    'urea honey bark peel kernel stem sprout culture cell protein starch clay salt oxide ' +
    'dioxide hydroxide chloride vitamin carbomer lecithin collagen callus media exosome ' +
    'exosomes hexapeptide tripeptide peptide oligopeptide polypeptide ceramide squalane ' +
    'dimethicone methicone siloxane cera nitrogen hydrogen oxygen'
  ).split(' '),
);

/** Endings of chemical and botanical words ("-ate", "-ide", "-ol", "-ium" …). */
const INCI_SUFFIXES = [
  'ate',
  'ide',
  'ine',
  'ol',
  'one',
  'ene',
  'yl',
  'ium',
  'ic',
  'ose',
  'ane',
  'ite',
  'in',
  'ea',
  'is',
  'us',
  'um',
  'ae',
  'ii',
];

/**
 * Does the chunk carry a sign of being an ingredient: a digit ("PEG-40", "CI 77891"), an
 * ingredient word ("Extract", "Oil"), a chemical or Latin ending ("Glycerin", "Carbonate",
 * "Officinalis"), or a non-Latin script (Korean and Japanese lists cannot be checked this way)?
 * Menus ("Skincare, Makeup, Gifts") and phrases ("Great product") have none.
 */
export function looksLikeIngredient(text: string, from: number, to: number): boolean {
  let i = from;
  const end = Math.min(to, from + MAX_ITEM_CHARS);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return true;
    if (!isLetter(c)) {
      i++;
      continue;
    }
    if (c > 0x24f) return true;
    const s = i;
    while (i < end && isLetter(text.charCodeAt(i)) && text.charCodeAt(i) <= 0x24f) i++;
    let w = text.slice(s, i).toLowerCase();
    if (INCI_WORDS.has(w)) return true;
    if (w.length >= 6 && w.endsWith('s')) w = w.slice(0, -1);
    if (w.length >= 5 && INCI_SUFFIXES.some((x) => w.endsWith(x))) return true;
    if (w.length >= 6 && w.endsWith('a')) return true; // Latin names: "Lavandula", "Citronella"
  }
  return false;
}

/** Phrases of a "free from …" claim: the names after them are what a product does not contain. */
export const FREE_FROM = [
  'free from',
  'free of',
  'without',
  'not contain',
  'no added',
  'not use',
  'not made with',
];

/** Words a product name ends with, for headings glued to the first ingredient. */
export const PRODUCT_WORDS = new Set(
  (
    'serum cream creme crème moisturizer moisturiser cleanser toner essence lotion balm gel ' +
    'mask masque mist spray sunscreen ampoule emulsion foam exfoliant peel treatment solution ' +
    'primer oil wash scrub tonic drops concentrate fluid milk shampoo conditioner booster ' +
    'set kit duo trio'
  ).split(' '),
);

export interface ShapeStats {
  shape: Shape;
  points: number;
  words: number;
  /** Marketing or direction words (3 points each): never in a product or ingredient name. */
  strong: number;
}

/** Classifies text[from, to). */
export function shapeOf(text: string, from: number, to: number): ShapeStats {
  let hasLetter = false;
  for (let i = from; i < to && i - from < MAX_ITEM_CHARS + 1; i++) {
    if (isLetter(text.charCodeAt(i))) {
      hasLetter = true;
      break;
    }
  }
  if (!hasLetter) {
    // Long runs with no letter in the first stretch are still not names.
    return {
      shape: to - from > MAX_ITEM_CHARS ? 'prose' : 'empty',
      points: 0,
      words: 0,
      strong: 0,
    };
  }
  if (to - from > MAX_ITEM_CHARS) {
    return { shape: 'prose', points: PROSE_POINTS, words: 0, strong: 1 };
  }

  let points = 0;
  let words = 0;
  let strong = 0;
  let odd = 0;
  let depth = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isOpenBracket(c)) {
      depth++;
      i++;
      continue;
    }
    if (isCloseBracket(c)) {
      if (depth > 0) depth--;
      i++;
      continue;
    }
    if (isWhite(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isWhite(d) || isOpenBracket(d) || isCloseBracket(d)) break;
      if (!isLetter(d) && !isDigit(d) && !isNameMark(d) && !isInvisibleFormat(d)) odd++;
      j++;
    }
    if (depth === 0) {
      words++;
      const p = wordPoints(text, i, j, words === 1);
      points += p;
      if (p >= PROSE_POINTS) strong++;
    }
    i = j;
  }
  if (words > MAX_ITEM_WORDS) points += words - MAX_ITEM_WORDS;
  if (odd * 6 > to - from) points += PROSE_POINTS;
  const last = lastVisible(text, from, to);
  if (last === 0x21 || last === 0x3f) points += PROSE_POINTS;
  return { shape: points >= PROSE_POINTS ? 'prose' : 'item', points, words, strong };
}

export function isProse(text: string, from: number, to: number): boolean {
  return shapeOf(text, from, to).shape === 'prose';
}

/**
 * A kit component name or heading: short, no marketing word, at most a couple of function
 * words ("Drink Up™ Intensive Overnight Mask to Quench Skin's Thirst").
 */
export function isTitleLike(text: string, from: number, to: number, maxPoints = 4): boolean {
  if (to - from > 90) return false;
  const s = shapeOf(text, from, to);
  return s.shape !== 'empty' && s.strong === 0 && s.points <= maxPoints && s.words <= 12;
}

function wordPoints(text: string, from: number, to: number, first: boolean): number {
  let a = from;
  let b = to;
  while (a < b && !isLetter(text.charCodeAt(a)) && !isDigit(text.charCodeAt(a))) a++;
  while (b > a && !isLetter(text.charCodeAt(b - 1)) && !isDigit(text.charCodeAt(b - 1))) b--;
  if (a === b) return text.charCodeAt(from) === 0x26 ? 1 : 0;
  if (b - a > 16) return 0;
  const raw = text.slice(a, b);
  if (raw === 'a') return 2;
  if (raw === 'I' && first) return 2;
  const w = raw.toLowerCase();
  if (PROSE_WORDS.has(w)) return 3;
  if (w.endsWith('-free') || w === 'free') return 3;
  // Lower-case verbs ("detoxifies", "moisturizes") never occur in names.
  if (isLower(raw.charCodeAt(0)) && (w.endsWith('ifies') || w.endsWith('izes'))) return 3;
  if (STOP.has(w)) return 2;
  if (LIGHT_STOP.has(w)) return 1;
  if (w.startsWith('http') || w.startsWith('www.')) return 3;
  return 0;
}

/** Punctuation that belongs in names: hyphens, slashes, apostrophes, dots, commas, marks. */
function isNameMark(c: number): boolean {
  return (
    c === 0x2d || // -
    c === 0x2f || // /
    c === 0x27 || // '
    c === 0x2019 ||
    c === 0x2e ||
    c === 0x2c ||
    c === 0x26 || // &
    c === 0x2b || // +
    c === 0x25 || // %
    c === 0x2a || // *
    c === 0x3a || // :
    c === 0xae || // ®
    c === 0x2122 || // ™
    c === 0xb0 ||
    c === 0x2020 ||
    c === 0x2021 ||
    c === 0x5e ||
    c === 0xb9 ||
    c === 0xb2 ||
    c === 0xb3 ||
    c === 0x2032 ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2013 ||
    c === 0x3d || // =
    c === 0x22 ||
    c === 0x201c ||
    c === 0x201d ||
    (c >= 0x2070 && c <= 0x2079)
  );
}

function lastVisible(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i > from ? text.charCodeAt(i - 1) : 0;
}
