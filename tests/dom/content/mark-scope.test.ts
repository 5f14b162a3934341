import { describe, expect, it } from 'vitest';
import { elementPath, pathsHold, scopeSelectors } from '../../../lib/page/mark/scope';

describe('mark scope paths', () => {
  it('uses an id only when it is plain and the page finds that element by it', () => {
    document.body.innerHTML = `<div id="a:b"><p>x</p></div><div id="dup"></div><div id="dup"><p>y</p></div><div id="ok"><span></span><p>z</p></div>`;
    const [x, y, z] = [...document.querySelectorAll('p')] as HTMLElement[];
    expect(elementPath(x as Element)).toBe(':root>body>div:nth-child(1)>p');
    expect(elementPath(y as Element)).toBe(':root>body>div:nth-child(3)>p');
    expect(elementPath(z as Element)).toBe('#ok>p');
    for (const el of [x, y, z])
      expect(document.querySelector(elementPath(el as Element) ?? '')).toBe(el);
  });

  it('steps over a tag name it cannot write as it is', () => {
    document.body.innerHTML = '<section><x-ä>Water</x-ä></section>';
    const el = document.body.querySelector('section')?.firstElementChild as Element;
    expect(elementPath(el)).toBe(':root>body>section>*:nth-child(1)');
  });

  it('has no path for an element outside the document or at a shadow tree top', () => {
    expect(elementPath(document.createElement('p'))).toBeNull();
    const host = document.createElement('div');
    document.body.append(host);
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(elementPath(inner)).toBeNull();
    expect(scopeSelectors([inner], new Map())).toBeNull();
  });

  it('tells when a path no longer names its element', () => {
    document.body.innerHTML = '<ul><li>a</li><li>b</li></ul>';
    const b = document.querySelectorAll('li')[1] as Element;
    const paths = new Map<Element, string>();
    expect(scopeSelectors([b], paths)).toEqual([':root>body>ul>li:nth-child(2)']);
    expect(pathsHold(paths)).toBe(true);
    b.before(document.createElement('li'));
    expect(pathsHold(paths)).toBe(false);
    // An element that left the page does not count: its marks are no longer intact anyway.
    b.remove();
    expect(pathsHold(paths)).toBe(true);
  });
});
