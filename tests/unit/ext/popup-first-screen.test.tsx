import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FirstScreen } from '../../../components/popup/FirstScreen';
import { cardsFor } from '../../../components/popup/PopupView';
import { PAGE_STATE_TEXT, pageStateOf, scanFailureText } from '../../../components/popup/verdict';
import { App } from '../../../entrypoints/popup/App';
import { buildCard } from '../../../lib/cards/build';
import type { PageReport } from '../../../lib/report';
import { reportKey } from '../../../lib/stored-result';
import { extKnowledge } from './ext-knowledge';
import { claimOnlyReport, ingredientReport, noneReport } from './report-fixtures';

// The details chunk never arrives: what the popup shows must not wait for it.
vi.mock('../../../entrypoints/popup/Details', () => ({
  default: () => {
    throw new Promise(() => {});
  },
}));

const eu = (report: PageReport) => cardsFor(report, (id) => buildCard(extKnowledge, id, 'eu'));

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('popup first screen', () => {
  it('says what each finding is made from, the rule where the shopper is, and what was studied', () => {
    const report = ingredientReport();
    render(<FirstScreen report={report} cards={eu(report)} />);
    const screenPart = screen.getByRole('region', { name: 'What this means for you' });
    const human = within(screenPart)
      .getByRole('heading', { name: 'Human Adipose Stromal Cell Exosomes' })
      .closest('div') as HTMLElement;
    expect(within(human).getByText('Made from').nextElementSibling?.textContent).toBe(
      'Human cell vesicles (exosomes)',
    );
    const rule = within(human).getByText('In your region').nextElementSibling as HTMLElement;
    expect(rule.dataset.status).toBe('prohibited');
    expect(rule.textContent).toMatch(/^Prohibited/);
    expect(rule.textContent).toMatch(/European Union.*, sources checked \d{4}-\d{2}-\d{2}/);
    expect(within(human).getByText(/^None of this ingredient itself/)).toBeTruthy();
    // The plant vesicles get the non-human line, not the human ban.
    const plant = within(screenPart)
      .getByRole('heading', { name: /Centella/ })
      .closest('div') as HTMLElement;
    const plantRule = within(plant).getByText('In your region').nextElementSibling as HTMLElement;
    expect(plantRule.dataset.status).toBe('no-specific-rule');
  });

  it('names the other actives on the list with their class', () => {
    const report = ingredientReport();
    render(<FirstScreen report={report} cards={eu(report)} />);
    const actives = screen.getByRole('heading', { name: 'Other actives on this list' })
      .parentElement as HTMLElement;
    expect(actives.textContent).toMatch(/\(Peptide\)/);
    // The class only where it adds to the name.
    expect(actives.textContent).toMatch(/Niacinamide[,.]/);
    expect(actives.textContent).not.toMatch(/Niacinamide \(Niacinamide\)/);
    expect(actives.textContent).toMatch(/may come from these/);
  });

  it('says the cards are loading rather than showing nothing', () => {
    render(<FirstScreen report={ingredientReport()} cards={null} />);
    expect(screen.getAllByRole('status')[0]?.textContent).toMatch(/Reading what ExoCheck knows/);
  });

  it('quotes the claim and where it stands when the list has no exosome-type ingredient', () => {
    const report = claimOnlyReport();
    render(<FirstScreen report={report} cards={eu(report)} />);
    const card = screen
      .getByRole('heading', { name: 'What the product text says' })
      .closest('div') as HTMLElement;
    const quote = card.querySelector('q') as HTMLElement;
    expect(quote.textContent).toBe('エクソソーム');
    expect(quote.lang).toBe('ja');
    expect(card.textContent).toMatch(/in the product name/);
  });

  it('quotes no claim where an exosome-type ingredient is the answer', () => {
    const report = ingredientReport();
    const withClaim = {
      ...report,
      exosome: { ...report.exosome, claims: claimOnlyReport().exosome.claims },
    };
    render(<FirstScreen report={withClaim} cards={eu(withClaim)} />);
    expect(screen.queryByRole('heading', { name: 'What the product text says' })).toBeNull();
  });

  it('is absent on a page with nothing to explain', () => {
    const report = { ...noneReport(), confounders: [] };
    const { container } = render(<FirstScreen report={report} cards={eu(report)} />);
    expect(container.textContent).toBe('');
  });

  it('shows verdict and first screen before the knowledge module (details chunk) has loaded', async () => {
    fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
      const m = msg as { type: string; ids?: string[] };
      if (m.type === 'cards') {
        sendResponse((m.ids ?? []).flatMap((id) => buildCard(extKnowledge, id, 'eu') ?? []));
      } else sendResponse(null);
      return true;
    });
    await fakeBrowser.storage.session.set({ [reportKey(3)]: ingredientReport() });
    render(<App search="?tabId=3" />);
    expect(await screen.findByRole('heading', { name: 'Exosome ingredient found' })).toBeTruthy();
    expect(await screen.findByText('Human cell vesicles (exosomes)')).toBeTruthy();
    expect(screen.getByText('Loading the details…')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Exosome-type ingredients/ })).toBeNull();
  });

  it('keeps the claim-only verdict when there is no finding to explain', async () => {
    fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
      const m = msg as { type: string };
      sendResponse(m.type === 'cards' ? [] : null);
      return true;
    });
    await fakeBrowser.storage.session.set({ [reportKey(4)]: claimOnlyReport() });
    render(<App search="?tabId=4" />);
    expect(await screen.findByRole('heading', { name: /^Exosome claim, but no/ })).toBeTruthy();
  });
});

describe('page states and scan failures', () => {
  it('tells each state apart, in this order of precedence', () => {
    const site = { enabled: true, globalEnabled: true, automatic: true };
    expect(pageStateOf({ tabId: null, site, noList: true })).toBe('no-tab');
    expect(pageStateOf({ tabId: 1, site: { ...site, enabled: false }, noList: true })).toBe('off');
    expect(pageStateOf({ tabId: 1, site: { ...site, globalEnabled: false }, noList: false })).toBe(
      'off',
    );
    expect(pageStateOf({ tabId: 1, site, noList: true })).toBe('read-no-list');
    expect(pageStateOf({ tabId: 1, site, noList: false })).toBe('not-yet');
    expect(pageStateOf({ tabId: 1, site: { ...site, automatic: false }, noList: false })).toBe(
      'not-scanned',
    );
    expect(pageStateOf({ tabId: 1, site: null, noList: false })).toBe('not-scanned');
    const titles = Object.values(PAGE_STATE_TEXT).map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('says a refused scan in plain words, never only the browser message', () => {
    expect(scanFailureText('Cannot access a chrome:// URL')).toMatch(/does not let extensions/);
    expect(scanFailureText('The extensions gallery cannot be scripted.')).toMatch(
      /does not let extensions/,
    );
    expect(
      scanFailureText(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).toMatch(/toolbar button/);
    expect(scanFailureText('Missing host permission for the tab')).toMatch(/toolbar button/);
    expect(scanFailureText('weird')).toBe('ExoCheck could not read this page.');
  });
});
