/**
 * The page's own URL from a saved copy: canonical link, then og:url, then the
 * `<!-- saved from url=(0064)https://… -->` line browsers write when saving a page; null when
 * none gives an absolute http(s) URL.
 */
export function savedPageUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og, savedFromComment(doc)]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // relative or malformed: not usable without the original location
    }
  }
  return null;
}

const SAVED_FROM = 'saved from url=(';

/** The URL in a leading "saved from url=(NNNN)URL" comment, or null. */
function savedFromComment(doc: Document): string | null {
  for (let n = doc.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 8) continue; // comments before <html> only
    const text = (n as Comment).data.trim();
    if (!text.startsWith(SAVED_FROM)) continue;
    const close = text.indexOf(')', SAVED_FROM.length);
    const url = close < 0 ? '' : text.slice(close + 1).trim();
    return url.length > 0 ? url : null;
  }
  return null;
}
