import { beforeEach, describe, expect, it } from 'vitest';
import { setShadowReader, unreadableFrameHosts } from '../../../lib/page/inner-roots';
import {
  clipSource,
  nodeAt,
  textSourceOf,
  textSourceOfString,
} from '../../../lib/page/text-source';
import type { TextSource } from '../../../lib/page/types';

function root(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root') as HTMLElement;
}

/** Every segment's node text sits at its start; the rest are added "\n"s. */
function expectExact(source: TextSource): void {
  let prev = 0;
  for (const { node, start } of source.segments) {
    expect(source.text.slice(prev, start)).toMatch(/^\n*$/);
    expect(source.text.slice(start, start + node.data.length)).toBe(node.data);
    prev = start + node.data.length;
  }
  expect(source.text.slice(prev)).toMatch(/^\n*$/);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('textSourceOf', () => {
  it('joins text nodes in order with "\\n" for <br> and blocks, and nothing else', () => {
    const el = root('<p>Water, <b>Glycerin</b>,  Niacinamide</p><p>Made in <i>Korea</i></p>x<br>y');
    const src = textSourceOf(el);
    expect(src.text).toBe('Water, Glycerin,  Niacinamide\nMade in Korea\nx\ny');
    expectExact(src);
    expect(src.segments.map((s) => s.node.data)).toEqual([
      'Water, ',
      'Glycerin',
      ',  Niacinamide',
      'Made in ',
      'Korea',
      'x',
      'y',
    ]);
  });

  it('keeps blank lines from <br><br> (they separate blurbs from the list)', () => {
    const src = textSourceOf(root('<div>-Squalane: hydrates.<br><br>Water, Squalane</div>'));
    expect(src.text).toBe('-Squalane: hydrates.\n\nWater, Squalane');
  });

  it('skips scripts, styles, templates, SVG and our own UI', () => {
    const el = root(
      '<p>A</p><script>var x = "B";</script><style>.c{}</style><noscript>D</noscript>' +
        '<template><p>E</p></template><svg><text>F</text></svg>' +
        '<exocheck-ui>G</exocheck-ui><span data-exocheck-ui="">H</span><p>I</p>',
    );
    expect(textSourceOf(el).text).toBe('A\nI');
  });

  it('reads collapsed and hidden content without touching it', () => {
    const el = root(
      '<button aria-expanded="false">Ingredients</button>' +
        '<div style="height:0;overflow:hidden"><div>Water, Glycerin</div></div>' +
        '<div hidden>Aqua</div><div style="display:none">Parfum</div>',
    );
    const before = el.innerHTML;
    expect(textSourceOf(el).text).toBe('Ingredients\nWater, Glycerin\nAqua\nParfum');
    expect(el.innerHTML).toBe(before);
  });

  it('keeps text inside inline <mark> elements', () => {
    const el = root('<p>Water, <mark class="sale">Human Stem Cell</mark> Extract</p>');
    expect(textSourceOf(el).text).toBe('Water, Human Stem Cell Extract');
  });

  it('walks a range of children with from/until', () => {
    const el = root(
      '<h3>Ingredients</h3><p>Water, Glycerin</p><p>Aqua</p><h3>Use</h3><p>Daily</p>',
    );
    const kids = el.children;
    const src = textSourceOf(el, { from: kids[1], until: kids[3] });
    expect(src.text).toBe('Water, Glycerin\nAqua');
    expectExact(src);
  });

  it('leaves out subtrees the skip predicate names', () => {
    const el = root('<nav>Exosome</nav><p>Serum</p><div class="menu">PDRN</div>');
    const src = textSourceOf(el, {
      skip: (e) => e.tagName === 'NAV' || e.classList.contains('menu'),
    });
    expect(src.text).toBe('Serum');
  });

  it('caps the text length at a node boundary', () => {
    const el = root('<p>Water, </p><p>Glycerin, </p><p>Niacinamide</p>');
    const src = textSourceOf(el, { maxChars: 22 });
    expect(src.text).toBe('Water, \nGlycerin, ');
    expectExact(src);
    // A single node longer than the cap gives its prefix up to its last separator, mapped to
    // the node's start.
    const big = textSourceOf(root(`<p>${'Water, '.repeat(1000)}</p>`), { maxChars: 100 });
    expect(big.text).toBe(`${'Water, '.repeat(13)}Water,`);
    expect(big.segments).toHaveLength(1);
    expect(big.segments[0]?.start).toBe(0);
    expect(big.segments[0]?.node.data.startsWith(big.text)).toBe(true);
    expect(big.cut).toBe(true);
    // One without a separator: its raw prefix.
    const word = textSourceOf(root(`<p>${'a'.repeat(500)}</p>`), { maxChars: 100 });
    expect(word.text).toBe('a'.repeat(100));
  });

  it('reads into the node that crosses the cap: a long list split into several Text nodes', () => {
    // Chromium's HTML parser splits text at 65,536 characters: a 20,000-item list arrives as
    // several nodes, and the cap (100,000 in the finder) falls inside the second one.
    const p = root('<p></p>').firstChild as HTMLElement;
    const items = Array.from({ length: 400 }, (_, i) => `PEG-${i}`).join(', ');
    p.append(
      document.createTextNode(items.slice(0, 1000)),
      document.createTextNode(items.slice(1000)),
    );
    const src = textSourceOf(p.parentElement as HTMLElement, { maxChars: 1500 });
    expect(src.segments).toHaveLength(2);
    expect(src.text.length).toBeGreaterThan(1400);
    expect(src.text.length).toBeLessThanOrEqual(1500);
    expect(src.text.endsWith(',')).toBe(true);
    expect(items.startsWith(src.text)).toBe(true);
    expect(src.cut).toBe(true);
    // The second node's segment maps the prefix read from it.
    const second = src.segments[1];
    expect(second?.start).toBe(1000);
    expect(second?.node.data.startsWith(src.text.slice(1000))).toBe(true);
    const clipped = clipSource(textSourceOf(p.parentElement as HTMLElement), 1500);
    expect(clipped.text).toBe(src.text);
    expect(clipped.segments).toHaveLength(2);
  });

  it('clips an existing source at a node boundary', () => {
    const src = textSourceOf(root('<p>Water, </p><p>Glycerin, </p><p>Niacinamide</p>'));
    const clipped = clipSource(src, 25);
    expect(clipped.text).toBe('Water, \nGlycerin, ');
    expectExact(clipped);
    expect(clipSource(src, 1000)).toBe(src);
    expect(clipSource(textSourceOfString('abcdef'), 3).text).toBe('abc');
  });

  it('survives very deep nesting (no recursion)', () => {
    const el = root('');
    let cur: HTMLElement = el;
    for (let i = 0; i < 5000; i++) {
      const d = document.createElement(i % 2 ? 'div' : 'span');
      cur.appendChild(d);
      cur = d;
    }
    cur.textContent = 'Water, Glycerin';
    expect(textSourceOf(el).text).toContain('Water, Glycerin');
  });

  it('returns an empty source for a skipped root', () => {
    document.body.innerHTML = '<script>alert(1)</script>';
    expect(textSourceOf(document.body.firstElementChild as Element).text).toBe('');
  });
});

describe('nodeAt', () => {
  it('maps text offsets to nodes and offsets, and added newlines to null', () => {
    const el = root('<p>ab<b>cd</b></p><p>ef</p>');
    const src = textSourceOf(el);
    expect(src.text).toBe('abcd\nef');
    expect(nodeAt(src, 0)?.node.data).toBe('ab');
    expect(nodeAt(src, 3)).toMatchObject({ offset: 1 });
    expect(nodeAt(src, 3)?.node.data).toBe('cd');
    expect(nodeAt(src, 4)).toBeNull();
    expect(nodeAt(src, 6)?.node.data).toBe('ef');
    expect(nodeAt(src, 99)).toBeNull();
  });
});

describe('textSourceOfString', () => {
  it('carries JSON text with no segments', () => {
    expect(textSourceOfString('Water, Glycerin')).toEqual({
      text: 'Water, Glycerin',
      segments: [],
    });
  });
});

describe('content outside the light DOM', () => {
  it('reads open shadow roots after the host’s own children, and maps their text nodes', () => {
    document.body.innerHTML =
      '<main><h1>Serum</h1><product-ingredients><span slot="x">Light</span></product-ingredients><p>After</p></main>';
    const host = document.querySelector('product-ingredients') as Element;
    const root = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.innerHTML = '<h2>Ingredients</h2><p>Water, Glycerin</p>';
    root.append(section);
    const src = textSourceOf(document.querySelector('main') as Element);
    expect(src.text).toBe('Serum\nLight\nIngredients\nWater, Glycerin\nAfter');
    expectExact(src);
    // The host as the element itself: its root is read too.
    expect(textSourceOf(host).text).toBe('Light\nIngredients\nWater, Glycerin');
  });

  it('reads a closed shadow root only through the extension reader', () => {
    document.body.innerHTML = '<div id="w"><x-list></x-list></div>';
    const host = document.querySelector('x-list') as Element;
    const root = host.attachShadow({ mode: 'closed' });
    root.append(document.createTextNode('Water, Niacinamide'));
    const w = document.getElementById('w') as Element;
    expect(textSourceOf(w).text).toBe('');
    setShadowReader((el) => (el === host ? root : null));
    try {
      expect(textSourceOf(w).text).toBe('Water, Niacinamide');
    } finally {
      setShadowReader(null);
    }
  });

  it('leaves shadow roots of skipped elements unread, and walks nested roots', () => {
    document.body.innerHTML = '<div id="w"><nav-menu></nav-menu><a-b></a-b></div>';
    const menu = document.querySelector('nav-menu') as Element;
    menu.attachShadow({ mode: 'open' }).append(document.createTextNode('Menu'));
    const outer = (document.querySelector('a-b') as Element).attachShadow({ mode: 'open' });
    const inner = document.createElement('c-d');
    outer.append(document.createTextNode('Outer '), inner);
    inner.attachShadow({ mode: 'open' }).append(document.createTextNode('Inner'));
    const src = textSourceOf(document.getElementById('w') as Element, {
      skip: (el) => el.localName === 'nav-menu',
    });
    expect(src.text).toBe('Outer Inner');
    expectExact(src);
  });
});

describe('frames ExoCheck cannot read', () => {
  it('names product-detail frames from other sites, never ads or small frames', () => {
    document.body.innerHTML = `
      <iframe title="Product details" src="https://content.syndigo.example/p/1"></iframe>
      <div class="ad-slot"><iframe src="https://ads.example.net/x"></iframe></div>
      <div id="rich-content"><iframe src="https://cdn.example.org/frame"></iframe></div>
      <iframe title="Ingredients" src="https://tiny.example/x"></iframe>`;
    const frames = [...document.querySelectorAll('iframe')];
    const sizes = [
      [700, 400],
      [728, 200],
      [600, 300],
      [100, 50],
    ];
    frames.forEach((f, i) => {
      Object.defineProperty(f, 'contentDocument', { value: null });
      const [w, h] = sizes[i] as [number, number];
      f.getBoundingClientRect = () => ({ width: w, height: h }) as DOMRect;
    });
    expect(unreadableFrameHosts(document)).toEqual(['content.syndigo.example', 'cdn.example.org']);
  });
});

describe('size limits', () => {
  it('says when the walk stopped with text left to read', () => {
    document.body.innerHTML =
      '<p id="p"><span>Water, </span><span>Glycerin, </span><span>Squalane</span></p>';
    const p = document.getElementById('p') as Element;
    expect(textSourceOf(p).cut).toBeUndefined();
    const cut = textSourceOf(p, { maxChars: 12 });
    expect(cut.text).toBe('Water, ');
    expect(cut.cut).toBe(true);
    expect(textSourceOf(p, { maxChars: 'Water, Glycerin, Squalane'.length }).cut).toBeUndefined();
  });
});
