import { lazy, Suspense, useState } from 'react';
import type { PageReport } from '@/lib/report';

// The capture, region picker and OCR messaging load only when the shopper asks: the first
// screen carries this button and nothing of the OCR.
const ImageReader = lazy(() => import('./ImageReader'));

export interface ImageOfferProps {
  tabId: number;
  /** The page text held no list: say why the offer is there. */
  noList: boolean;
  onReport(report: PageReport): void;
}

/** "Read the ingredient list from an image": offered on any page, first when none was found. */
export function ImageOffer({ tabId, noList, onReport }: ImageOfferProps) {
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <Suspense fallback={<p role="status">Opening the image reader…</p>}>
        <ImageReader tabId={tabId} onReport={onReport} onClose={() => setOpen(false)} />
      </Suspense>
    );
  }
  return (
    <section className="image-offer" aria-label="Read from an image">
      {noList ? (
        <p className="muted">
          Some shops show the ingredient list only inside a product image. Scroll it into view,
          then:
        </p>
      ) : null}
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Read the ingredient list from an image
      </button>
    </section>
  );
}
