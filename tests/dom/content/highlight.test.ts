import { beforeEach, describe, expect, it } from 'vitest';
import {
  ensureMarkStyle,
  isOwnNode,
  MARK_SELECTOR,
  MARK_STYLE_ID,
  type MarkRange,
  markRanges,
  removeMarkStyle,
  removeMarks,
  unwrapMark,
} from '../../../lib/page/highlight';
import { plainSource, rangeOf } from './source';

const LIST =
  'Water, Human Adipose Stromal Cell Conditioned Media, Glycerin, Acetyl Hexapeptide-8, Linalool';

function range(
  source: ReturnType<typeof plainSource>,
  needle: string,
  kind: MarkRange['kind'],
  id: string,
  ref = id,
): MarkRange {
  return { ...rangeOf(source, needle), kind, id, ref };
}

function marks(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(MARK_SELECTOR)];
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('markRanges', () => {
  it('wraps ranges in marks with kind, id, tabindex and aria-describedby', () => {
    document.body.innerHTML = `<div id="ing"><p>${LIST}</p></div>`;
    const root = document.getElementById('ing') as HTMLElement;
    const src = plainSource(root);
    const added = markRanges(
      src,
      [
        range(src, 'Human Adipose Stromal Cell Conditioned Media', 'exosome', 'human-adsc-cm'),
        range(src, 'Acetyl Hexapeptide-8', 'confounder', 'acetyl-hexapeptide-8'),
      ],
      { focusable: true },
    );
    expect(added).toHaveLength(2);
    const [exo, conf] = marks();
    expect(exo?.textContent).toBe('Human Adipose Stromal Cell Conditioned Media');
    expect(exo?.dataset.exocheckKind).toBe('exosome');
    expect(exo?.dataset.exocheckId).toBe('human-adsc-cm');
    expect(exo?.getAttribute('tabindex')).toBe('0');
    expect(exo?.getAttribute('aria-describedby')).toBe('exocheck-tooltip');
    expect(conf?.dataset.exocheckKind).toBe('confounder');
    // Page text is unchanged.
    expect(root.textContent).toBe(LIST);
  });

  it('leaves marks unfocusable when tooltips are off', () => {
    document.body.innerHTML = `<p>${LIST}</p>`;
    const src = plainSource(document.body);
    markRanges(src, [range(src, 'Glycerin', 'confounder', 'glycerin')], { focusable: false });
    const [m] = marks();
    expect(m?.hasAttribute('tabindex')).toBe(false);
    expect(m?.hasAttribute('aria-describedby')).toBe(false);
  });

  it('splits a range that spans several text nodes into marks with the same id', () => {
    document.body.innerHTML =
      '<p id="p">Water, Human <b>Adipose</b> Stromal <a href="/x">Cell Conditioned</a> Media, Glycerin</p>';
    const p = document.getElementById('p') as HTMLElement;
    const src = plainSource(p);
    markRanges(
      src,
      [range(src, 'Human Adipose Stromal Cell Conditioned Media', 'exosome', 'adsc', 'i:0:2')],
      { focusable: true },
    );
    const found = marks();
    expect(found.map((m) => m.textContent)).toEqual([
      'Human ',
      'Adipose',
      ' Stromal ',
      'Cell Conditioned',
      ' Media',
    ]);
    expect(new Set(found.map((m) => m.dataset.exocheckId))).toEqual(new Set(['adsc']));
    expect(new Set(found.map((m) => m.dataset.exocheckRef))).toEqual(new Set(['i:0:2']));
    // Marking inside a link keeps the link (and adds none).
    const link = p.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/x');
    expect(link?.querySelector(MARK_SELECTOR)?.textContent).toBe('Cell Conditioned');
    expect(p.querySelectorAll('a')).toHaveLength(1);
    expect(p.textContent).toBe('Water, Human Adipose Stromal Cell Conditioned Media, Glycerin');
  });

  it('is idempotent: marking again with a fresh source adds nothing', () => {
    document.body.innerHTML = `<p id="p">${LIST}</p>`;
    const p = document.getElementById('p') as HTMLElement;
    const ranges = (src: ReturnType<typeof plainSource>) => [
      range(src, 'Human Adipose Stromal Cell Conditioned Media', 'exosome', 'adsc'),
      range(src, 'Glycerin', 'confounder', 'glycerin'),
    ];
    const first = plainSource(p);
    markRanges(first, ranges(first), { focusable: true });
    const html = p.innerHTML;
    const second = plainSource(p);
    expect(markRanges(second, ranges(second), { focusable: true })).toHaveLength(0);
    expect(p.innerHTML).toBe(html);
    expect(marks()).toHaveLength(2);
  });

  it('skips ranges over text from JSON (no segments) and whitespace-only pieces', () => {
    document.body.innerHTML = '<p>Glycerin</p>';
    expect(
      markRanges(
        { text: 'Glycerin', segments: [] },
        [{ start: 0, end: 8, kind: 'confounder', id: 'g', ref: 'g' }],
        {
          focusable: true,
        },
      ),
    ).toHaveLength(0);
    document.body.innerHTML = '<p>Glycerin</p><p> </p><p>Water</p>';
    const src = plainSource(document.body);
    markRanges(src, [{ start: 0, end: src.text.length, kind: 'claim', id: 'c', ref: 'c' }], {
      focusable: true,
    });
    expect(marks().map((m) => m.textContent)).toEqual(['Glycerin', 'Water']);
  });

  it('keeps hostile ingredient text as text', () => {
    const p = document.createElement('p');
    // Text nodes holding markup-like text, as a page could show them (escaped in its HTML).
    p.append(
      document.createTextNode(
        'Water, <script>alert(1)</script> Extract, <img src=x onerror=alert(2)>',
      ),
    );
    document.body.append(p);
    const src = plainSource(p);
    markRanges(
      src,
      [
        range(src, '<script>alert(1)</script> Extract', 'exosome', 'x'),
        range(src, '<img src=x onerror=alert(2)>', 'claim', 'y'),
      ],
      { focusable: true },
    );
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(marks().map((m) => m.textContent)).toEqual([
      '<script>alert(1)</script> Extract',
      '<img src=x onerror=alert(2)>',
    ]);
    expect(marks().every((m) => m.childElementCount === 0)).toBe(true);
  });

  it('does not mark inside script or style', () => {
    document.body.innerHTML = '<p>Glycerin</p><script>var Glycerin = 1</script>';
    const src = plainSource(document.body);
    const script = src.text.indexOf('var Glycerin');
    markRanges(
      src,
      [
        { start: 0, end: 8, kind: 'confounder', id: 'g', ref: 'a' },
        { start: script + 4, end: script + 12, kind: 'confounder', id: 'g', ref: 'b' },
      ],
      { focusable: true },
    );
    expect(marks()).toHaveLength(1);
  });
});

