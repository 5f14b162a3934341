import type { JurisdictionId } from './knowledge/schema';

/**
 * The region whose rules come first when the browser locale maps to no jurisdiction. Its own
 * module, without WXT's storage, so the Node CLI and the extension share it.
 */
export const FALLBACK_REGION: JurisdictionId = 'us';
