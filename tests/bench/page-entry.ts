/**
 * The content script's scan, bundled for the benchmark (scripts/bench.mjs injects it into
 * pages with `page.addScriptTag`). It runs what the content script's session runs (the
 * pipeline of lib/pipeline.ts in slices of the same length, lib/page/mark/mark-plan.ts and
 * lib/page/mark/highlight.ts, the analyzer over the same generated lexicon) with the same task
 * boundaries, so the longest task and the stage times are the extension's.
 * What it leaves out: settings, messaging to the background and the tooltip host (WXT APIs).
 */

import { type Analyzer, createAnalyzer } from '@/lib/detect/analyze';
import { LEXICON } from '@/lib/detect/lexicon-data';
import { labelKey } from '@/lib/page/find/label-target';
import { browserHighlights, createMarkLayer, type MarkLayer } from '@/lib/page/mark/highlight';
import { planMarks } from '@/lib/page/mark/mark-plan';
import type { Steps } from '@/lib/page/scheduler';
import { type ScannedPage, type Stage, scanDocumentSteps } from '@/lib/pipeline';
import { INGREDIENT_HEADINGS, INGREDIENT_LABELS } from '@/lib/vocabulary';

const KINDS = { exosome: true, related: true, confounder: true, claim: true };

let analyzer: Analyzer | null = null;
/** What the session keeps between scans (its report and findings), so the heap figure counts it. */
let retained: unknown = null;
let layer: MarkLayer | null = null;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The session's slice length (entrypoints/content/session.ts). */
const SLICE_MS = 20;

/**
 * The pipeline as the session runs it: steps in slices of SLICE_MS, a task boundary between.
 * Busy time goes to the stage that was running (pauses excluded); `slices` gets each slice.
 */
async function runStaged(
  start: (onStage: (s: Stage) => void) => Steps<ScannedPage>,
  busy: Record<string, number>,
  slices: number[],
): Promise<ScannedPage> {
  let stage: string = 'find';
  let mark = 0;
  const charge = (now: number) => {
    busy[stage] = (busy[stage] ?? 0) + now - mark;
    mark = now;
  };
  const steps = start((next) => {
    charge(performance.now());
    stage = next === 'prepare' ? 'matcher' : next;
  });
  let sliceStart = performance.now();
  for (;;) {
    mark = performance.now();
    const r = steps.next();
    const now = performance.now();
    charge(now);
    if (r.done || now - sliceStart >= SLICE_MS) slices.push(now - sliceStart);
    if (r.done) return r.value;
    if (now - sliceStart >= SLICE_MS) {
      await tick();
      sliceStart = performance.now();
    }
  }
}

export interface BenchScan {
  /** Milliseconds per step (find: the sum of its slices; the others are one task each). */
  steps: Record<string, number>;
  /** The longest single task of the scan (a find slice or another step). */
  longestTask: number;
  findSlices: number;
  /** Sum of the steps: the scan's main-thread work. */
  work: number;
  /** First step start to last step end, yields included. */
  wall: number;
  lists: number;
  items: number;
  claims: number;
  marks: number;
  retailer: string;
}

/** One scan as the session does it; `cold` rebuilds the matcher (the first scan on a page). */
export async function scan(cold = false): Promise<BenchScan> {
  if (cold) analyzer = null;
  const steps: Record<string, number> = {};
  const t0 = performance.now();
  const url = location.href;
  const slices: number[] = [];
  if (!analyzer) {
    // The session builds the analyzer in a task of its own before the pipeline runs.
    const t = performance.now();
    analyzer = createAnalyzer(LEXICON);
    steps.matcher = performance.now() - t;
    slices.push(steps.matcher);
    await tick();
  }
  const a = analyzer;
  const { findings, report } = await runStaged(
    (onStage) => scanDocumentSteps(document, url, { analyzer: a, onStage }),
    steps,
    slices,
  );
  if (!report) throw new Error('no report');
  await tick();
  const t = performance.now();
  const plan = planMarks(report, KINDS);
  const api = browserHighlights();
  let marks = 0;
  let markMs = 0;
  // The plan's task marks the first source; each further source is a task of its own, as in
  // the session (it yields between them). Busy time only: the ticks between are left out.
  let taskStart = t;
  const charge = () => {
    const spent = performance.now() - taskStart;
    markMs += spent;
    slices.push(spent);
  };
  if (api) {
    layer ??= createMarkLayer(document, api);
    const sources = [
      ...[...plan.sections].map(([i, ranges]) => [findings.sections[i]?.text, ranges] as const),
      ...[...plan.copy].map(([i, ranges]) => [findings.copy[i]?.text, ranges] as const),
    ];
    for (const [n, [source, ranges]] of sources.entries()) {
      if (n > 0) {
        charge();
        await tick();
        taskStart = performance.now();
      }
      if (source) marks += layer.add(source, ranges).length;
    }
  }
  charge();
  steps.mark = markMs;
  const wall = performance.now() - t0;
  retained = { findings, report };
  const work = Object.values(steps).reduce((sum, v) => sum + v, 0);
  return {
    steps,
    longestTask: Math.max(...slices),
    findSlices: slices.length,
    work,
    wall,
    lists: report.ingredientLists.length,
    items: report.ingredientLists.reduce((n, l) => n + l.ingredients.length, 0),
    claims: report.exosome.claims.length,
    marks,
    retailer: report.retailer,
  };
}

/** Unpaints our marks, so the next scan starts as the first did. */
export function reset(): void {
  layer?.destroy();
  layer = null;
}

/**
 * The floor: one plain TreeWalker pass over the page's text, every Text node's data read once
 * and joined into one string. No finder that reads the page's text can do less.
 */
export function floor(): { ms: number; nodes: number; chars: number } {
  const t = performance.now();
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) parts.push((n as Text).data);
  const text = parts.join('');
  return { ms: performance.now() - t, nodes: parts.length, chars: text.length };
}

/** Tags that start a new line when rendered (the finder's block boundaries). */
const BLOCKS = new Set(
  'address article aside blockquote button caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul br'.split(
    ' ',
  ),
);
const LABELS = new Set<string>([...INGREDIENT_LABELS, ...INGREDIENT_HEADINGS]);

/**
 * The element-aware floor: one TreeWalker pass over elements and text, recording block
 * boundaries and spotting "Ingredients" words (the shared vocabulary, keyed as the finder keys
 * labels). The least any finder that knows where lists start and end must do.
 */
export function elementFloor(): { ms: number; blocks: number; labels: number; chars: number } {
  const t = performance.now();
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let blocks = 0;
  let labels = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const data = (n as Text).data;
      parts.push(data);
      if (data.length <= 160) {
        const key = labelKey(data);
        if (key !== null && LABELS.has(key)) labels++;
      }
    } else if (BLOCKS.has((n as Element).localName)) {
      blocks++;
      parts.push('\n');
    }
  }
  const text = parts.join('');
  return { ms: performance.now() - t, blocks, labels, chars: text.length };
}

/** Whether the last scan's results are still held (keeps `retained` observable). */
export function holding(): boolean {
  return retained !== null;
}

/** Element + text node count, for the table. */
export function domSize(): number {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}
