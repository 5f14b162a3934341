import { beforeEach, describe, expect, it } from 'vitest';
import {
  createMarkLayer,
  GECKO_LOOK,
  type HighlightApi,
  isOwnNode,
  KIND_LOOK,
  MARK_STYLE_ID,
  type MarkRange,
  markCss,
} from '../../../lib/page/mark/highlight';
import { plainSource, rangeOf } from './source';

const LIST =
  'Water, Human Adipose Stromal Cell Conditioned Media, Glycerin, Acetyl Hexapeptide-8, Linalool';

/** CSS.highlights and Highlight as plain objects: what the layer registers, and each set. */
function fakeApi() {
  const registry = new Map<string, Set<Range>>();
  const api: HighlightApi = {
    registry: {
      set: (name, h) => registry.set(name, h as Set<Range>),
      delete: (name) => registry.delete(name),
    },
    create: () => new Set<Range>() as unknown as ReturnType<HighlightApi['create']>,
  };
  const painted = (kind: string) =>
    [...registry].filter(([n]) => n.endsWith(`-${kind}`)).flatMap(([, s]) => [...s].map(String));
  return { api, registry, painted };
}

function range(
  source: ReturnType<typeof plainSource>,
  needle: string,
  kind: MarkRange['kind'],
  id: string,
  ref = id,
): MarkRange {
  return { ...rangeOf(source, needle), kind, id, ref };
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('mark layer', () => {
  it('paints ranges as highlights per kind under one random prefix, page DOM untouched', () => {
    document.body.innerHTML = `<div id="ing"><p>${LIST}</p></div>`;
    const root = document.getElementById('ing') as HTMLElement;
    const html = root.innerHTML;
    const firstText = root.querySelector('p')?.firstChild;
    const { api, registry, painted } = fakeApi();
    const layer = createMarkLayer(document, api);
    const src = plainSource(root);
    const added = layer.add(src, [
      range(src, 'Human Adipose Stromal Cell Conditioned Media', 'exosome', 'adsc', 'i:0:1'),
      range(src, 'Acetyl Hexapeptide-8', 'confounder', 'argireline', 'i:0:3'),
    ]);
    expect(added.map((m) => [m.kind, m.id, m.ref, m.text])).toEqual([
      ['exosome', 'adsc', 'i:0:1', 'Human Adipose Stromal Cell Conditioned Media'],
      ['confounder', 'argireline', 'i:0:3', 'Acetyl Hexapeptide-8'],
    ]);
    expect(painted('exosome')).toEqual(['Human Adipose Stromal Cell Conditioned Media']);
    expect(painted('confounder')).toEqual(['Acetyl Hexapeptide-8']);
    const names = [...registry.keys()];
    expect(names).toHaveLength(4);
    expect(new Set(names.map((n) => n.replace(/-[a-z]+$/, ''))).size).toBe(1);
    expect(names[0]).toMatch(/^exocheck-[a-z0-9]{12}-exosome$/);
    // Nothing was inserted, split or moved: same markup, same Text node.
    expect(root.innerHTML).toBe(html);
    expect(root.querySelector('p')?.firstChild).toBe(firstText);
    expect(root.querySelector('p')?.childNodes).toHaveLength(1);
  });

  it('one range per finding across the page’s inline elements', () => {
    document.body.innerHTML =
      '<p id="p">Water, Human <b>Adipose</b> Stromal <a href="/x">Cell Conditioned</a> Media, Glycerin</p>';
    const p = document.getElementById('p') as HTMLElement;
    const { api, painted } = fakeApi();
    const layer = createMarkLayer(document, api);
    const src = plainSource(p);
    const [m] = layer.add(src, [
      range(src, 'Human Adipose Stromal Cell Conditioned Media', 'exosome', 'adsc'),
    ]);
    expect(painted('exosome')).toEqual(['Human Adipose Stromal Cell Conditioned Media']);
    expect(m?.nodes.map((n) => n.data)).toEqual([
      'Water, Human ',
      'Adipose',
      ' Stromal ',
      'Cell Conditioned',
      ' Media, Glycerin',
    ]);
    // The caret anywhere inside the finding finds it, outside does not.
    const b = p.querySelector('b')?.firstChild as Text;
    expect(layer.at(b, 3)).toBe(m);
    expect(layer.at(p.firstChild as Text, 2)).toBeNull();
    expect(layer.at(p.lastChild as Text, 10)).toBeNull();
  });

  it('skips text from JSON (no segments), script text and editable text', () => {
    const { api } = fakeApi();
    const layer = createMarkLayer(document, api);
    expect(
      layer.add({ text: 'Glycerin', segments: [] }, [
        { start: 0, end: 8, kind: 'confounder', id: 'g', ref: 'g' },
      ]),
    ).toHaveLength(0);
    document.body.innerHTML =
      '<p>Glycerin</p><script>var Glycerin = 1</script><div contenteditable="true"><p>Niacinamide</p></div><div contenteditable="false"><p>Panthenol</p></div>';
    const src = plainSource(document.body);
    const at = (needle: string) => rangeOf(src, needle);
    const added = layer.add(src, [
      { ...at('Glycerin'), kind: 'confounder', id: 'g', ref: 'a' },
      { ...at('var Glycerin'), kind: 'confounder', id: 'g', ref: 'b' },
      { ...at('Niacinamide'), kind: 'confounder', id: 'n', ref: 'c' },
      { ...at('Panthenol'), kind: 'confounder', id: 'p', ref: 'd' },
    ]);
    expect(added.map((m) => m.ref)).toEqual(['a', 'd']);
    document.designMode = 'on';
    try {
      expect(
        layer.add(plainSource(document.body), [
          { ...at('Glycerin'), kind: 'confounder', id: 'g', ref: 'e' },
        ]),
      ).toHaveLength(0);
    } finally {
      document.designMode = 'off';
    }
  });

  it('keeps hostile ingredient text as text', () => {
    const p = document.createElement('p');
    p.append(
      document.createTextNode(
        'Water, <script>alert(1)</script> Extract, <img src=x onerror=alert(2)>',
      ),
    );
    document.body.append(p);
    const { api, painted } = fakeApi();
    const layer = createMarkLayer(document, api);
    const src = plainSource(p);
    layer.add(src, [
      range(src, '<script>alert(1)</script> Extract', 'exosome', 'x'),
      range(src, '<img src=x onerror=alert(2)>', 'claim', 'y'),
    ]);
    expect(document.querySelectorAll('script, img')).toHaveLength(0);
    expect(painted('exosome')).toEqual(['<script>alert(1)</script> Extract']);
    expect(painted('claim')).toEqual(['<img src=x onerror=alert(2)>']);
  });

  it('tells when the page rewrote or removed marked text (a framework re-render)', () => {
    document.body.innerHTML = `<p id="p">${LIST}</p>`;
    const p = document.getElementById('p') as HTMLElement;
    const { api } = fakeApi();
    const layer = createMarkLayer(document, api);
    const src = plainSource(p);
    layer.add(src, [range(src, 'Glycerin', 'confounder', 'g')]);
    expect(layer.intact()).toBe(true);
    // React sets a Text node's value: the range collapses, the page's text is exactly React's.
    (p.firstChild as Text).nodeValue = 'Water, Niacinamide';
    expect(layer.intact()).toBe(false);
    expect(p.textContent).toBe('Water, Niacinamide');
    layer.clear();
    expect(layer.marks).toHaveLength(0);
    expect(layer.intact()).toBe(true);
    const fresh = plainSource(p);
    layer.add(fresh, [range(fresh, 'Niacinamide', 'confounder', 'n')]);
    p.remove();
    expect(layer.intact()).toBe(false);
  });

  it('one style for the marks, removed with the layer; highlights unregistered', () => {
    document.body.innerHTML = '<p>Glycerin</p><div data-exocheck-ui><span>x</span></div>';
    const { api, registry } = fakeApi();
    const layer = createMarkLayer(document, api);
    const src = plainSource(document.querySelector('p') as HTMLElement);
    layer.add(src, [{ start: 0, end: 8, kind: 'confounder', id: 'g', ref: 'g' }]);
    layer.add(src, [{ start: 0, end: 5, kind: 'claim', id: 'c', ref: 'c' }]);
    expect(document.querySelectorAll(`#${MARK_STYLE_ID}`)).toHaveLength(1);
    expect(isOwnNode(document.getElementById(MARK_STYLE_ID))).toBe(true);
    expect(isOwnNode(document.querySelector('[data-exocheck-ui] span'))).toBe(true);
    expect(isOwnNode(document.querySelector('p'))).toBe(false);
    layer.destroy();
    expect(document.getElementById(MARK_STYLE_ID)).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('has the new style applied before the ranges are added (two renderer steps, not one)', () => {
    document.body.innerHTML = '<p>Glycerin</p><p>Retinol</p>';
    const { api } = fakeApi();
    // Each range added: was the style already there and computed (getComputedStyle asked)?
    const seen: Array<{ rules: string; computedBefore: number }> = [];
    let computed = 0;
    const real = window.getComputedStyle.bind(window);
    window.getComputedStyle = ((el: Element, pseudo?: string | null) => {
      computed++;
      return real(el, pseudo);
    }) as typeof window.getComputedStyle;
    const created = api.create;
    api.create = () => {
      const set = created();
      const add = set.add.bind(set);
      set.add = (r: Range) => {
        seen.push({
          rules: document.getElementById(MARK_STYLE_ID)?.textContent ?? '',
          computedBefore: computed,
        });
        return add(r);
      };
      return set;
    };
    try {
      const layer = createMarkLayer(document, api);
      const [a, b] = [...document.querySelectorAll('p')].map((p) => plainSource(p as HTMLElement));
      layer.add(a as ReturnType<typeof plainSource>, [
        { start: 0, end: 8, kind: 'confounder', id: 'g', ref: 'g' },
      ]);
      layer.add(b as ReturnType<typeof plainSource>, [
        { start: 0, end: 7, kind: 'related', id: 'r', ref: 'r' },
      ]);
      expect(seen).toHaveLength(2);
      expect(seen[0]?.rules).toContain('-confounder)');
      expect(seen[1]?.rules).toContain('-related)');
      expect(seen[0]?.computedBefore).toBe(1);
      expect(seen[1]?.computedBefore).toBe(2);
      // Same rules again: nothing to apply, no style computed.
      layer.add(a as ReturnType<typeof plainSource>, [
        { start: 0, end: 3, kind: 'confounder', id: 'g2', ref: 'g2' },
      ]);
      expect(computed).toBe(2);
    } finally {
      window.getComputedStyle = real;
    }
  });

  it('styles each kind with paint-only properties', () => {
    const css = markCss('exocheck-abc');
    for (const [kind, look] of Object.entries(KIND_LOOK)) {
      const rule = css.split('\n').find((r) => r.startsWith(`::highlight(exocheck-abc-${kind}){`));
      expect(rule).toContain(`text-decoration-style:${look.style}`);
      expect(rule).toContain(`text-decoration-color:${look.line}`);
      if (look.fill) expect(rule).toContain(`background-color:${look.fill}`);
      else expect(rule).not.toContain('background-color');
    }
    // Nothing that could move layout (highlight pseudos ignore it anyway; say so in the test).
    expect(css).not.toMatch(/display|margin|padding|border|font-size|position/);
  });

  it('styles the marks with the Firefox rules when built for Firefox', () => {
    document.body.innerHTML = `<div id="ing"><p>${LIST}</p></div>`;
    const root = document.getElementById('ing') as HTMLElement;
    const layer = createMarkLayer(document, fakeApi().api, 'gecko');
    const src = plainSource(root);
    layer.add(src, [range(src, 'Acetyl Hexapeptide-8', 'confounder', 'argireline')]);
    const css = document.getElementById(MARK_STYLE_ID)?.textContent ?? '';
    const prefix = /::highlight\((exocheck-[a-z0-9]+)-confounder\)/.exec(css)?.[1] ?? '';
    expect(css).toBe(markCss(prefix, 'gecko', { confounder: ['#ing>p'] }));
    const all = markCss(prefix, 'gecko');
    for (const [kind, look] of Object.entries(GECKO_LOOK)) {
      const rule = all.split('\n').find((r) => r.startsWith(`::highlight(${prefix}-${kind}){`));
      expect(rule).toContain(`color:${look.color}`);
      expect(rule).not.toContain('text-decoration');
    }
    layer.destroy();
  });

  it('scopes the rules to the elements whose own text holds a mark, by kind', () => {
    document.body.innerHTML = `<main><div><p>intro</p><p>Water, <b>Human Adipose</b> Stromal Cell Conditioned Media</p></div><p>Made with peptides</p></main>`;
    const { api } = fakeApi();
    const layer = createMarkLayer(document, api);
    const list = plainSource(document.querySelector('div') as HTMLElement);
    const copy = plainSource(document.querySelector('main > p') as HTMLElement);
    layer.add(list, [range(list, 'Human Adipose Stromal Cell Conditioned Media', 'exosome', 'a')]);
    layer.add(copy, [range(copy, 'peptides', 'claim', 'c')]);
    const sheet = document.getElementById(MARK_STYLE_ID)?.textContent ?? '';
    const prefix = /::highlight\((exocheck-[a-z0-9]+)-exosome\)/.exec(sheet)?.[1] ?? '';
    expect(sheet).toBe(
      markCss(prefix, 'chromium', {
        exosome: [':root>body>main>div>p:nth-child(2)', ':root>body>main>div>p:nth-child(2)>b'],
        claim: [':root>body>main>p'],
      }),
    );
    // Kinds with no mark have no rule; every rule names an element that holds a mark.
    expect(sheet).not.toContain('-related');
    expect(sheet).not.toContain('-confounder');
    const selectors = sheet.match(/[^{},]+(?=::highlight)/g) ?? [];
    const named = new Set(selectors.flatMap((sel) => [...document.querySelectorAll(sel)]));
    expect([...named].map((el) => el.textContent)).toEqual([
      'Water, Human Adipose Stromal Cell Conditioned Media',
      'Human Adipose',
      'Made with peptides',
    ]);
    layer.destroy();
  });

  it('names several marked children of one small parent as parent>*', () => {
    document.body.innerHTML = `<ul id="inci"><li>Water</li><li>Glycerin</li><li>Niacinamide</li><li>Linalool</li></ul>`;
    const layer = createMarkLayer(document, fakeApi().api);
    const src = plainSource(document.getElementById('inci') as HTMLElement);
    layer.add(src, [
      range(src, 'Glycerin', 'confounder', 'g'),
      range(src, 'Niacinamide', 'confounder', 'n'),
      range(src, 'Linalool', 'confounder', 'l'),
    ]);
    const sheet = document.getElementById(MARK_STYLE_ID)?.textContent ?? '';
    expect(sheet.split('\n')[0]).toMatch(/^#inci>\*::highlight\(exocheck-[a-z0-9]+-confounder\)\{/);
    layer.destroy();
  });

  it('writes the paths again when the page moves the marked element', async () => {
    document.body.innerHTML = `<section><p>Shipping</p><p>Water, Niacinamide</p></section>`;
    const layer = createMarkLayer(document, fakeApi().api);
    const p = document.querySelectorAll('p')[1] as HTMLElement;
    const src = plainSource(p);
    layer.add(src, [range(src, 'Niacinamide', 'confounder', 'n')]);
    const style = () => document.getElementById(MARK_STYLE_ID)?.textContent ?? '';
    const names = () => (style().match(/[^{},]+(?=::highlight)/g) ?? [])[0] ?? '';
    expect(names()).toBe(':root>body>section>p:nth-child(2)');
    // A banner above it: the old path now names the banner's sibling, not the list.
    const banner = document.createElement('p');
    banner.textContent = 'Sale';
    document.querySelector('section')?.prepend(banner);
    await new Promise((r) => setTimeout(r, 0));
    expect(names()).toBe(':root>body>section>p:nth-child(3)');
    expect(document.querySelector(names())).toBe(p);
    layer.destroy();
    // Destroyed: no more watching, the style is gone for good.
    banner.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.getElementById(MARK_STYLE_ID)).toBeNull();
  });

  it('anchors a path at an id, and writes it again when the id changes', async () => {
    document.body.innerHTML = `<div><div id="details"><p>Water, Niacinamide</p></div></div>`;
    const layer = createMarkLayer(document, fakeApi().api);
    const p = document.querySelector('p') as HTMLElement;
    const src = plainSource(p);
    layer.add(src, [range(src, 'Niacinamide', 'confounder', 'n')]);
    const names = () =>
      (document.getElementById(MARK_STYLE_ID)?.textContent?.match(/[^{},]+(?=::highlight)/g) ??
        [])[0];
    expect(names()).toBe('#details>p');
    (document.getElementById('details') as HTMLElement).id = 'details-2';
    await new Promise((r) => setTimeout(r, 0));
    expect(names()).toBe('#details-2>p');
    layer.destroy();
  });
});
