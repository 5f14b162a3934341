import { MatchPattern } from 'wxt/utils/match-patterns';
import { RETAILER_MATCHES } from '@/lib/retailers/matches';

let compiled: Array<{ id: string; patterns: MatchPattern[] }> | null = null;

/** The supported retailer whose product-page patterns match `url`, else null. */
export function supportedRetailer(url: string): string | null {
  compiled ??= RETAILER_MATCHES.map((r) => ({
    id: r.id,
    patterns: r.matches.map((m) => new MatchPattern(m)),
  }));
  try {
    return compiled.find((r) => r.patterns.some((p) => p.includes(url)))?.id ?? null;
  } catch {
    return null;
  }
}
