import { writeFileSync } from 'node:fs';
import { DERIVED_PATH, DICTIONARY_PATH, generateCosing, sizes } from './data/cosing';
import { KNOWLEDGE_PATH, writeKnowledge } from './data/knowledge';
import { LEXICON_PATH, writeLexicon } from './data/lexicon';
import { LOOKUP_INDEX_PATH, lookupIndexJson } from './data/lookup-index';

/**
 * `npm run data`: regenerates lib/knowledge/generated/ from the raw CosIng files and the
 * hand-written knowledge data. A short sequence of named steps; each prints what it wrote.
 */

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function cosingStep(): void {
  const build = generateCosing();
  writeFileSync(DICTIONARY_PATH, build.dictionaryJson);
  writeFileSync(DERIVED_PATH, build.derivedJson);
  const lookupJson = lookupIndexJson(build.dictionary.compact);
  writeFileSync(LOOKUP_INDEX_PATH, lookupJson);

  const { inventory, dictionary, derived } = build;
  const dict = sizes(build.dictionaryJson);
  const der = sizes(build.derivedJson);
  console.log(`cosing: ${inventory.rows} rows → ${inventory.names.length} names`);
  console.log(`  merged duplicate names: ${inventory.duplicates.length}`);
  console.log(
    `  functions ${dictionary.compact.functions.length}, Annex II entries ${Object.keys(dictionary.compact.annexII).length}` +
      (dictionary.missingAnnexII.length
        ? ` (cited but not in the 2025 export: ${dictionary.missingAnnexII.join(' ')})`
        : ''),
  );
  console.log(`  ${DICTIONARY_PATH}: ${kb(dict.raw)} raw, ${kb(dict.gzip)} gzip`);
  const d = derived.derived;
  const count = <T>(xs: T[], key: (x: T) => string) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return [...m].map(([k, v]) => `${k} ${v}`).join(', ');
  };
  console.log(
    `  derived exosome ${d.exosome.length}: ${count(d.exosome, (e) => `${e.materialType}/${e.form}`)}`,
  );
  console.log(
    `  derived related ${d.related.length}: ${count(d.related, (e) => `${e.relation}/${e.materialType}`)}`,
  );
  console.log(
    `  derived confounders ${d.confounders.length}: ${count(d.confounders, (e) => e.class)}`,
  );
  console.log(`  skipped (owned by hand-written entries): ${derived.skippedOwned.length}`);
  if (derived.skippedSameKey.length) {
    console.log(
      `  skipped (same normalised name as another): ${derived.skippedSameKey.join('; ')}`,
    );
  }
  console.log(`  ${DERIVED_PATH}: ${kb(der.raw)} raw, ${kb(der.gzip)} gzip`);
  const look = sizes(lookupJson);
  console.log(`  ${LOOKUP_INDEX_PATH}: ${kb(look.raw)} raw, ${kb(look.gzip)} gzip`);
}

/** The compact lexicon the content script ships; built after the derived entries it includes. */
function lexiconStep(): void {
  const { bytes, names, claims } = writeLexicon();
  console.log(`lexicon: ${names} names, ${claims} claim terms`);
  console.log(`  ${LEXICON_PATH}: ${kb(bytes)} raw`);
}

/** The validated knowledge module the extension and the CLI load (no schema run at load). */
function knowledgeStep(): void {
  const { bytes, entries } = writeKnowledge();
  console.log(`knowledge: ${entries} entries`);
  console.log(`  ${KNOWLEDGE_PATH}: ${kb(bytes)} raw`);
}

const STEPS: ReadonlyArray<[name: string, run: () => void]> = [
  ['cosing', cosingStep],
  ['knowledge', knowledgeStep],
  ['lexicon', lexiconStep],
];

for (const [name, run] of STEPS) {
  const started = performance.now();
  run();
  console.log(`✓ ${name} (${Math.round(performance.now() - started)} ms)`);
}
