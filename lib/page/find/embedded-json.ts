import { stripHtml } from './strip-html';

/**
 * JSON the page carries in <script> elements: JSON-LD, and the app state that server-rendered
 * shops embed for hydration (Sephora's `#linkStore`, Next.js `__NEXT_DATA__`, Apollo state).
 * Parsed with JSON.parse only (nothing is evaluated) and walked breadth-first under a node
 * budget, so shallow, page-level values come before per-variant copies deeper down.
 */

export interface EmbeddedJson {
  /** "ld+json#2", "linkStore", "__NEXT_DATA__" ...: where the value came from, for `via`. */
  label: string;
  value: unknown;
}

export interface IngredientString {
  /** Script label and JSON path ("linkStore:page.product.currentSku.ingredientDesc"). */
  path: string;
  /** Plain text: HTML stripped, <br> and blocks as "\n". */
  text: string;
}

/**
 * Largest script body parsed. JSON.parse is one uninterruptible task (about 10 ms per MB
 * here), and the largest state blob on a saved shop page is Sephora's linkStore at 352 KB:
 * past 2 MB a blob is skipped (and counted), never parsed.
 */
export const MAX_SCRIPT_CHARS = 2_000_000;
/** Total JSON characters parsed per page and kind. */
const MAX_TOTAL_CHARS = 4_000_000;
const MAX_SCRIPTS = 64;
/** Values visited per walk. */
const MAX_NODES = 300_000;
/** Longest string taken as an ingredient text (a full INCI is a few thousand characters). */
const MAX_STRING = 50_000;
const MAX_RESULTS = 40;

/** Known state-blob ids whose `type` is not a JSON MIME type. */
const STATE_IDS = new Set(['linkStore', '__NEXT_DATA__', '__APOLLO_STATE__', '__NUXT_DATA__']);

function scriptKind(script: Element): 'ld' | 'state' | null {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  if (type === 'application/ld+json') return 'ld';
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'state';
  const id = script.getAttribute('id') ?? '';
  if (STATE_IDS.has(id) && (type === '' || type.includes('json'))) return 'state';
  return null;
}

/** JSON scripts left unread for their size. */
export interface SkippedJson {
  scripts: number;
  chars: number;
}

/**
 * Parsed JSON scripts of one kind, in document order; unparsable ones and ones past the size
 * limits are left out (oversizedJson counts the latter for the report).
 */
export function jsonScripts(doc: Document, kind: 'ld' | 'state'): EmbeddedJson[] {
  const out: EmbeddedJson[] = [];
  let total = 0;
  let index = 0;
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && out.length < MAX_SCRIPTS; i++) {
    const script = scripts[i] as Element;
    if (scriptKind(script) !== kind) continue;
    index++;
    const body = script.textContent ?? '';
    if (body.length === 0) continue;
    if (body.length > MAX_SCRIPT_CHARS || total + body.length > MAX_TOTAL_CHARS) continue;
    total += body.length;
    try {
      const value: unknown = JSON.parse(body);
      const id = script.getAttribute('id');
      out.push({ label: id ? id : `${kind === 'ld' ? 'ld+json' : 'json'}#${index}`, value });
    } catch {
      // Not JSON after all (templating leftovers, truncated saves): ignore it.
    }
  }
  return out;
}

/** Keys whose string value may be an ingredient list: ingredients, ingredientDesc, inci ... */
export function isIngredientKey(key: string): boolean {
  let k = '';
  for (let i = 0; i < key.length && k.length < 40; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) k += key[i]?.toLowerCase();
  }
  if (k === 'inci' || k === 'incilist' || k === 'inciingredients' || k === 'fullinci') return true;
  if (k.startsWith('ingredient')) {
    const rest = k.slice('ingredient'.length);
    return [
      '',
      's',
      'desc',
      'sdesc',
      'description',
      'sdescription',
      'list',
      'slist',
      'stext',
      'text',
      'sfull',
      'shtml',
      'html',
      'sinci',
    ].includes(rest);
  }
  if (k === 'fullingredients' || k === 'fullingredientlist' || k === 'productingredients')
    return true;
  return false;
}

interface QueueItem {
  value: unknown;
  path: string;
  depth: number;
}

const MAX_DEPTH = 40;

/**
 * String values under ingredient-like keys (also string arrays, joined with ", "), breadth
 * first, HTML stripped. Identical texts are returned once.
 */
export function ingredientStrings(json: EmbeddedJson): IngredientString[] {
  const out: IngredientString[] = [];
  const seen = new Set<string>();
  const queue: QueueItem[] = [{ value: json.value, path: '', depth: 0 }];
  let head = 0;
  let visited = 0;
  while (head < queue.length && visited < MAX_NODES && out.length < MAX_RESULTS) {
    const item = queue[head++] as QueueItem;
    visited++;
    const { value, path, depth } = item;
    if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && queue.length < MAX_NODES; i++) {
        queue.push({ value: value[i], path: `${path}.${i}`, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (queue.length >= MAX_NODES) break;
      const child = (value as Record<string, unknown>)[key];
      const childPath = path ? `${path}.${key}` : key;
      if (isIngredientKey(key)) {
        const raw = stringValue(child);
        if (raw !== null) {
          const text = stripHtml(raw).trim();
          if (text.length > 0 && !seen.has(text)) {
            seen.add(text);
            out.push({ path: `${json.label}:${childPath}`, text });
          }
          continue;
        }
      }
      if (child !== null && typeof child === 'object') {
        queue.push({ value: child, path: childPath, depth: depth + 1 });
      }
    }
  }
  return out;
}

function stringValue(v: unknown): string | null {
  if (typeof v === 'string') return v.length <= MAX_STRING ? v : null;
  if (
    Array.isArray(v) &&
    v.length > 0 &&
    v.length <= 500 &&
    v.every((x) => typeof x === 'string')
  ) {
    const joined = (v as string[]).join(', ');
    return joined.length <= MAX_STRING ? joined : null;
  }
  return null;
}

/** JSON scripts too large to read (of either kind), without parsing any: for the report's note. */
export function oversizedJson(doc: Document): SkippedJson {
  const out: SkippedJson = { scripts: 0, chars: 0 };
  const totals = { ld: 0, state: 0 };
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i] as Element;
    const kind = scriptKind(script);
    if (!kind) continue;
    const n = script.textContent?.length ?? 0;
    if (n > MAX_SCRIPT_CHARS || totals[kind] + n > MAX_TOTAL_CHARS) {
      out.scripts++;
      out.chars += n;
    } else totals[kind] += n;
  }
  return out;
}
