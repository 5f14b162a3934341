import { readFile, stat } from 'node:fs/promises';

export class InputError extends Error {}

const MAX_BYTES = 64 * 1024 * 1024;

/** Reads a saved page, refusing what is not HTML with a one-line reason. */
export async function readHtmlFile(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path} is a directory, not an HTML file`);
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`,
    );
  }
  if (size > MAX_BYTES)
    throw new InputError(`${path} is larger than 64 MB; not a saved product page`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(`cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError(`${path} is a binary file, not HTML`);
  const text = bytes.toString('utf8');
  if (!looksLikeHtml(text))
    throw new InputError(`${path} does not look like HTML (no tags near the start)`);
  return text;
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
