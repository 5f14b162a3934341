import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHECKS,
  confoundersHaveEvidenceOrNotReviewed,
  everyEntryCitesSource,
  everyRulingNamesItsMaterial,
  everySourceDatedWithConfidence,
  evidenceLinked,
  evidenceVerdictMatches,
  factsAsOfNotAfterChecks,
  glossesSayMeaningOnce,
  jurisdictionsComplete,
  noNameOwnedTwice,
  noVariantIsCosingEntry,
  referencesResolve,
  runIntegrityChecks,
  shownDatesArePublished,
  unconfirmedSaysSo,
  uniqueIds,
} from '../../../lib/knowledge/integrity';
import { loadKnowledge } from '../../../lib/knowledge/load';
import type { Confounder, KnowledgeData } from '../../../lib/knowledge/schema';
import { NOT_REVIEWED } from '../../../lib/knowledge/schema';
import { normalizeName } from '../../../lib/text/normalize';
import { readInventory } from '../../../scripts/data/cosing';

const data = loadKnowledge();

/**
 * Normalised CosIng names → ref numbers, from the committed inventory export. Retired INCI
 * names ("Ceramide 3 (Retired) …") are older names of the same ingredient, which the
 * guidelines keep as variants, so they are left out.
 */
const cosingRefs = new Map<string, string[]>();
for (const n of readInventory(readFileSync('lib/knowledge/cosing/cosing_ingredients.csv', 'utf8'))
  .names) {
  if (/\(Retired\)/.test(n.description ?? '')) continue;
  const key = normalizeName(n.name);
  cosingRefs.set(key, [...(cosingRefs.get(key) ?? []), ...n.refs]);
}
const withCosing = { cosingRefs };

/** A deep copy to break; the loaded module stays intact for the other tests. */
const broken = (): KnowledgeData => structuredClone(data);

function first<T>(xs: readonly T[]): T {
  const x = xs[0];
  if (x === undefined) throw new Error('fixture collection is empty');
  return x;
}

function fakeConfounder(evidence: string): Confounder {
  return {
    id: 'test-fake-confounder',
    kind: 'confounder',
    name: 'Test Fake Confounder Name',
    names: [],
    class: 'other-active',
    evidence,
    evidenceVerdict: evidence === NOT_REVIEWED ? 'not-reviewed' : 'limited',
    annexRefs: [],
    sources: ['cosing-inventory-2021'],
  };
}

describe('integrity checks pass on the assembled knowledge module', () => {
  for (const [name, check] of Object.entries(CHECKS)) {
    it(name, () => {
      expect(check(data, withCosing)).toEqual([]);
    });
  }

  it('runIntegrityChecks reports every check and no problems', () => {
    const results = runIntegrityChecks(data, withCosing);
    expect(results.map((r) => r.check)).toEqual(Object.keys(CHECKS));
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });
});

