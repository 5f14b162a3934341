/**
 * Content a page renders outside its light DOM: shadow roots (open, and closed ones where the
 * extension API can open them) and the documents of same-origin frames (srcdoc included).
 * The text walker (text-source.ts) reads them after the host's own children, so lists inside
 * web components and frames are found like any other.
 */

type ShadowReader = (el: Element) => ShadowRoot | null;

const openOnly: ShadowReader = (el) => el.shadowRoot;
let readShadow: ShadowReader = openOnly;

/**
 * Lets the walker open closed shadow roots too: the content script passes the browser's
 * extension-only reader (Chrome's `chrome.dom.openOrClosedShadowRoot`, Firefox's
 * `element.openOrClosedShadowRoot`). Pages cannot call either.
 */
export function setShadowReader(reader: ShadowReader | null): void {
  readShadow = reader ?? openOnly;
}

/** The browser's reader for closed shadow roots in a content script, if it has one. */
export function extensionShadowReader(): ShadowReader | null {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: ShadowReader } } })
    .chrome?.dom;
  if (typeof dom?.openOrClosedShadowRoot === 'function') {
    const open = dom.openOrClosedShadowRoot;
    return (el) => {
      try {
        return open(el) ?? null;
      } catch {
        return null;
      }
    };
  }
  if (typeof document !== 'undefined' && 'openOrClosedShadowRoot' in document.documentElement) {
    return (el) =>
      (el as Element & { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
  }
  return null;
}

/**
 * The root of rendered content an element hosts besides its children: its shadow root, or for
 * a same-origin <iframe>/<frame>, the frame document's <body>. Null when there is none or it
 * cannot be read (a cross-origin frame).
 */
export function innerRootOf(el: Element): Node | null {
  const tag = el.localName;
  if (tag === 'iframe' || tag === 'frame') {
    try {
      return (el as HTMLIFrameElement).contentDocument?.body ?? null;
    } catch {
      return null;
    }
  }
  // The walker asks this of every element: built-in hosts get the plain property (open roots);
  // only custom elements, where closed roots live in practice, pay for the extension reader.
  if (!tag.includes('-')) return SHADOW_HOSTS.has(tag) ? el.shadowRoot : null;
  try {
    return readShadow(el);
  } catch {
    return null;
  }
}

/** HTML elements attachShadow accepts (besides custom elements): open roots are read. */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/**
 * Frames a shop shows product details in (syndicated "rich content"): named so in the frame's
 * title, id, class or URL, or its near ancestors'. Ad, video and chat frames are not.
 */
const DETAIL_FRAME =
  /ingredient|\binci\b|product[-_ ]?(?:details|info|content|description)|rich[-_ ]?content|syndicat|webcollage|syndigo|flixmedia|salsify|cnetcontent|1worldsync/i;

function looksLikeDetails(frame: Element): boolean {
  const own = `${frame.getAttribute('title') ?? ''} ${frame.getAttribute('src') ?? ''} ${frame.id} ${frame.getAttribute('class') ?? ''}`;
  if (DETAIL_FRAME.test(own.slice(0, 600))) return true;
  let el = frame.parentElement;
  for (let i = 0; i < 3 && el; i++, el = el.parentElement) {
    if (DETAIL_FRAME.test(`${el.id} ${el.getAttribute('class') ?? ''}`.slice(0, 300))) return true;
  }
  return false;
}

/**
 * Hosts of the product-detail frames ExoCheck cannot read (cross-origin), at least 300×150 px;
 * at most 3.
 */
export function unreadableFrameHosts(doc: Document): string[] {
  const hosts: string[] = [];
  const frames = doc.querySelectorAll('iframe, frame');
  for (let i = 0; i < frames.length && i < 200 && hosts.length < 3; i++) {
    const f = frames[i] as HTMLIFrameElement;
    let readable = false;
    try {
      readable = f.contentDocument !== null;
    } catch {
      readable = false;
    }
    if (readable) continue;
    const r = f.getBoundingClientRect();
    if (r.width < 300 || r.height < 150 || !looksLikeDetails(f)) continue;
    let host = '';
    try {
      host = new URL(f.src, doc.baseURI).hostname;
    } catch {
      host = '';
    }
    if (host && !hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}
