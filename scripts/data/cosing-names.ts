/**
 * Wording helpers for entries derived from CosIng names: display names, organism and cell
 * sources, and which kind of organism a name comes from. Names are CosIng upper case.
 */

/** Words of a CosIng name: runs of letters, digits and hyphens. */
export function words(name: string): string[] {
  return name.split(/[^A-Z0-9-]+/).filter((w) => w.length > 0);
}

/** Prefixes INCI writes in lower case: sh-Polypeptide-1, rh-Oligopeptide-2, r-Leucosporidium. */
const LOWER_PREFIXES = new Set(['sh', 'rh', 'r', 's', 'sr']);

/** INCI-style title case: "HUMAN ADIPOSE STROMAL CELL EXOSOMES" → "Human Adipose Stromal Cell Exosomes". */
export function titleCase(name: string): string {
  let out = '';
  let wordStart = true;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i] as string;
    const lower = ch.toLowerCase();
    const isLetter = lower !== ch.toUpperCase();
    if (isLetter && wordStart) {
      // Read the letters of this word to decide whether it is a lower-case prefix like "sh-".
      let j = i;
      while (
        j < name.length &&
        (name[j] as string).toLowerCase() !== (name[j] as string).toUpperCase()
      )
        j++;
      const word = name.slice(i, j).toLowerCase();
      const prefix = name[j] === '-' && LOWER_PREFIXES.has(word);
      out += prefix ? word : word.charAt(0).toUpperCase() + word.slice(1);
      i = j - 1;
      wordStart = false;
      continue;
    }
    out += isLetter ? lower : ch;
    wordStart = !isLetter && !(ch >= '0' && ch <= '9');
  }
  return out;
}

/** Words before a genus that modify the material, not the organism. */
const MODIFIERS = new Set(['HYDROLYZED', 'OZONIZED']);

/**
 * Latin organism names read as "Centella asiatica callus": lower case except the genus's
 * first letter; leading modifiers stay lower case ("hydrolyzed Panax ginseng meristem cell").
 */
export function organismText(text: string): string {
  const ws = text.split(' ');
  let genus = 0;
  while (genus < ws.length - 1 && MODIFIERS.has(ws[genus] as string)) genus++;
  return ws
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i !== genus) return lower;
      // "(PANAX" → "(Panax": capitalise the first letter, after any bracket.
      const at = [...lower].findIndex((ch) => ch !== ch.toUpperCase());
      return at < 0
        ? lower
        : lower.slice(0, at) + lower.charAt(at).toUpperCase() + lower.slice(at + 1);
    })
    .join(' ');
}

/** First letter upper case, for text that starts a sentence. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export type Organism = 'human' | 'animal' | 'microbial' | 'alga' | 'plant';

const ANIMAL = new Set([
  'BOAR',
  'BOVINE',
  'CHICKEN',
  'COW',
  'DEER',
  'EARTHWORM',
  'HAMSTER',
  'HORSE',
  'MILK',
  'MOUSE',
  'PIG',
  'RABBIT',
  'SALMON',
  'SHEEP',
  'SILKWORM',
  'TURTLE',
  'JUNGLEFOWL',
]);
/** Arthrospira (spirulina) is a cyanobacterium, so microbial rather than an alga. */
const MICROBIAL = new Set([
  'ARTHROSPIRA',
  'BIFIDA',
  'GALACTOMYCES',
  'LACTOBACILLUS',
  'PANTOEA',
  'PICHIA',
  'PSEUDOMONAS',
  'SACCHAROMYCES',
]);
const ALGAE = new Set(['CHLORELLA', 'MAYAMAEA', 'PORPHYRIDIUM', 'UNDARIA']);

/**
 * Which kind of organism a name comes from. Human, animal, microbial and algal sources are
 * named by a word the CosIng names actually use; anything else is a plant (a Latin binomial
 * with a plant part or a plant cell culture), which callers only assume where the rest of the
 * name already says plant material (callus, meristem, plant cell culture, plant vesicles).
 */
export function organismOf(name: string): Organism {
  const ws = words(name);
  if (ws.includes('HUMAN')) return 'human';
  if (ws.some((w) => ANIMAL.has(w))) return 'animal';
  if (ws.some((w) => MICROBIAL.has(w))) return 'microbial';
  if (ws.some((w) => ALGAE.has(w))) return 'alga';
  return 'plant';
}

/** The text before the first of `markers` (e.g. " CONDITIONED MEDIA"), trimmed. */
export function before(name: string, markers: readonly string[]): string {
  let cut = name.length;
  for (const m of markers) {
    const at = name.indexOf(m);
    if (at >= 0 && at < cut) cut = at;
  }
  return name.slice(0, cut).trim();
}

function pluralCell(word: string): string {
  if (word === 'cell') return 'cells';
  if (word.endsWith('cyte') || word.endsWith('blast')) return `${word}s`;
  return word;
}

/**
 * A cell source as plain words: "UMBILICAL MESENCHYMAL STEM CELL" → "umbilical cord
 * mesenchymal stem cells"; "ADIPOSE DERIVED STEM CELL" → "adipose-derived stem cells";
 * "FIBROBLAST/HUMAN KERATINOCYTE" → "fibroblasts and keratinocytes". HUMAN and HYDROLYZED are
 * dropped (the summary says "human" and "hydrolysed" itself).
 */
export function cellSource(source: string): string {
  const parts = source.split('/').map((part) => {
    const ws = words(part).filter((w) => w !== 'HUMAN' && w !== 'HYDROLYZED');
    while (ws[ws.length - 1] === 'CULTURE') ws.pop();
    const out: string[] = [];
    ws.forEach((w, i) => {
      if (w === 'DERIVED' && out.length > 0) {
        out[out.length - 1] = `${out[out.length - 1]}-derived`;
        return;
      }
      // Single letters are names ("T cell"), not words.
      const lower = w.length === 1 ? w : w.toLowerCase();
      out.push(lower === 'umbilical' && ws[i + 1] !== 'CORD' ? 'umbilical cord' : lower);
    });
    const last = out.length - 1;
    if (last >= 0) out[last] = pluralCell(out[last] as string);
    return out.join(' ');
  });
  const named = parts.filter((p) => p.length > 0);
  const last = named.pop();
  return named.length > 0 ? `${named.join(', ')} and ${last}` : (last ?? '');
}
