/**
 * The PageReport schema version, in a module without zod so the content script can stamp
 * reports without carrying the schema (lib/report.ts) in its bundle.
 */
export const REPORT_SCHEMA_VERSION = 1;
