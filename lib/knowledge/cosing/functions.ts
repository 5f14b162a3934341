/**
 * CosIng's 81 function labels as plain English: the readable label shown in lists and a short
 * one-liner saying what the function means. The one-liners paraphrase the CosIng glossary of
 * functions; they describe the role in a formula, never an effect on the shopper's skin.
 */
const FUNCTIONS: Readonly<Record<string, readonly [label: string, meaning: string]>> = {
  ABRASIVE: ['abrasive', 'scrubs or polishes skin or teeth mechanically'],
  ABSORBENT: ['absorbent', 'takes up water- or oil-soluble substances'],
  ADHESIVE: ['adhesive', 'helps the product stick to skin, hair or nails'],
  'ANTI-SEBORRHEIC': ['anti-seborrheic', 'helps control sebum production'],
  'ANTI-SEBUM': ['anti-sebum', 'reduces oily shine of skin or scalp'],
  ANTICAKING: ['anticaking', 'keeps powders free-flowing'],
  ANTICORROSIVE: ['anticorrosive', 'protects the packaging from corrosion'],
  ANTIFOAMING: ['antifoaming', 'stops unwanted foam during making or use'],
  ANTIMICROBIAL: ['antimicrobial', 'limits the growth of microorganisms on the skin'],
  ANTIOXIDANT: ['antioxidant', 'slows reactions with oxygen, e.g. going rancid'],
  ANTIPERSPIRANT: ['antiperspirant', 'reduces sweating'],
  ANTIPLAQUE: ['antiplaque', 'helps protect against dental plaque'],
  ANTISTATIC: ['antistatic', 'reduces static electricity, e.g. in hair'],
  ASTRINGENT: ['astringent', 'tightens the skin'],
  BINDING: ['binding', 'holds powders or other ingredients together'],
  BLEACHING: ['bleaching', 'lightens the shade of hair or skin'],
  BUFFERING: ['buffering', "keeps the product's pH steady"],
  BULKING: ['bulking', 'adds volume or dilutes solids'],
  CHELATING: ['chelating', 'binds metal ions that could spoil the product'],
  CLEANSING: ['cleansing', 'helps clean skin, hair or teeth'],
  COLORANT: ['colorant', 'colours the product or the skin, hair or nails'],
  DENATURANT: ['denaturant', 'makes the product unpleasant to drink'],
  DEODORANT: ['deodorant', 'reduces or masks body odour'],
  DEPILATORY: ['depilatory', 'removes unwanted body hair'],
  DETANGLING: ['detangling', 'makes hair easier to comb'],
  'DISPERSING NON-SURFACTANT': ['dispersing (non-surfactant)', 'keeps particles evenly spread'],
  'EMULSION STABILISING': ['emulsion stabilising', 'helps keep oil and water from separating'],
  EPILATING: ['epilating', 'removes hair'],
  EXFOLIATING: ['exfoliating', 'removes dead cells from the skin surface'],
  'EYELASH CONDITIONING': ['eyelash conditioning', 'keeps eyelashes in good condition'],
  'FILM FORMING': ['film forming', 'leaves a thin continuous film on skin, hair or nails'],
  FLAVOURING: ['flavouring', 'gives the product a taste'],
  FOAMING: ['foaming', 'helps the product make foam'],
  FRAGRANCE: ['fragrance', 'a fragrance material'],
  'GEL FORMING': ['gel forming', 'gives a liquid a gel texture'],
  'HAIR CONDITIONING': ['hair conditioning', 'makes hair easier to comb, softer or shinier'],
  'HAIR DYEING': ['hair dyeing', 'colours hair'],
  'HAIR FIXING': ['hair fixing', 'holds the hairstyle'],
  'HAIR WAVING OR STRAIGHTENING': ['hair waving or straightening', "changes the hair's shape"],
  HUMECTANT: ['humectant', 'holds water in the skin'],
  KERATOLYTIC: ['keratolytic', 'loosens dead cells from the skin surface'],
  'LIGHT STABILIZER': ['light stabilizer', 'protects the product from light'],
  LYTIC: ['lytic', 'breaks down other material'],
  MOISTURISING: ['moisturising', 'raises the water content of the skin'],
  'NAIL CONDITIONING': ['nail conditioning', 'keeps nails in good condition'],
  'NAIL SCULPTING': ['nail sculpting', 'builds artificial nail shapes'],
  'NOT REPORTED': ['not reported', 'CosIng lists no function'],
  OPACIFYING: ['opacifying', 'makes a clear product opaque'],
  'ORAL CARE': ['oral care', 'cares for the mouth or teeth'],
  OXIDISING: ['oxidising', 'changes other substances by oxidation, e.g. in hair dyes'],
  PEARLESCENT: ['pearlescent', 'gives a pearly shine'],
  PERFUMING: ['perfuming', 'gives a scent'],
  PLASTICISER: ['plasticiser', 'keeps films soft and flexible'],
  PRESERVATIVE: ['preservative', 'stops microorganisms growing in the product'],
  PROPELLANT: ['propellant', 'pushes the product out of an aerosol can'],
  REDUCING: ['reducing', 'changes other substances by reduction, e.g. in perms'],
  REFATTING: ['refatting', 'replaces oils that washing removes from skin or hair'],
  REFRESHING: ['refreshing', 'gives a feeling of freshness'],
  'SKIN CONDITIONING': ['skin conditioning', 'keeps the skin in good condition'],
  'SKIN CONDITIONING - EMOLLIENT': [
    'skin conditioning (emollient)',
    'softens and smooths the skin',
  ],
  'SKIN CONDITIONING - HUMECTANT': ['skin conditioning (humectant)', 'holds water in the skin'],
  'SKIN CONDITIONING - MISCELLANEOUS': [
    'skin conditioning (miscellaneous)',
    'keeps the skin in good condition',
  ],
  'SKIN CONDITIONING - OCCLUSIVE': [
    'skin conditioning (occlusive)',
    'forms a layer that slows water loss from the skin',
  ],
  'SKIN PROTECTING': ['skin protecting', 'helps shield the skin from outside irritants'],
  'SLIP MODIFIER': ['slip modifier', 'helps other ingredients spread'],
  SMOOTHING: ['smoothing', 'evens out a rough skin surface'],
  SOLVENT: ['solvent', 'dissolves other ingredients'],
  SOOTHING: ['soothing', 'eases discomfort of skin or scalp'],
  'SURFACE MODIFIER': ['surface modifier', 'changes the surface of powder particles'],
  'SURFACTANT - CLEANSING': ['surfactant (cleansing)', 'lets water wash away oil and dirt'],
  'SURFACTANT - DISPERSING': ['surfactant (dispersing)', 'keeps particles spread in a liquid'],
  'SURFACTANT - EMULSIFYING': ['surfactant (emulsifying)', 'lets oil and water mix'],
  'SURFACTANT - FOAM BOOSTING': ['surfactant (foam boosting)', 'makes more or steadier foam'],
  'SURFACTANT - HYDROTROPE': [
    'surfactant (hydrotrope)',
    'helps poorly water-soluble ingredients dissolve',
  ],
  'SURFACTANT - SOLUBILIZING': ['surfactant (solubilizing)', 'lets oils dissolve in water'],
  TANNING: ['tanning', 'darkens the skin, with or without sun'],
  TONIC: ['tonic', 'gives skin or hair a feeling of well-being'],
  'UV ABSORBER': ['UV absorber', 'protects the product from ultraviolet light'],
  'UV FILTER': ['UV filter', 'filters ultraviolet rays to protect skin or hair'],
  'VISCOSITY CONTROLLING': ['viscosity controlling', 'thickens or thins the product'],
  'pH ADJUSTERS': ['pH adjuster', "sets the product's pH"],
};

/** The CosIng labels this table knows, for tests and the generator's coverage check. */
export const KNOWN_FUNCTION_LABELS: readonly string[] = Object.keys(FUNCTIONS);

/** "SKIN CONDITIONING - EMOLLIENT" → "skin conditioning (emollient)"; unknown labels lower-cased. */
export function readableFunction(cosingLabel: string): string {
  return FUNCTIONS[cosingLabel]?.[0] ?? cosingLabel.toLowerCase();
}

/** "HUMECTANT" → "humectant: holds water in the skin"; unknown labels only lower-cased. */
export function describeFunction(cosingLabel: string): string {
  const known = FUNCTIONS[cosingLabel];
  return known ? `${known[0]}: ${known[1]}` : cosingLabel.toLowerCase();
}
