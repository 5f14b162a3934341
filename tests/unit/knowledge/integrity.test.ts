import { describe, expect, it } from 'vitest';
import {
  CHECKS,
  confoundersHaveEvidenceOrNotReviewed,
  everyEntryCitesSource,
  everySourceDatedWithConfidence,
  jurisdictionsComplete,
  noNameOwnedTwice,
  referencesResolve,
  runIntegrityChecks,
  unconfirmedSaysSo,
  uniqueIds,
} from '../../../lib/knowledge/integrity';
import { loadKnowledge } from '../../../lib/knowledge/load';
import type { Confounder, KnowledgeData } from '../../../lib/knowledge/schema';
import { NOT_REVIEWED } from '../../../lib/knowledge/schema';

const data = loadKnowledge();

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
    annexRefs: [],
    sources: ['cosing-inventory-2021'],
  };
}

describe('integrity checks pass on the assembled knowledge module', () => {
  for (const [name, check] of Object.entries(CHECKS)) {
    it(name, () => {
      expect(check(data)).toEqual([]);
    });
  }

  it('runIntegrityChecks reports every check and no problems', () => {
    const results = runIntegrityChecks(data);
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
    first(d.jurisdictions).human.sources = ['no-such-source'];
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
    first(d.sources).date = '27/11/2026';
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
    const j = first(d.jurisdictions);
    j.human = { ...j.human, confirmed: false, headline: 'Allowed', rule: 'It is allowed here.' };
    j.nonHuman = { ...j.nonHuman, status: 'not-confirmed', confirmed: true };
    expect(unconfirmedSaysSo(d)).toHaveLength(2);
  });
});
