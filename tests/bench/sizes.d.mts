// Types for sizes.mjs, so wxt.config.ts can print entrypoint sizes after each build.
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  lazy: boolean;
}

export interface EntrySize {
  name: string;
  files: FileSize[];
  /** What loads at once. */
  raw: number;
  gzip: number;
  /** What loads later through dynamic import(). */
  lazyRaw: number;
  lazyGzip: number;
}

export function measureSizes(dir: string): EntrySize[] | null;
export function totalSize(dir: string): number;
export function kb(n: number): string;
export function sizeTable(entries: EntrySize[]): string;
