import { type PointerEvent, useCallback, useEffect, useRef, useState } from 'react';
import { fitRegion, type Region, regionBetween } from '@/lib/ocr/region';
import type { PageReport } from '@/lib/report';
import { type Capture, type Crop, captureTab, cropToPng, readRegion } from './image-capture';

type Phase =
  | { step: 'capturing' }
  | { step: 'select'; capture: Capture }
  | { step: 'reading'; capture: Capture; crop: Crop }
  | { step: 'done'; crop: Crop; report: PageReport }
  | { step: 'failed'; message: string };

/**
 * Capture → region → read. The shopper draws the region over the capture (or types it, for
 * the keyboard), ExoCheck reads that region offline and shows it beside what was read, each
 * name ExoCheck was unsure of or corrected marked, so the reading can be checked.
 */
export default function ImageReader({
  tabId,
  onReport,
  onClose,
}: {
  tabId: number;
  onReport(report: PageReport): void;
  onClose(): void;
}) {
  const [phase, setPhase] = useState<Phase>({ step: 'capturing' });

  useEffect(() => {
    let live = true;
    captureTab(tabId).then(
      (capture) => live && setPhase({ step: 'select', capture }),
      (err: unknown) => live && setPhase({ step: 'failed', message: captureError(err) }),
    );
    return () => {
      live = false;
    };
  }, [tabId]);

  async function read(capture: Capture, region: Region) {
    try {
      const crop = await cropToPng(capture, region);
      setPhase({ step: 'reading', capture, crop });
      const reply = await readRegion(tabId, crop.dataUrl);
      if (!reply.ok) {
        setPhase({ step: 'failed', message: `The image could not be read: ${reply.error}` });
        return;
      }
      setPhase({ step: 'done', crop, report: reply.report });
      onReport(reply.report);
    } catch (err) {
      setPhase({ step: 'failed', message: `The image could not be read: ${String(err)}` });
    }
  }

  return (
    <section className="image-reader" aria-labelledby="image-reader-title">
      <h2 id="image-reader-title">Read the ingredient list from an image</h2>
      {phase.step === 'capturing' ? <p role="status">Taking a picture of the page…</p> : null}
      {phase.step === 'select' ? (
        <RegionPicker capture={phase.capture} onRead={(r) => void read(phase.capture, r)} />
      ) : null}
      {phase.step === 'reading' ? (
        <>
          <p role="status">Reading the image offline (a few seconds the first time)…</p>
          <Picture bitmap={phase.crop.bitmap} label="The region being read" className="ocr-crop" />
        </>
      ) : null}
      {phase.step === 'done' ? <ReadBeside crop={phase.crop} report={phase.report} /> : null}
      {phase.step === 'failed' ? <p role="alert">{phase.message}</p> : null}
      <button type="button" className="link-button" onClick={onClose}>
        {phase.step === 'done' ? 'Close the image' : 'Cancel'}
      </button>
    </section>
  );
}

function captureError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // Without the toolbar click's grant (a popup opened another way) Chrome refuses the capture.
  if (/permission|activeTab|all_urls/i.test(text)) {
    return 'ExoCheck may picture this tab only after you click its toolbar button on the page.';
  }
  return text;
}

/** The capture with a region drawn by pointer, and the same region as four number fields. */
function RegionPicker({ capture, onRead }: { capture: Capture; onRead(r: Region): void }) {
  const whole = { x: 0, y: 0, width: capture.width, height: capture.height };
  const [region, setRegion] = useState<Region>(whole);
  const start = useRef<{ x: number; y: number } | null>(null);
  const box = useRef<HTMLCanvasElement | null>(null);
  // Stable, so the capture is drawn once, not on every pointer move.
  const onShown = useCallback((el: HTMLCanvasElement) => {
    box.current = el;
    setShown(el.getBoundingClientRect().width);
  }, []);

  const toImage = (e: PointerEvent) => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return { x: 0, y: 0 };
    const scale = capture.width / rect.width;
    return { x: (e.clientX - rect.left) * scale, y: (e.clientY - rect.top) * scale };
  };
  // The picture's width on screen, once it has loaded: the overlay is drawn in those pixels.
  const [shown, setShown] = useState(0);
  const k = shown > 0 ? shown / capture.width : 0;
  const field = (name: keyof Region, label: string) => (
    <label>
      {label}{' '}
      <input
        type="number"
        name={name}
        min={0}
        value={region[name]}
        onChange={(e) => {
          const next = fitRegion({ ...region, [name]: Number(e.target.value) }, capture);
          if (next) setRegion(next);
        }}
      />
    </label>
  );

  return (
    <>
      <p className="muted">
        Drag over the ingredient list, or read the whole picture. Taller than the window? Read it in
        parts, scrolling between them.
      </p>
      <div
        className="ocr-picker"
        onPointerDown={(e) => {
          start.current = toImage(e);
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (start.current) setRegion(regionBetween(start.current, toImage(e), capture));
        }}
        onPointerUp={() => {
          start.current = null;
        }}
      >
        <Picture bitmap={capture.bitmap} label="The visible part of the page" onShown={onShown} />
        {k > 0 ? (
          <div
            className="ocr-region"
            style={{
              left: region.x * k,
              top: region.y * k,
              width: region.width * k,
              height: region.height * k,
            }}
          />
        ) : null}
      </div>
      <fieldset className="ocr-fields">
        <legend>Region, in pixels of the picture</legend>
        {field('x', 'Left')}
        {field('y', 'Top')}
        {field('width', 'Width')}
        {field('height', 'Height')}
      </fieldset>
      <button type="button" onClick={() => onRead(region)}>
        Read this region
      </button>
      <button type="button" className="link-button" onClick={() => setRegion(whole)}>
        Whole picture
      </button>
    </>
  );
}

/** The region beside the names read from it, unsure and corrected ones marked. */
function ReadBeside({ crop, report }: { crop: Crop; report: PageReport }) {
  const items = report.ingredientLists.flatMap((l) => l.ingredients);
  const unsure = items.filter((i) => i.ocr?.unsure).length;
  const corrected = items.filter((i) => i.ocr?.read !== undefined).length;
  return (
    <div className="ocr-beside">
      <Picture bitmap={crop.bitmap} label="The region that was read" className="ocr-crop" />
      <div>
        <p role="status">
          {items.length === 0
            ? 'No ingredient list was found in this region.'
            : `${items.length} names read${unsure ? `, ${unsure} unsure` : ''}${corrected ? `, ${corrected} corrected to a known name` : ''}. Check them against the picture.`}
        </p>
        <ol className="ocr-items">
          {items.map((i) => (
            <li key={`${i.position}-${i.start}`} className={i.ocr?.unsure ? 'unsure' : undefined}>
              {i.text}
              {i.ocr?.unsure ? <span className="tag tag-unsure"> unsure</span> : null}
              {i.ocr?.read !== undefined ? (
                <span className="tag tag-ocr"> read as “{i.ocr.read}”</span>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/** A decoded picture drawn on a canvas at its own pixel size (CSS scales it to fit). */
function Picture({
  bitmap,
  label,
  className,
  onShown,
}: {
  bitmap: ImageBitmap;
  label: string;
  className?: string;
  onShown?(el: HTMLCanvasElement): void;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = ref.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    el.width = bitmap.width;
    el.height = bitmap.height;
    ctx.drawImage(bitmap, 0, 0);
    onShown?.(el);
  }, [bitmap, onShown]);
  return <canvas ref={ref} role="img" aria-label={label} className={className} />;
}
