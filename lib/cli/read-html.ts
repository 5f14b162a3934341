import { constants, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { type MarkupLimits, measureMarkup } from './markup-shape';

export class InputError extends Error {}

export interface Limits extends MarkupLimits {
  readonly bytes: number;
}

/**
 * What the CLI accepts. The largest saved pages in tests/fixtures are 2.1 MB, with 6,511
 * elements, 14,753 attributes and elements nested 42 deep; these leave a margin of 7× or more.
 * A page at both count limits at once took happy-dom 7 s and 660 MB here; past about 3,500
 * levels its selector engine overflows the call stack.
 */
export const LIMITS: Limits = {
  bytes: 64 * 1024 * 1024,
  elements: 50_000,
  attributes: 100_000,
  depth: 1_000,
};

const CHUNK = 1024 * 1024;
const NOT_A_PAGE = 'not a saved product page';

/** Reads a saved page, refusing with a one-line reason what is not HTML or too big to parse. */
export async function readHtmlFile(path: string, limits: Limits = LIMITS): Promise<string> {
  const bytes = await readRegularFile(path, limits.bytes);
  if (bytes.subarray(0, 8192).includes(0))
    throw new InputError(`${path} is a binary file, not HTML`);
  const text = bytes.toString('utf8');
  if (!looksLikeHtml(text))
    throw new InputError(`${path} does not look like HTML (no tags near the start)`);
  checkMarkup(path, text, limits);
  return text;
}

/** Refuses markup that would exhaust happy-dom's memory or call stack, before it is parsed. */
function checkMarkup(path: string, html: string, limits: Limits): void {
  const shape = measureMarkup(html, limits);
  const n = (x: number) => x.toLocaleString('en-US');
  if (shape.depth > limits.depth)
    throw new InputError(
      `${path} nests elements more than ${n(limits.depth)} levels deep; ${NOT_A_PAGE}`,
    );
  if (shape.elements > limits.elements)
    throw new InputError(`${path} has more than ${n(limits.elements)} elements; ${NOT_A_PAGE}`);
  if (shape.attributes > limits.attributes)
    throw new InputError(`${path} has more than ${n(limits.attributes)} attributes; ${NOT_A_PAGE}`);
}

/**
 * Reads at most `maxBytes` of a regular file. The size is checked on the opened handle, so what
 * was opened is what was checked, and again while reading: a device or a /proc file reports 0.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await openForReading(path);
  try {
    const info = await handle.stat();
    const kind = fileKind(info);
    if (kind === 'a directory') throw new InputError(`${path} is a directory, not an HTML file`);
    if (kind !== null) throw new InputError(`${path} is ${kind}, not a regular file`);
    if (info.size > maxBytes) throw new InputError(tooLarge(path, maxBytes));
    return await readAtMost(handle, path, maxBytes);
  } catch (err) {
    throw err instanceof InputError ? err : new InputError(cannotRead(path, err));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function openForReading(path: string): Promise<FileHandle> {
  try {
    // Non-blocking, so that opening a named pipe with no writer returns instead of waiting for
    // one forever; reads from a regular file are not affected.
    return await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new InputError(cannotRead(path, err));
  }
}

async function readAtMost(handle: FileHandle, path: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(CHUNK), 0, CHUNK, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    total += bytesRead;
    if (total > maxBytes) throw new InputError(tooLarge(path, maxBytes));
    chunks.push(buffer.subarray(0, bytesRead));
  }
}

/** What a path is when it is not a regular file (null when it is one). */
function fileKind(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'something else';
}

function tooLarge(path: string, maxBytes: number): string {
  const MB = 1024 * 1024;
  const size = maxBytes % MB === 0 ? `${maxBytes / MB} MB` : `${maxBytes} bytes`;
  return `${path} is larger than ${size}; ${NOT_A_PAGE}`;
}

function cannotRead(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file: ${path}`;
  if (code === 'EISDIR') return `${path} is a directory, not an HTML file`;
  return `cannot read ${path} (${code ?? 'error'})`;
}

/** True when a tag appears in the first few kilobytes (after an optional BOM and comments). */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 16384).toLowerCase();
  return [
    '<!doctype html',
    '<html',
    '<head',
    '<body',
    '<div',
    '<meta',
    '<p',
    '<script',
    '<section',
    '<main',
    '<span',
    '<ul',
    '<table',
    '<title',
  ].some((tag) => head.includes(tag));
}