describe('removeMarks', () => {
  it('restores the original text nodes exactly, keeping their identity', () => {
    document.body.innerHTML =
      '<p id="p">Water, Human <b>Adipose</b> Stromal <a href="/x">Cell Conditioned</a> Media, Glycerin</p>';
    const p = document.getElementById('p') as HTMLElement;
    const before = p.innerHTML;
    const originals = plainSource(p).segments.map((s) => s.node);
    const src = plainSource(p);
    markRanges(
      src,
      [
        range(src, 'Human Adipose Stromal Cell Conditioned Media', 'exosome', 'adsc'),
        range(src, 'Water', 'related', 'w'),
        range(src, 'Glycerin', 'confounder', 'g'),
      ],
      { focusable: true },
    );
    expect(marks().length).toBeGreaterThan(3);
    expect(removeMarks(document)).toBeGreaterThan(3);
    expect(marks()).toHaveLength(0);
    expect(p.innerHTML).toBe(before);
    const after = plainSource(p).segments.map((s) => s.node);
    expect(after).toHaveLength(originals.length);
    after.forEach((node, i) => {
      expect(node).toBe(originals[i]);
    });
  });

  it('handles several and adjacent marks in one text node, unwrapped in any order', () => {
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [2, 0, 3, 1],
    ]) {
      document.body.innerHTML = `<p id="p">${LIST}</p>`;
      const p = document.getElementById('p') as HTMLElement;
      const original = p.firstChild;
      const src = plainSource(p);
      markRanges(
        src,
        [
          range(src, 'Water', 'related', 'a'),
          range(src, ', Human', 'claim', 'b'), // touches the previous one
          range(src, 'Glycerin', 'confounder', 'c'),
          range(src, 'Linalool', 'confounder', 'd'), // at the very end
        ],
        { focusable: true },
      );
      const found = marks();
      expect(found.map((m) => m.textContent)).toEqual(['Water', ', Human', 'Glycerin', 'Linalool']);
      for (const i of order) unwrapMark(found[i] as HTMLElement);
      expect(p.childNodes).toHaveLength(1);
      expect(p.firstChild).toBe(original);
      expect(p.textContent).toBe(LIST);
    }
  });

  it("does not merge the page's own adjacent text nodes", () => {
    const p = document.createElement('p');
    const a = document.createTextNode('Water, ');
    const b = document.createTextNode('Glycerin, ');
    const c = document.createTextNode('Linalool');
    p.append(a, b, c);
    document.body.append(p);
    const src = plainSource(p);
    markRanges(src, [range(src, 'Glycerin', 'confounder', 'g')], { focusable: true });
    removeMarks(document);
    expect([...p.childNodes]).toEqual([a, b, c]);
    expect(b.data).toBe('Glycerin, ');
  });
});

describe('own nodes and style', () => {
  it('recognises marks, UI and the style element as ours', () => {
    document.body.innerHTML = '<p>Glycerin</p><div data-exocheck-ui><span>x</span></div>';
    const src = plainSource(document.querySelector('p') as HTMLElement);
    markRanges(src, [{ start: 0, end: 8, kind: 'confounder', id: 'g', ref: 'g' }], {
      focusable: true,
    });
    ensureMarkStyle(document);
    ensureMarkStyle(document);
    expect(document.querySelectorAll(`#${MARK_STYLE_ID}`)).toHaveLength(1);
    expect(isOwnNode(marks()[0]?.firstChild ?? null)).toBe(true);
    expect(isOwnNode(document.querySelector('[data-exocheck-ui] span'))).toBe(true);
    expect(isOwnNode(document.getElementById(MARK_STYLE_ID))).toBe(true);
    expect(isOwnNode(document.querySelector('p'))).toBe(false);
    removeMarkStyle(document);
    expect(document.getElementById(MARK_STYLE_ID)).toBeNull();
  });
});
