/**
 * The content script's scan, bundled for the benchmark (scripts/bench.mjs injects it into
 * pages with `page.addScriptTag`). It calls the very functions the content script's session
 * calls (entrypoints/content/scan.ts, mark-plan.ts, lib/page/highlight.ts, the analyzer over
 * the same generated lexicon) with the same task boundaries (a yield between find, matcher
 * build, analysis and marking), so the longest task and the step times are the extension's.
 * What it leaves out: settings, messaging to the background and the tooltip host (WXT APIs).
 */

import { planMarks } from '@/entrypoints/content/mark-plan';
import { findPageSteps } from '@/entrypoints/content/scan';
import { type Analyzer, createAnalyzer } from '@/lib/detect/analyze';
import { LEXICON } from '@/lib/detect/lexicon-data';
import { browserHighlights, createMarkLayer, type MarkLayer } from '@/lib/page/highlight';
import { runSliced } from '@/lib/page/scheduler';
import { analyzeFindings } from '@/lib/retailers/analyze-findings';

const KINDS = { exosome: true, related: true, confounder: true, claim: true };

let analyzer: Analyzer | null = null;
let prepared = false;
/** What the session keeps between scans (its report and findings), so the heap figure counts it. */
let retained: unknown = null;
let layer: MarkLayer | null = null;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The session's slice length for finding (entrypoints/content/session.ts). */
const SLICE_MS = 20;

/** Finding as the session does it: steps run in slices of SLICE_MS, a task boundary between. */
async function find(url: string, slices: number[]) {
  const stats = { busyMs: 0, slices: 0 };
  let last = 0;
  const out = await runSliced(
    findPageSteps(document, url),
    () => {
      slices.push(stats.busyMs - last);
      last = stats.busyMs;
      return tick();
    },
    SLICE_MS,
    stats,
  );
  slices.push(stats.busyMs - last);
  return out;
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
  if (cold) {
    analyzer = null;
    prepared = false;
  }
  const steps: Record<string, number> = {};
  const step = <T>(name: string, fn: () => T): T => {
    const t = performance.now();
    const out = fn();
    steps[name] = (steps[name] ?? 0) + performance.now() - t;
    return out;
  };
  const t0 = performance.now();
  const url = location.href;
  const slices: number[] = [];
  const { findings } = await find(url, slices);
  steps.find = slices.reduce((a, b) => a + b, 0);
  await tick();
  const hasLists = findings.sections.length > 0;
  if (!analyzer || (hasLists && !prepared)) {
    analyzer = step('matcher', () => {
      const a = analyzer ?? createAnalyzer(LEXICON);
      if (hasLists) {
        a.prepare();
        prepared = true;
      }
      return a;
    });
    await tick();
  }
  const a = analyzer;
  const report = step('analyze', () =>
    analyzeFindings(a, url, findings, document.documentElement.lang || null),
  );
  await tick();
  const marks = step('mark', () => {
    const plan = planMarks(report, KINDS);
    const api = browserHighlights();
    if (!api) return 0;
    layer ??= createMarkLayer(document, api);
    let added = 0;
    for (const [i, ranges] of plan.sections) {
      const s = findings.sections[i];
      if (s) added += layer.add(s.text, ranges).length;
    }
    for (const [i, ranges] of plan.copy) {
      const c = findings.copy[i];
      if (c) added += layer.add(c.text, ranges).length;
    }
    return added;
  });
  const wall = performance.now() - t0;
  retained = { findings, report };
  const work = Object.values(steps).reduce((s, v) => s + v, 0);
  const longestTask = Math.max(
    ...slices,
    ...Object.entries(steps)
      .filter(([k]) => k !== 'find')
      .map(([, v]) => v),
  );
  return {
    steps,
    longestTask,
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
