import { describe, expect, it } from 'vitest';
import { createReportStore, trimReport } from '../../../lib/background/report-store';
import { PageReport } from '../../../lib/report';
import { ingredientReport } from './report-fixtures';

/** A storage area with a quota, as session storage has (about 10 MB there, 4 KB here). */
function areaWithQuota(bytes: number) {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key: string) {
      return { [key]: data.get(key) };
    },
    async set(items: Record<string, unknown>) {
      if (JSON.stringify(items).length > bytes) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    async remove(key: string) {
      data.delete(key);
    },
  };
}

/** The fixture report with `n` extra unknown ingredients and claims. */
function bigReport(n: number): PageReport {
  const r = ingredientReport();
  const list = r.ingredientLists[0];
  if (!list) throw new Error('fixture list missing');
  for (let i = 0; i < n; i++) {
    list.ingredients.push({
      text: `Filler ${i}`,
      name: `filler ${i}`,
      position: list.ingredients.length + 1,
      group: 'main',
      entryId: null,
      kind: 'unknown',
      start: 0,
      end: 1,
    });
  }
  return r;
}

describe('report store under the session-storage quota', () => {
  it('stores a report too large for the quota trimmed, with every finding', async () => {
    const area = areaWithQuota(60_000);
    const store = createReportStore(area as never);
    const report = bigReport(2000);
    await store.set(7, report);
    const stored = PageReport.parse(area.data.get('exocheck-report:7'));
    expect(stored.trimmed).toBe(true);
    expect(stored.exosome).toEqual(report.exosome);
    expect(stored.confounders).toEqual(report.confounders);
    const unknown = stored.ingredientLists[0]?.ingredients.filter((i) => i.kind === 'unknown');
    expect(unknown?.length).toBeLessThanOrEqual(300);
    // The running worker answers with the whole report.
    expect((await store.get(7))?.trimmed).toBeUndefined();
  });

  it('stores a report that fits whole', async () => {
    const area = areaWithQuota(1_000_000);
    const store = createReportStore(area as never);
    await store.set(7, ingredientReport());
    expect(PageReport.parse(area.data.get('exocheck-report:7')).trimmed).toBeUndefined();
  });

  it('keeps matched ingredients before unknown ones when trimming', () => {
    const t = trimReport(bigReport(1000));
    const kinds = t.ingredientLists[0]?.ingredients.map((i) => i.kind) ?? [];
    expect(kinds.filter((k) => k !== 'unknown').length).toBe(
      ingredientReport().ingredientLists[0]?.ingredients.filter((i) => i.kind !== 'unknown').length,
    );
  });
});
