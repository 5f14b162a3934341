/** Small URL helpers for adapters: host checks and path segments, no regex over the page. */

/** "WWW.Sephora.COM." → "www.sephora.com". */
export function cleanHost(hostname: string): string {
  let h = hostname.toLowerCase();
  while (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

/** True if `hostname` is one of `domains` or a subdomain of one. */
export function onDomain(hostname: string, domains: readonly string[]): boolean {
  const h = cleanHost(hostname);
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/** Non-empty path segments, decoded where possible: "/en/p/a%20b/1/" → ["en", "p", "a b", "1"]. */
export function segments(url: URL): string[] {
  const out: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw.length === 0) continue;
    try {
      out.push(decodeURIComponent(raw));
    } catch {
      out.push(raw);
    }
  }
  return out;
}

/** True if every character of `s` is an ASCII digit (and there is at least one). */
export function isDigits(s: string | undefined): boolean {
  if (s === undefined || s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Match patterns for every host × path: `on(['www.a.com'], ['/p/*'])`. */
export function on(hosts: readonly string[], paths: readonly string[]): string[] {
  return hosts.flatMap((h) => paths.map((p) => `https://${h}${p}`));
}

/** The URL, or null when it does not parse (never throws). */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
