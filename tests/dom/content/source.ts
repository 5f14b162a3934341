import type { TextSource } from '../../../lib/page/types';

/**
 * A minimal TextSource for highlight tests: every Text node under `root` in order, with no
 * separators. (The real one, lib/page/text-source.ts, adds "\n" at blocks; the highlighter
 * only relies on `segments`, so these tests do not depend on it.)
 */
export function plainSource(root: Node): TextSource {
  const walker = root.ownerDocument?.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const segments: TextSource['segments'] = [];
  let text = '';
  for (let n = walker?.nextNode(); n; n = walker?.nextNode()) {
    const node = n as Text;
    segments.push({ node, start: text.length });
    text += node.data;
  }
  return { text, segments };
}

/** [start, end) of the first occurrence of `needle` in `source.text`. */
export function rangeOf(source: TextSource, needle: string): { start: number; end: number } {
  const start = source.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in source text`);
  return { start, end: start + needle.length };
}
