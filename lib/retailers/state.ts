import { stripHtml } from '../page/find/strip-html';
import { balancedJson, readStringLiteral, skipSpace } from './js-literal';
import type { Adapter, StateSource } from './types';

/**
 * An adapter's embedded page state (lib/retailers/types.ts StateSource) → ingredient texts.
 * JSON.parse only; every step is capped and wrapped, so a page's scripts can make this find
 * nothing but never throw or run long.
 */

/** App state blobs run to a few hundred KB; Target's doubly encoded one to about 1 MB. */
const MAX_JSON = 8_000_000;
const MAX_SCRIPTS = 400;
/** Occurrences of a global's name looked at per script (references come before assignments). */
const MAX_HITS = 6;
/** How far after the name a `JSON.parse(` or `=` may be. */
const LOOK_AHEAD = 400;
const MAX_FRONTIER = 5_000;
const MAX_TEXT = 50_000;

export interface StateText {
  text: string;
  /** "state:script#linkStore:page.product.currentSku.ingredientDesc", for `via`. */
  via: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The value assigned to `name` in one script's text, or undefined. */
function valueAfter(text: string, name: string): unknown {
  let from = 0;
  for (let hit = 0; hit < MAX_HITS; hit++) {
    const at = text.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const window = text.slice(from, from + LOOK_AHEAD);
    // `... value: deepFreeze(JSON.parse("{\"a\":1}"))`: a JSON text inside a string literal.
    const jp = window.indexOf('JSON.parse(');
    if (jp >= 0) {
      const q = skipSpace(text, from + jp + 'JSON.parse('.length);
      const lit = readStringLiteral(text, q, MAX_JSON);
      const v = lit ? parseJson(lit.value) : undefined;
      if (v !== undefined) return v;
      continue;
    }
    // `name = {...}` or `"name": {...}`.
    const after = skipSpace(text, from);
    const op = text.charCodeAt(after);
    if (op !== 0x3d && op !== 0x3a && op !== 0x22 && op !== 0x27) continue;
    let start = skipSpace(text, after + 1);
    if (op === 0x22 || op === 0x27) start = skipSpace(text, skipSpace(text, after + 1) + 1);
    const json = balancedJson(text, start, MAX_JSON);
    const v = json ? parseJson(json) : undefined;
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The parsed state for one source, or undefined. */
export function readState(doc: Document, source: StateSource): unknown {
  try {
    if ('script' in source.from) {
      const el = doc.querySelector(source.from.script);
      const text = el?.textContent ?? '';
      return text.length > 0 && text.length <= MAX_JSON ? parseJson(text) : undefined;
    }
    const name = source.from.global;
    const scripts = doc.getElementsByTagName('script');
    for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
      const s = scripts[i] as Element;
      if (s.hasAttribute('src')) continue;
      const text = s.textContent ?? '';
      if (text.length > MAX_JSON || !text.includes(name)) continue;
      const v = valueAfter(text, name);
      if (v !== undefined) return v;
    }
  } catch {
    // an odd document: no state
  }
  return undefined;
}

/** Values at a dotted path; `*` is every key or index at that level. */
export function atPath(root: unknown, path: string): unknown[] {
  let frontier: unknown[] = [root];
  for (const seg of path.split('.')) {
    const next: unknown[] = [];
    for (const v of frontier) {
      if (v === null || typeof v !== 'object') continue;
      if (seg === '*') {
        const values = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
        for (const x of values) if (next.length < MAX_FRONTIER) next.push(x);
      } else if (Object.hasOwn(v, seg)) {
        next.push((v as Record<string, unknown>)[seg]);
      }
    }
    frontier = next;
    if (frontier.length === 0) break;
  }
  return frontier;
}

/** Plain text of an ingredient value: HTML stripped (twice for double-encoded shops). */
export function valueText(v: unknown): string | null {
  let raw: string | null = null;
  if (typeof v === 'string') raw = v;
  else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) {
    raw = (v as string[]).join(', ');
  }
  if (raw === null || raw.length === 0 || raw.length > MAX_TEXT) return null;
  let s = stripHtml(raw);
  if (s.includes('<') || s.includes('&')) s = stripHtml(s);
  s = s.trim();
  return s.length > 0 ? s : null;
}

function label(source: StateSource): string {
  return 'script' in source.from ? source.from.script : source.from.global;
}

/** Every ingredient text the adapter's state sources hold, in source and path order. */
export function stateTexts(doc: Document, adapter: Adapter): StateText[] {
  const out: StateText[] = [];
  for (const source of adapter.state ?? []) {
    const root = readState(doc, source);
    if (root === undefined) continue;
    for (const path of source.paths) {
      for (const v of atPath(root, path)) {
        const text = valueText(v);
        if (text !== null && !out.some((o) => o.text === text)) {
          out.push({ text, via: `state:${label(source)}:${path}` });
        }
      }
    }
  }
  return out;
}
