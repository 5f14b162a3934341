import { createAnalyzer } from '../detect/analyze';
import { LEXICON } from '../detect/lexicon-data';
import { getKnowledge } from '../knowledge';
import { loadCosing } from '../knowledge/cosing-load';
import { createLookup } from '../knowledge/lookup';
import { loadCosingLookup } from '../knowledge/lookup-load';
import type { PageReport } from '../report';
import { type ImageMeta, type ImageReportDeps, imageReport } from './image-report';
import type { OcrPage } from './types';

/**
 * Where the extension reads list images: the OCR engine (started on the first image and kept
 * for the next) and the report built as the CLI builds it (lib/cli/scan-image.ts). The same
 * code runs in Chrome's offscreen document and in Firefox's background page.
 */
export interface OcrHost {
  read(image: Blob, meta: ImageMeta): Promise<PageReport>;
}

export function createOcrHost(
  start: () => Promise<{ read(image: Blob): Promise<OcrPage> }>,
): OcrHost {
  let engine: ReturnType<typeof start> | null = null;
  let deps: Promise<ImageReportDeps> | null = null;
  return {
    async read(image, meta) {
      engine ??= start();
      engine.catch(() => {
        engine = null;
      });
      deps ??= loadCosing().then((dictionary) => {
        const lookup = createLookup(getKnowledge(), loadCosingLookup);
        return {
          analyzer: createAnalyzer(LEXICON),
          dictionary,
          search: (q: string) => lookup.searchAll(q, 10),
        };
      });
      const [ocr, d] = await Promise.all([engine, deps]);
      return imageReport(await ocr.read(image), meta, d);
    },
  };
}
