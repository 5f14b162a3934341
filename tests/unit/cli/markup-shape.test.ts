// @vitest-environment node
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { countNodeStarts, measureMarkup } from '../../../lib/cli/markup-shape';
import { LIMITS } from '../../../lib/cli/read-html';
import { allPageNames, pagePath } from '../../dom/page/pages';

interface Tree {
  readonly children: Iterable<Tree>;
}

/** How deep the elements under `root` nest, `root` counting as 1 (no recursion). */
function treeDepth(root: Tree): number {
  let deepest = 0;
  const stack: Array<[Tree, number]> = [[root, 1]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [element, depth] = top;
    deepest = Math.max(deepest, depth);
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** How deep happy-dom nests the elements it builds from `html`, from <html> down. */
function happyDomDepth(html: string): number {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const depth = treeDepth(doc.documentElement);
  void window.happyDOM.close();
  return depth;
}

describe('measureMarkup nests elements as happy-dom does', () => {
  it.each([
    ['<div><div><div>x</div></div></div>', 3],
    ['<ul><li>a<li>b<li>c</ul><ul><li>d</li></ul>', 2], // an <li> ends the previous one
    ['<p>a<p>b<div>c</div><p>d', 1], // a <p> or <div> ends an open <p>
    ['<table><tr><td>a<td>b<tr><td>c</table>', 4], // <tbody> is implied
    ['<div/><div/><div/>', 3], // "/>" does not close an HTML element
    ['<svg><path/><path/><g/></svg>', 2], // but does in SVG
    ['<br><img><input><p><hr>', 1], // void elements hold nothing
    ['<script>"<div><div><div>"</script>', 1], // nor does a script's text
    ['<style>a </div> b</style ><div></div>', 1],
    ['<div a="x>y"><span></span></div>', 2], // a ">" in a quoted value
    ['<div></div x><div></div x>', 2], // an end tag with attributes is text to happy-dom
    ['<É>a</é><É>b</é>', 2], // names match in ASCII case only
    ['<DIV><Div>a</div></DIV>', 2],
    ['<!-- <div><div> --><div></div>', 1],
    ['<a>1<a>2<a>3</a>', 1], // a link ends an open link
  ])('%s → %i', (html, depth) => {
    expect(measureMarkup(html).depth).toBe(depth);
    expect(happyDomDepth(html) - 2).toBe(depth); // less the implied <html> and <body>
  });
});

describe('measureMarkup counts', () => {
  it('every "<" that can open a node, in scripts and comments too (an upper bound)', () => {
    expect(countNodeStarts('<!doctype html><p>a < b</p><!-- <i> --><script>"<b>"</script>')).toBe(
      6,
    );
    expect(countNodeStarts('x </p> <> < y')).toBe(0);
  });

  it('attributes, quoted values holding spaces and ">" as one', () => {
    expect(measureMarkup(`<div a b="c d" e='f>g' h=i>x</div><p j k>`).attributes).toBe(6);
  });

  it('stops once past a limit', () => {
    const limits = { elements: 10, attributes: 10, depth: 5 };
    expect(measureMarkup('<div>'.repeat(1_000_000), limits).depth).toBe(6);
    expect(measureMarkup('<i></i>'.repeat(1_000_000), limits).elements).toBe(11);
    expect(measureMarkup(`<div${' a'.repeat(1_000_000)}>`, limits).attributes).toBeGreaterThan(10);
  });

  it('is linear on markup built to make a scanner backtrack or rescan', () => {
    // Each is a few MB; a quadratic scan would not finish within the test timeout.
    for (const unit of ['<a b="', '<!--', '</', '<<', '<script>', 'x</scrip', '--', '<a b=c=']) {
      const shape = measureMarkup(unit.repeat(1_000_000), LIMITS);
      expect(shape.depth).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('the real saved pages sit far inside the limits', () => {
  const shapes = allPageNames().map((name) => ({
    name,
    shape: measureMarkup(readFileSync(pagePath(name), 'utf8')),
  }));

  it('each page: under a fifth of each count limit, a tenth of the depth limit', () => {
    for (const { name, shape } of shapes) {
      expect.soft(shape.elements, name).toBeLessThan(LIMITS.elements / 5);
      expect.soft(shape.attributes, name).toBeLessThan(LIMITS.attributes / 5);
      expect.soft(shape.depth, name).toBeLessThan(LIMITS.depth / 10);
    }
  });

  it.each([
    'amazon-us-tshirt-non-beauty-no-inci',
    'skincupid-dr-ceuracle-vegan-kombucha-tea-essence',
  ])('%s: the depth measured is the depth happy-dom builds', (name) => {
    const html = readFileSync(pagePath(name), 'utf8');
    expect(Math.abs(measureMarkup(html).depth - happyDomDepth(html))).toBeLessThanOrEqual(1);
  });
});
