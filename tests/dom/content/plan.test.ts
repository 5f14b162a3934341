import { describe, expect, it } from 'vitest';
import type { EntryCard } from '../../../lib/cards';
import type { Mark } from '../../../lib/page/mark/highlight';
import { parseRef, planMarks } from '../../../lib/page/mark/mark-plan';
import { describeMark } from '../../../lib/page/mark/tooltip/describe';
import type { PageReport } from '../../../lib/report';

const ALL = { exosome: true, related: true, confounder: true, claim: true };

function report(): PageReport {
  return {
    schemaVersion: 1,
    url: 'https://sokoglam.com/products/x',
    retailer: 'generic',
    knowledgeVersion: '0.1.0',
    title: 'X',
    ingredientLists: [
      {
        label: null,
        source: 'heuristic',
        section: 1,
        ingredients: [
          {
            text: 'Water',
            name: 'water',
            position: 1,
            group: 'main',
            entryId: null,
            kind: 'unknown',
            start: 0,
            end: 5,
          },
          {
            text: 'Human Adipose Stromal Cell Conditioned Media',
            name: 'h',
            position: 2,
            group: 'main',
            entryId: 'adsc-cm',
            kind: 'exosome',
            start: 7,
            end: 51,
          },
          {
            text: 'Glycine Max Phytoplacenta Conditioned Media',
            name: 'g',
            position: 3,
            group: 'main',
            entryId: 'soy-cm',
            kind: 'related',
            start: 53,
            end: 96,
          },
          {
            text: 'Acetyl Hexapeptide-8',
            name: 'a',
            position: 4,
            group: 'main',
            entryId: 'argireline',
            kind: 'confounder',
            start: 98,
            end: 118,
          },
        ],
      },
    ],
    exosome: {
      verdict: 'ingredient',
      ingredients: [
        {
          entryId: 'adsc-cm',
          text: 'Human Adipose Stromal Cell Conditioned Media',
          sourceClass: 'human-cell',
          detail: 'adipose',
          listIndex: 0,
          position: 2,
          atOrBelowOnePercent: { value: false, reason: 'Listed before Phenoxyethanol.' },
        },
      ],
      related: [
        {
          entryId: 'soy-cm',
          text: 'Glycine Max Phytoplacenta Conditioned Media',
          listIndex: 0,
          position: 3,
        },
      ],
      claims: [
        {
          text: 'exosomes',
          lang: 'en',
          termId: 'exosome-en',
          field: 'title',
          copy: 0,
          start: 5,
          end: 13,
        },
      ],
    },
    confounders: [
      {
        entryId: 'argireline',
        text: 'Acetyl Hexapeptide-8',
        class: 'peptide',
        listIndex: 0,
        position: 4,
      },
    ],
    unmatched: 1,
  };
}

function markWith(ref: string): Mark {
  const range = document.createRange();
  return { kind: 'exosome', id: 'x', ref, range, nodes: [], text: '' };
}

describe('planMarks', () => {
  it('marks matched ingredients in their section and claims in their copy block', () => {
    const plan = planMarks(report(), ALL);
    expect([...plan.sections.keys()]).toEqual([1]);
    expect(plan.sections.get(1)?.map((r) => [r.kind, r.id, r.start, r.end, r.ref])).toEqual([
      ['exosome', 'adsc-cm', 7, 51, 'i:0:1'],
      ['related', 'soy-cm', 53, 96, 'i:0:2'],
      ['confounder', 'argireline', 98, 118, 'i:0:3'],
    ]);
    expect(plan.copy.get(0)?.map((r) => [r.kind, r.id, r.ref])).toEqual([
      ['claim', 'exosome-en', 'c:0'],
    ]);
    expect(plan.entryIds).toEqual(['adsc-cm', 'soy-cm', 'argireline']);
  });

  it('leaves out kinds switched off in settings', () => {
    const plan = planMarks(report(), { ...ALL, confounder: false, claim: false });
    expect(plan.sections.get(1)?.map((r) => r.kind)).toEqual(['exosome', 'related']);
    expect(plan.copy.size).toBe(0);
    expect(plan.entryIds).not.toContain('argireline');
  });

  it('parses refs and rejects junk', () => {
    expect(parseRef('i:2:10')).toEqual({ type: 'ingredient', list: 2, item: 10 });
    expect(parseRef('c:3')).toEqual({ type: 'claim', claim: 3 });
    expect(parseRef('i:x')).toBeNull();
    expect(parseRef(null)).toBeNull();
  });
});

describe('describeMark', () => {
  const card: EntryCard = {
    id: 'adsc-cm',
    kind: 'exosome',
    name: 'H',
    summary: 'S',
    annex: [],
    sources: [],
  };

  it('gives the ingredient as written, its card and the position hint', () => {
    const m = describeMark(markWith('i:0:1'), report(), new Map([['adsc-cm', card]]), false);
    expect(m).toMatchObject({
      kind: 'exosome',
      written: 'Human Adipose Stromal Cell Conditioned Media',
      card,
      positionHint: 'Listed before Phenoxyethanol.',
    });
    const pending = describeMark(markWith('i:0:3'), report(), new Map(), true);
    expect(pending).toMatchObject({
      kind: 'confounder',
      card: null,
      pending: true,
      positionHint: null,
    });
  });

  it('explains a claim against the list', () => {
    const r = report();
    expect(describeMark(markWith('c:0'), r, new Map(), false)?.claimNote).toContain(
      'names an exosome-type ingredient: Human Adipose Stromal Cell Conditioned Media',
    );
    r.exosome.ingredients = [];
    r.exosome.verdict = 'claim-only';
    expect(describeMark(markWith('c:0'), r, new Map(), false)?.claimNote).toBe(
      'No exosome-type ingredient that ExoCheck recognises is in this page’s ingredient list.',
    );
    r.ingredientLists = [];
    expect(describeMark(markWith('c:0'), r, new Map(), false)?.claimNote).toContain(
      'No ingredient list was found',
    );
  });

  it('returns null for unknown refs or no report', () => {
    expect(describeMark(markWith('i:5:0'), report(), new Map(), false)).toBeNull();
    expect(describeMark(markWith('i:0:0'), report(), new Map(), false)).toBeNull(); // unknown kind
    expect(describeMark(markWith('c:0'), null, new Map(), false)).toBeNull();
  });
});
