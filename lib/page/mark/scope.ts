/**
 * Where the marks' `::highlight()` rules apply. A rule with no originating element
 * (`::highlight(x){…}`) gives every element of the page a highlight style of its own, and
 * Chromium computes it for each of them, once per highlight name, when the rule enters the
 * page: one style recalc of the whole page (measured on a 100,000-element page: about 600 ms,
 * against 40 ms for a rule on one element; see the README's Performance section). So the
 * rules name the elements whose own text holds a mark, by their path in the page, and nothing
 * else is restyled. A highlight only paints text inside its ranges, so a rule that matches an
 * element more than needed costs a little time and changes nothing seen.
 *
 * A path is a chain of child steps from the nearest ancestor with an id of its own (or from
 * the root): the tag name, and `:nth-child()` where siblings share it. No attribute or class
 * is read or written. Paths shift when the page moves things above them; the mark layer
 * checks them when the page changes (see MarkLayer) and writes them again.
 */

/** Ids used as an anchor as they are: anything else would need escaping. */
const PLAIN_ID = /^[A-Za-z][\w-]*$/;
const PLAIN_TAG = /^[a-z][a-z0-9-]*$/i;
/** Three or more marked children of one parent with few children: `parent>*` names them all. */
const GROUP_MIN = 3;
const GROUP_MAX_CHILDREN = 64;

/** A selector matching `el` by its place in its document (null for an element not in one). */
export function elementPath(el: Element): string | null {
  const doc = el.ownerDocument;
  const steps: string[] = [];
  for (let e: Element = el; ; ) {
    const id = e.id;
    if (id && PLAIN_ID.test(id) && doc.getElementById(id) === e) {
      steps.push(`#${id}`);
      break;
    }
    const parent = e.parentElement;
    if (!parent) {
      if (e !== doc.documentElement) return null; // detached, or the top of a shadow tree
      steps.push(':root');
      break;
    }
    steps.push(childStep(e, parent));
    e = parent;
  }
  return steps.reverse().join('>');
}

function childStep(el: Element, parent: Element): string {
  const tag = PLAIN_TAG.test(el.localName) ? el.localName : '*';
  let index = 0;
  let sameTag = 0;
  let i = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    i++;
    if (c === el) index = i;
    if (c.localName === el.localName) sameTag++;
  }
  return tag !== '*' && sameTag === 1 ? tag : `${tag}:nth-child(${index})`;
}

/**
 * Selectors for a set of elements: one path each, or `path>*` for a parent holding several of
 * them among few children (a list with a link per ingredient). Null when an element has no path
 * or its path does not match it: then only an unscoped rule can paint it.
 */
export function scopeSelectors(
  elements: Iterable<Element>,
  paths: Map<Element, string>,
): string[] | null {
  const byParent = new Map<Element | null, Element[]>();
  for (const el of elements) {
    const list = byParent.get(el.parentElement);
    if (list) list.push(el);
    else byParent.set(el.parentElement, [el]);
  }
  const out: string[] = [];
  for (const [parent, els] of byParent) {
    const group =
      parent &&
      els.length >= GROUP_MIN &&
      parent.childElementCount <= GROUP_MAX_CHILDREN &&
      pathOf(parent, paths);
    if (group) {
      out.push(`${group}>*`);
      for (const el of els) paths.set(el, `${group}>*`);
      continue;
    }
    for (const el of els) {
      const path = pathOf(el, paths);
      if (!path) return null;
      out.push(path);
    }
  }
  return [...new Set(out)].sort();
}

function pathOf(el: Element, paths: Map<Element, string>): string | null {
  const known = paths.get(el);
  if (known) return known;
  const path = elementPath(el);
  try {
    if (!path || !el.matches(path)) return null;
  } catch {
    return null;
  }
  paths.set(el, path);
  return path;
}

/** True while every path still names its element (elements no longer in the page excepted). */
export function pathsHold(paths: Map<Element, string>): boolean {
  for (const [el, path] of paths) {
    if (!el.isConnected) continue;
    try {
      if (!el.matches(path)) return false;
    } catch {
      return false;
    }
  }
  return true;
}
