// @vitest-environment node
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { balancedJson, readStringLiteral } from '../../../lib/retailers/js-literal';
import { atPath, readState, valueText } from '../../../lib/retailers/state';
import { growth, timeOf } from '../../unit/properties/arbitraries';

/** Reading embedded page state without running any of the page's code. */

function doc(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true } });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('readStringLiteral', () => {
  it('decodes JS escapes: quotes, \\x, \\u, \\u{…}, line continuations', () => {
    const src = String.raw`x = "a\"b\\c\x41\u00e9\u{1F600}\
d\'e\n";`;
    const r = readStringLiteral(src, src.indexOf('"'), 1000);
    expect(r?.value).toBe('a"b\\cAé😀d\'e\n');
    expect(src.slice(r?.end)).toBe(';');
  });

  it('reads single-quoted literals and rejects unterminated or broken ones', () => {
    expect(readStringLiteral("'it\\'s'", 0, 100)?.value).toBe("it's");
    expect(readStringLiteral('"no end', 0, 100)).toBeNull();
    expect(readStringLiteral('"line\nbreak"', 0, 100)).toBeNull();
    expect(readStringLiteral('"bad \\x4"', 0, 100)).toBeNull();
    expect(readStringLiteral('abc', 0, 100)).toBeNull();
  });
});

describe('balancedJson', () => {
  it('finds the end of an object by brackets, ignoring brackets inside strings', () => {
    const src = 'window.S = {"a":"}{]","b":[1,{"c":2}]}; more()';
    const start = src.indexOf('{');
    expect(balancedJson(src, start, 1000)).toBe('{"a":"}{]","b":[1,{"c":2}]}');
    expect(balancedJson('{"a":1', 0, 1000)).toBeNull();
    expect(balancedJson('x{}', 0, 1000)).toBeNull();
  });

  it('stays linear on a megabyte of open brackets and quotes (n vs 4n, same run)', () => {
    const hostile = (n: number) => `{${'['.repeat(n)}${'"\\'.repeat(n / 2)}`;
    const escapes = (n: number) => `"${'\\'.repeat(2 * n - 1)}`;
    const run = (n: number) => () => {
      expect(balancedJson(hostile(n), 0, 8_000_000)).toBeNull();
      expect(readStringLiteral(escapes(n), 0, 8_000_000)).toBeNull();
    };
    // A ratio, not a time limit: a busy machine slows both runs alike (the test timeout guards
    // against a hang); quadratic work would grow about 16×.
    expect(growth(timeOf(run(125_000), 3), timeOf(run(500_000), 3))).toBeLessThan(10);
  });
});

describe('readState', () => {
  it('reads a JSON <script> by selector', () => {
    const d = doc('<script id="s" type="application/json">{"a":{"b":"x"}}</script>');
    expect(readState(d, { note: 't', from: { script: '#s' }, paths: [] })).toEqual({
      a: { b: 'x' },
    });
  });

  it('reads a global assigned as a JSON literal, after earlier mentions of the name', () => {
    const d = doc(
      '<script>if (window.__S__) {}; window.__S__ = {"p":{"ingredients":"Water, Glycerin"}};</script>',
    );
    const v = readState(d, { note: 't', from: { global: '__S__' }, paths: [] });
    expect(atPath(v, 'p.ingredients')).toEqual(['Water, Glycerin']);
  });

  it('reads a global defined as JSON.parse("…") (the Target shape)', () => {
    const inner = JSON.stringify({ q: [[{ n: 1 }, { data: { v: 'Aqua, Glycerin' } }]] });
    const d = doc(
      `<script>Object.defineProperties(window, {'__T__': { value: deepFreeze(JSON.parse(${JSON.stringify(inner)})) }});</script>`,
    );
    const v = readState(d, { note: 't', from: { global: '__T__' }, paths: [] });
    expect(atPath(v, 'q.*.1.data.v')).toEqual(['Aqua, Glycerin']);
  });

  it('finds nothing, without throwing, in scripts that are not data', () => {
    const d = doc(
      '<script>window.__S__ = makeState({a: 1});</script><script src="x.js">window.__S__={"a":1}</script>',
    );
    expect(readState(d, { note: 't', from: { global: '__S__' }, paths: [] })).toBeUndefined();
    expect(readState(d, { note: 't', from: { script: '#missing' }, paths: [] })).toBeUndefined();
    expect(readState(d, { note: 't', from: { script: '[[[' }, paths: [] })).toBeUndefined();
  });
});

describe('atPath and valueText', () => {
  it('walks wildcards over object keys and array indexes', () => {
    const v = { 'Variant:1': { doc: { ing: 'A' } }, 'Variant:2': { doc: { ing: 'B' } }, x: [1] };
    expect(atPath(v, '*.doc.ing')).toEqual(['A', 'B']);
    expect(atPath({ a: [{ b: 1 }, { b: 2 }] }, 'a.1.b')).toEqual([2]);
    expect(atPath({ a: 1 }, 'a.b.c')).toEqual([]);
    expect(atPath(null, 'a')).toEqual([]);
  });

  it('strips HTML (twice when double-encoded) and joins string arrays', () => {
    expect(valueText('<p>Water, <b>Glycerin</b></p>')).toBe('Water, Glycerin');
    expect(valueText('&lt;p&gt;Water&amp;amp;Oil&lt;/p&gt;')).toBe('Water&Oil');
    expect(valueText(['Water', 'Glycerin'])).toBe('Water, Glycerin');
    expect(valueText({ a: 1 })).toBeNull();
    expect(valueText('')).toBeNull();
  });
});
