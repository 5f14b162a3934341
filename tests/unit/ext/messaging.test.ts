import { describe, expect, it } from 'vitest';
import {
  parseContentMessage,
  parsePageMessage,
  parseReportReply,
} from '../../../lib/messaging/schemas';
import { ingredientReport } from './report-fixtures';

describe('content messages', () => {
  it('accepts a valid report, cards request and no-list notice', () => {
    const report = ingredientReport();
    expect(parseContentMessage({ type: 'report', report })).toEqual({ type: 'report', report });
    expect(parseContentMessage({ type: 'cards', ids: ['niacinamide'], region: 'auto' })).toEqual({
      type: 'cards',
      ids: ['niacinamide'],
      region: 'auto',
    });
    expect(
      parseContentMessage({ type: 'no-list', url: 'https://a.example/p', retailer: 'sephora' }),
    ).not.toBeNull();
  });

  it('rejects non-objects without throwing', () => {
    for (const raw of [null, undefined, 0, 'report', [], [{ type: 'report' }], true]) {
      expect(parseContentMessage(raw)).toBeNull();
      expect(parsePageMessage(raw)).toBeNull();
    }
  });

  it('rejects unknown types and page messages sent as content messages', () => {
    expect(parseContentMessage({ type: 'delete-everything' })).toBeNull();
    expect(parseContentMessage({ type: 'get-report', tabId: 1 })).toBeNull();
  });

  it('rejects a forged report that breaks the schema', () => {
    const report = ingredientReport();
    const forged = [
      { ...report, schemaVersion: 2 },
      { ...report, unmatched: -1 },
      { ...report, retailer: '' },
      { ...report, exosome: { ...report.exosome, verdict: 'definitely-safe' } },
      { ...report, ingredientLists: 'lots' },
      (({ url: _url, ...rest }) => rest)(report),
    ];
    for (const r of forged) expect(parseContentMessage({ type: 'report', report: r })).toBeNull();
  });

  it('rejects extra fields on the envelope', () => {
    const report = ingredientReport();
    expect(parseContentMessage({ type: 'report', report, tabId: 99 })).toBeNull();
  });

  it('rejects malformed cards requests', () => {
    const bad = [
      { type: 'cards', ids: 'niacinamide', region: 'eu' },
      { type: 'cards', ids: [1, 2], region: 'eu' },
      { type: 'cards', ids: ['x'], region: 'mars' },
      { type: 'cards', ids: ['x'] },
      { type: 'cards', ids: Array.from({ length: 501 }, (_, i) => `id-${i}`), region: 'eu' },
      { type: 'cards', ids: ['x'.repeat(201)], region: 'eu' },
    ];
    for (const m of bad) expect(parseContentMessage(m)).toBeNull();
  });

  it('never throws, even on an object whose properties throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    expect(parseContentMessage(hostile)).toBeNull();
    expect(parsePageMessage(hostile)).toBeNull();
    expect(parseReportReply(hostile)).toBeNull();
  });
});

describe('extension-page messages', () => {
  it('accepts get-report and scan-tab with a tab id', () => {
    expect(parsePageMessage({ type: 'get-report', tabId: 3 })).toEqual({
      type: 'get-report',
      tabId: 3,
    });
    expect(parsePageMessage({ type: 'scan-tab', tabId: 0 })).toEqual({
      type: 'scan-tab',
      tabId: 0,
    });
  });

  it('rejects bad tab ids and content messages', () => {
    for (const tabId of [-1, 1.5, '3', null, Number.NaN]) {
      expect(parsePageMessage({ type: 'get-report', tabId })).toBeNull();
    }
    expect(parsePageMessage({ type: 'report', report: ingredientReport() })).toBeNull();
  });

  it('accepts the popup asking for first-screen cards, within the same caps', () => {
    expect(parsePageMessage({ type: 'cards', ids: ['niacinamide'], region: 'eu' })).toEqual({
      type: 'cards',
      ids: ['niacinamide'],
      region: 'eu',
    });
    expect(parsePageMessage({ type: 'cards', ids: Array(501).fill('a'), region: 'eu' })).toBeNull();
    expect(parsePageMessage({ type: 'cards', ids: ['a'], region: 'mars' })).toBeNull();
  });
});

describe('report replies', () => {
  it('passes a valid report and rejects anything else', () => {
    const report = ingredientReport();
    expect(parseReportReply(report)).toEqual(report);
    expect(parseReportReply(null)).toBeNull();
    expect(parseReportReply({ ...report, title: 5 })).toBeNull();
  });
});