describe('integrity checks catch broken data', () => {
  it('uniqueIds: an id reused across collections', () => {
    const d = broken();
    first(d.claims).id = first(d.sources).id;
    expect(uniqueIds(d)).toHaveLength(1);
  });

  it('noNameOwnedTwice: a name that normalises to another entry’s name', () => {
    const d = broken();
    const [a, b] = d.exosome;
    if (!a || !b) throw new Error('need two exosome entries');
    b.names.push(a.name.toUpperCase().replaceAll(' ', '-'));
    expect(noNameOwnedTwice(d).join('\n')).toContain(a.id);
  });

  it('noNameOwnedTwice: a duplicate claim term in one language', () => {
    const d = broken();
    const c = first(d.claims);
    d.claims.push({ ...c, id: 'test-duplicate-claim', term: ` ${c.term.toUpperCase()} ` });
    expect(noNameOwnedTwice(d)).toHaveLength(1);
  });

  it('referencesResolve: an unknown source id and a broken meta source', () => {
    const d = broken();
    first(d.exosome).sources.push('no-such-source');
    d.meta.cosing.sourceId = 'no-such-cosing';
    expect(referencesResolve(d)).toHaveLength(2);
  });

  it('referencesResolve: a jurisdiction ruling citing an unknown source', () => {
    const d = broken();
    first(first(d.jurisdictions).rulings).sources = ['no-such-source'];
    expect(referencesResolve(d)).toHaveLength(1);
  });

  it('everyEntryCitesSource: evidence without sources, a rule citing one source twice', () => {
    const d = broken();
    first(d.evidence).sources = [];
    const rule = first(d.orderRules);
    rule.sources = [first(rule.sources), first(rule.sources)];
    expect(everyEntryCitesSource(d)).toHaveLength(2);
  });

  it('everySourceDatedWithConfidence: a European date and an unknown confidence', () => {
    const d = broken();
    first(d.sources).published = '27/11/2026';
    (d.sources[1] as { confidence: string }).confidence = 'tertiary';
    expect(everySourceDatedWithConfidence(d)).toHaveLength(2);
  });

  it('confoundersHaveEvidenceOrNotReviewed: near-miss of the constant and a multi-line text', () => {
    const d = broken();
    d.confounders.push(fakeConfounder('Evidence not reviewed.'));
    d.confounders.push({
      ...fakeConfounder('First line of evidence.\nSecond line.'),
      id: 'test-fake-confounder-2',
    });
    d.confounders.push({ ...fakeConfounder(NOT_REVIEWED), id: 'test-fake-confounder-3' });
    expect(confoundersHaveEvidenceOrNotReviewed(d)).toHaveLength(2);
  });

  it('jurisdictionsComplete: a missing jurisdiction and a region claimed twice', () => {
    const d = broken();
    d.jurisdictions = d.jurisdictions.filter((j) => j.id !== 'ca');
    const us = d.jurisdictions.find((j) => j.id === 'us');
    us?.regions.push('GB');
    const problems = jurisdictionsComplete(d);
    expect(problems.some((p) => p.includes('ca'))).toBe(true);
    expect(problems.some((p) => p.includes('GB'))).toBe(true);
  });

  it('unconfirmedSaysSo: unconfirmed text without the words, contradictory status', () => {
    const d = broken();
    const [a, b] = first(d.jurisdictions).rulings;
    if (!a || !b) throw new Error('need two rulings');
    Object.assign(a, { confirmed: false, headline: 'Allowed', rule: 'It is allowed here.' });
    Object.assign(b, { status: 'not-confirmed', confirmed: true });
    expect(unconfirmedSaysSo(d)).toHaveLength(2);
  });

  it('everyRulingNamesItsMaterial: a material ruled twice, one ruled never, "unspecified" ruled', () => {
    const d = broken();
    const kr = d.jurisdictions.find((j) => j.id === 'kr');
    if (!kr) throw new Error('no kr');
    const [a, b] = kr.rulings;
    if (!a || !b) throw new Error('need two rulings');
    a.materials = [...a.materials, ...b.materials, 'unspecified'];
    b.materials = ['plant'];
    const problems = everyRulingNamesItsMaterial(d);
    expect(problems.some((p) => p.includes('ruled 2 times'))).toBe(true);
    expect(problems.some((p) => p.includes('"unspecified"'))).toBe(true);
    kr.rulings = kr.rulings.filter((r) => !r.materials.includes('alga'));
    expect(everyRulingNamesItsMaterial(d).some((p) => p.includes('alga ruled 0'))).toBe(true);
  });

  it('shownDatesArePublished: publication after the read date, the read date as publication', () => {
    const d = broken();
    const [a, b] = d.sources;
    if (!a || !b) throw new Error('need two sources');
    Object.assign(a, { published: '2027-01-01', accessed: '2026-11-27' });
    Object.assign(b, {
      published: '2026-11-27',
      accessed: '2026-11-27',
      note: 'The page shows no date; the date given is when the stored copy was read.',
    });
    expect(shownDatesArePublished(d)).toHaveLength(2);
  });

  it('evidenceLinked: evidence naming nothing, and an unknown entry', () => {
    const d = broken();
    const [a, b] = d.evidence;
    if (!a || !b) throw new Error('need two evidence items');
    Object.assign(a, { entries: [], materials: [] });
    Object.assign(b, { entries: ['no-such-entry'] });
    expect(evidenceLinked(d)).toHaveLength(2);
  });

  it('noVariantIsCosingEntry: an rh- name stored as a variant of the sh- entry', () => {
    const d = broken();
    const sh = d.confounders.find((c) => c.id === 'sh-oligopeptide-1');
    if (!sh) throw new Error('no sh-oligopeptide-1');
    sh.names.push('rh-Oligopeptide-1');
    const problems = noVariantIsCosingEntry(d, withCosing);
    expect(problems.join('\n')).toContain('84391');
    // Without the inventory the check has nothing to compare against.
    expect(noVariantIsCosingEntry(d)).toEqual([]);
  });

  it('evidenceVerdictMatches: a reviewed verdict on "evidence not reviewed"', () => {
    const d = broken();
    d.confounders.push({ ...fakeConfounder(NOT_REVIEWED), evidenceVerdict: 'positive' });
    expect(evidenceVerdictMatches(d)).toHaveLength(1);
  });

  it('factsAsOfNotAfterChecks: a footer date later than a jurisdiction check', () => {
    const d = broken();
    d.meta.factsAsOf = '2099-01-01';
    expect(factsAsOfNotAfterChecks(d)).toHaveLength(1);
  });

  it('glossesSayMeaningOnce: a doubled prefix and an English gloss starting with its term', () => {
    const d = broken();
    const c = d.claims.find((x) => x.id === 'claim-en-exosome');
    const ko = d.claims.find((x) => x.lang === 'ko');
    if (!c || !ko) throw new Error('claims missing');
    c.gloss = 'Exosome: tiny vesicles released by cells.';
    ko.gloss = 'Exosomes: Exosomes: tiny vesicles.';
    expect(glossesSayMeaningOnce(d)).toHaveLength(2);
  });
});
