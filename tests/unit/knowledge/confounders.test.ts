import { describe, expect, it } from 'vitest';
import confounderData from '../../../lib/knowledge/data/confounders.json';
import sourceData from '../../../lib/knowledge/data/sources-confounders.json';
import {
  Confounder,
  ConfounderClass,
  type LabelName,
  NOT_REVIEWED,
  Source,
} from '../../../lib/knowledge/schema';
import { normalizeName } from '../../../lib/text/normalize';
import { z } from '../../../lib/zod';

/** Owned by the main sources.json: the identity source for entries with no reviewed evidence. */
const COSING_INVENTORY = 'cosing-inventory-2021';

const confounders = z.array(Confounder).parse(confounderData);
const sources = z.array(Source).parse(sourceData);
const sourceIds = new Set(sources.map((s) => s.id));

const text = (n: LabelName) => (typeof n === 'string' ? n : n.name);
const allNames = (c: Confounder) => [c.name, ...c.names.map(text)];

describe('confounders.json', () => {
  it('validates against the Confounder schema and has at least 60 entries', () => {
    expect(confounders.length).toBeGreaterThanOrEqual(60);
    for (const c of confounders) expect(c.kind).toBe('confounder');
  });

  it('has unique ids', () => {
    const ids = confounders.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every confounder class', () => {
    const present = new Set(confounders.map((c) => c.class));
    for (const cls of ConfounderClass.options) expect(present, cls).toContain(cls);
  });

  it('cites only sources that exist (or the shared CosIng inventory source)', () => {
    for (const c of confounders) {
      for (const s of c.sources) {
        expect(sourceIds.has(s) || s === COSING_INVENTORY, `${c.id} cites ${s}`).toBe(true);
      }
    }
  });

  it('never lets two entries own the same normalised name', () => {
    const owner = new Map<string, string>();
    for (const c of confounders) {
      const own = new Set<string>();
      for (const n of allNames(c)) {
        const key = normalizeName(n);
        expect(key.length, `${c.id}: "${n}" normalises to nothing`).toBeGreaterThan(0);
        const prev = owner.get(key);
        expect(prev === undefined || prev === c.id, `"${n}" in ${c.id} and ${prev}`).toBe(true);
        expect(own.has(key), `${c.id} lists "${n}" twice`).toBe(false);
        own.add(key);
        owner.set(key, c.id);
      }
    }
  });

  it('avoids dangerously generic names', () => {
    const generic = new Set([
      'peptide',
      'peptides',
      'vitamin',
      'acid',
      'extract',
      'ceramide',
      'aha',
    ]);
    for (const c of confounders) {
      for (const n of allNames(c))
        expect(generic.has(normalizeName(n)), `${c.id}: ${n}`).toBe(false);
    }
  });

  it('has evidence that is one real line or exactly "evidence not reviewed"', () => {
    for (const c of confounders) {
      if (c.evidence === NOT_REVIEWED) continue;
      expect(c.evidence, c.id).not.toMatch(/\n/);
      expect(c.evidence.trim(), c.id).toBe(c.evidence);
      expect(c.evidence.length, c.id).toBeGreaterThanOrEqual(40);
      expect(c.evidence.toLowerCase(), c.id).not.toMatch(/^evidence not reviewed/);
      // A reviewed line must rest on a reviewed source, not on the ingredient inventory alone.
      expect(
        c.sources.some((s) => s !== COSING_INVENTORY),
        `${c.id} has evidence but cites only the inventory`,
      ).toBe(true);
    }
  });

  it('keeps caveats to one line', () => {
    for (const c of confounders) if (c.caveat) expect(c.caveat, c.id).not.toMatch(/\n/);
  });

  it('sets mimics only on growth factors', () => {
    for (const c of confounders) {
      if (c.mimics !== undefined) expect(c.class, c.id).toBe('growth-factor');
    }
  });

  it('takes disputed growth-factor identities from CosIng and keeps the dispute visible', () => {
    for (const id of ['sh-oligopeptide-2', 'sh-polypeptide-7', 'sh-polypeptide-9']) {
      const c = confounders.find((x) => x.id === id);
      expect(c, id).toBeDefined();
      expect(c?.mimics, id).toMatch(/per the CosIng description/);
      expect(c?.sources, id).toContain('cosing-inventory-2021');
      expect(c?.caveat, id).toMatch(/disagree/i);
    }
  });

  it('flags the EU human-origin ban wherever an rh- name is listed', () => {
    for (const c of confounders) {
      if (allNames(c).some((n) => /^rh-/i.test(n)))
        expect(c.caveat ?? '', c.id).toContain('II/416');
    }
  });

  it('records EU caps and US drug status where RESEARCH notes them', () => {
    const caveat = (id: string) => confounders.find((c) => c.id === id)?.caveat ?? '';
    for (const id of [
      'retinol',
      'retinyl-palmitate',
      'retinyl-acetate',
      'arbutin',
      'alpha-arbutin',
      'kojic-acid',
    ]) {
      expect(caveat(id), id).toContain('2024/996');
    }
    expect(caveat('azelaic-acid')).toMatch(/prescription/i);
  });

  it('uses well-formed CosIng references', () => {
    const refs = confounders.flatMap((c) => (c.cosingRef ? [c.cosingRef] : []));
    expect(new Set(refs).size).toBe(refs.length);
    for (const c of confounders) {
      for (const a of c.annexRefs) expect(a, c.id).toMatch(/^(?:II|III|IV|V|VI)\/\d+$/);
    }
  });
});

describe('sources-confounders.json', () => {
  it('validates against the Source schema with unique c- ids', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s.id).toMatch(/^c-/);
    expect(sourceIds.size).toBe(sources.length);
  });

  it('gives every primary source a url, a doi or a PMID', () => {
    for (const s of sources.filter((x) => x.confidence === 'primary')) {
      expect(Boolean(s.url) || Boolean(s.doi) || /PMID \d+/.test(s.citation), s.id).toBe(true);
    }
  });

  it('has no source that no entry cites', () => {
    const cited = new Set(confounders.flatMap((c) => c.sources));
    for (const s of sources) expect(cited.has(s.id), s.id).toBe(true);
  });
});
