/** The page's own URL from a saved copy: canonical link, then og:url; null when absent. */
export function savedPageUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og]) {
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
