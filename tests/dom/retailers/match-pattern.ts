/**
 * Chrome's match-pattern semantics, written out for tests: scheme exact, host exact or "*." +
 * suffix (which also matches the bare suffix), path glob over path + query with "*" matching
 * anything. Independent of WXT's MatchPattern, so the two check each other.
 */
export function patternMatches(pattern: string, url: string): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad pattern ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const u = new URL(url);
  if (u.protocol !== `${scheme}:`) return false;
  const hostOk = host.startsWith('*.')
    ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))
    : u.hostname === host;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
  return hostOk && glob.test(u.pathname + u.search);
}
