import { createAnalyzer } from '../detect/analyze';
import { LEXICON } from '../detect/lexicon-data';
import { getKnowledge } from '../knowledge';
import { createCosingDictionary } from '../knowledge/cosing';
import cosingCompact from '../knowledge/generated/cosing-dictionary.json';
import { createLookup } from '../knowledge/lookup';
import { loadCosingLookup } from '../knowledge/lookup-load';
import { createNodeOcr } from '../ocr/engine-node';
import { imageKind } from '../ocr/image-kind';
import { imageReport } from '../ocr/image-report';
import type { PageReport } from '../report';
import { InputError, readRegularFile } from './read-html';

/** Largest image read: a tall product-detail image at 2× is a few MB; this leaves a margin. */
const MAX_IMAGE_BYTES = 32 * 1024 * 1024;

/**
 * `npm run scan -- --image FILE`: the ingredient list in a PNG or JPEG read with the same
 * offline OCR and pipeline as the extension's "Read the ingredient list from an image".
 */
export async function scanImage(path: string, url: string | null): Promise<PageReport> {
  const bytes = await readRegularFile(path, MAX_IMAGE_BYTES);
  if (imageKind(bytes) === null) throw new InputError(`${path} is not a PNG or JPEG image`);
  const ocr = await createNodeOcr();
  try {
    const page = await ocr.read(bytes);
    const lookup = createLookup(getKnowledge(), loadCosingLookup);
    return await imageReport(
      page,
      { url: url ?? 'about:blank', title: null },
      {
        analyzer: createAnalyzer(LEXICON),
        dictionary: createCosingDictionary(cosingCompact),
        search: (q) => lookup.searchAll(q, 10),
      },
    );
  } finally {
    await ocr.close();
  }
}
