import { useEffect, useId, useMemo, useState } from 'react';
import { sourceRefs } from '@/lib/cards/build';
import { readableInci } from '@/lib/knowledge/inci-case';
import { type CosingNames, createLookup, type LookupResult } from '@/lib/knowledge/lookup';
import { EntryDetails } from '../shared/EntryDetails';
import { useKnowledgeView } from '../shared/KnowledgeContext';
import { SourceNote } from '../shared/SourceNote';
import { languageName } from './claim-rows';

const KIND_LABEL = {
  exosome: 'exosome-type',
  related: 'related, not an exosome',
  confounder: 'common active',
} as const;

/**
 * Offline lookup: knowledge results appear at once; CosIng names join when the dictionary
 * chunk has loaded (on the first search, never before).
 */
export function LookupBox({ loadDictionary }: { loadDictionary?: () => Promise<CosingNames> }) {
  const { knowledge } = useKnowledgeView();
  const lookup = useMemo(
    () => createLookup(knowledge, loadDictionary),
    [knowledge, loadDictionary],
  );
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<LookupResult[]>([]);
  const [cosingFailed, setCosingFailed] = useState(false);
  const inputId = useId();
  const hintId = useId();

  useEffect(() => {
    let live = true;
    setResults(lookup.search(query));
    if (!loadDictionary || query.trim().length < 3) return;
    // Short pause so typing does not search 30k names on every key.
    const timer = setTimeout(() => {
      lookup.searchAll(query).then(
        (all) => {
          if (live) setResults(all);
        },
        () => {
          if (live) setCosingFailed(true);
        },
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [lookup, query, loadDictionary]);

  const { shown, similar } = splitSimilar(results);
  return (
    <section aria-labelledby="lookup-title" className="lookup">
      <h2 id="lookup-title">Look up an ingredient or claim</h2>
      <label htmlFor={inputId}>Ingredient name or claim word</label>
      <input
        id={inputId}
        type="search"
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={hintId} className="muted">
        Works offline, in any language, typos allowed.
        {cosingFailed ? ' (CosIng names could not be loaded.)' : ''}
      </p>
      <p role="status" className="visually-hidden">
        {query.trim() ? `${results.length} result${results.length === 1 ? '' : 's'}` : ''}
      </p>
      {query.trim() && results.length === 0 ? <p>No match.</p> : null}
      <ResultList results={shown} />
      {similar.length > 0 ? (
        <details className="lookup-similar">
          <summary>
            {similar.length} similar name{similar.length === 1 ? '' : 's'} in the EU inventory
            (CosIng)
          </summary>
          <ResultList results={similar} />
        </details>
      ) : null}
    </section>
  );
}

/**
 * After an exact knowledge answer, CosIng look-alikes ("Niacinamide Malate" after
 * "Niacinamide") are grouped under one closed line instead of filling the popup.
 */
export function splitSimilar(results: readonly LookupResult[]): {
  shown: LookupResult[];
  similar: LookupResult[];
} {
  const [top] = results;
  if (!top || top.score > 0.01 || top.target.kind === 'cosing') {
    return { shown: [...results], similar: [] };
  }
  return {
    shown: results.filter((r) => r.target.kind !== 'cosing'),
    similar: results.filter((r) => r.target.kind === 'cosing'),
  };
}

function ResultList({ results }: { results: readonly LookupResult[] }) {
  return (
    <ul className="lookup-results" aria-label="Lookup results">
      {results.map((r) => (
        <li key={resultKey(r)}>
          <details>
            <summary>
              <strong>{titleOf(r)}</strong> <span className="tag">{kindLabel(r)}</span>
              {r.matched !== r.title ? (
                <span className="muted">
                  {' '}
                  matched <q lang={r.lang}>{r.matched}</q>
                </span>
              ) : null}
            </summary>
            <ResultDetails result={r} />
          </details>
        </li>
      ))}
    </ul>
  );
}

function ResultDetails({ result }: { result: LookupResult }) {
  const { knowledge } = useKnowledgeView();
  const t = result.target;
  if (t.kind === 'entry') return <EntryDetails entryId={t.entryId} headingLevel={4} />;
  if (t.kind === 'claim') {
    const term = knowledge.claim(t.claimId);
    if (!term) return null;
    return (
      <div className="fact">
        <p>
          A claim word ({languageName(term.lang)}): {term.gloss}. Wording like this in product text
          is a claim, not an ingredient; check the list for an exosome-type ingredient.
        </p>
        <SourceNote sources={sourceRefs(knowledge, term.sources)} />
      </div>
    );
  }
  const hit = result.cosing;
  const cosingSource = knowledge.source(knowledge.data.meta.cosing.sourceId);
  return (
    <div className="fact">
      <p>
        CosIng INCI name
        {hit && hit.functions.length > 0 ? `: ${hit.functions.join(', ')}` : ''}
        {hit && hit.annexRefs.length > 0 ? `; EU annex ${hit.annexRefs.join(', ')}` : ''}. Not in
        ExoCheck's exosome/active knowledge.
      </p>
      {hit?.annexII ? (
        <p className="caveat">
          EU Annex II (prohibited in cosmetics)
          {hit.annexIIEntries.length > 0
            ? `: ${hit.annexIIEntries.map((e) => `${e.name} (${e.ref}, updated ${e.updated})`).join('; ')}`
            : ''}
          .
        </p>
      ) : null}
      {cosingSource ? <SourceNote sources={sourceRefs(knowledge, [cosingSource.id])} /> : null}
    </div>
  );
}

/** CosIng names in readable case ("Acetyl Hexapeptide-8"); knowledge titles as written. */
function titleOf(r: LookupResult): string {
  return r.target.kind === 'cosing' ? readableInci(r.title) : r.title;
}

function kindLabel(r: LookupResult): string {
  if (r.target.kind === 'entry') return KIND_LABEL[r.target.entryKind];
  if (r.target.kind === 'claim') return `claim word, ${r.lang ?? ''}`.replace(/, $/, '');
  return 'CosIng';
}

function resultKey(r: LookupResult): string {
  const t = r.target;
  return t.kind === 'entry'
    ? `e:${t.entryId}`
    : t.kind === 'claim'
      ? `c:${t.claimId}`
      : `i:${t.name}`;
}
