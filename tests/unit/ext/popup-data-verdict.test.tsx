import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView } from '../../../components/popup/PopupView';
import { KnowledgeProvider } from '../../../components/shared/KnowledgeContext';
import type { PageReport } from '../../../lib/report';
import { extKnowledge } from './ext-knowledge';
import { claimOnlyReport, ingredientReport, noListReport, noneReport } from './report-fixtures';

afterEach(cleanup);

/** The verdict element: the region the verdict heading names. */
function verdictOf(report: PageReport | null): string | null {
  render(
    <KnowledgeProvider value={{ knowledge: extKnowledge, region: { region: 'eu', via: 'locale' } }}>
      <PopupView loading={false} report={report} site={null} scan={{ phase: 'idle' }} />
    </KnowledgeProvider>,
  );
  const heading = screen.getAllByRole('heading', { level: 2 })[0];
  return heading?.closest('section')?.getAttribute('data-verdict') ?? null;
}

describe('the popup verdict element carries data-verdict', () => {
  it.each([
    ['ingredient', ingredientReport],
    ['claim-only', claimOnlyReport],
    ['none', noneReport],
    ['none', noListReport],
  ] as const)('%s', (want, report) => {
    expect(verdictOf(report())).toBe(want);
  });

  it('is "none" before any report', () => {
    expect(verdictOf(null)).toBe('none');
  });
});
