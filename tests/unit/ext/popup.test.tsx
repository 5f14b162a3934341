import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confounderHeading } from '../../../components/popup/ConfounderGroups';
import { PRIVACY_LINE } from '../../../components/popup/PopupFooter';
import { PopupView, type PopupViewProps } from '../../../components/popup/PopupView';
import { ingredientTitle } from '../../../components/popup/verdict';
import { KnowledgeProvider } from '../../../components/shared/KnowledgeContext';
import { enrichReport } from '../../../lib/detect/enrich';
import type { RegionResolution } from '../../../lib/settings';
import { extKnowledge } from './ext-knowledge';
import { claimOnlyReport, ingredientReport, noListReport, noneReport } from './report-fixtures';

afterEach(cleanup);

const EU: RegionResolution = { region: 'eu', via: 'locale' };

function show(props: Partial<PopupViewProps>, region: RegionResolution = EU) {
  return render(
    <KnowledgeProvider value={{ knowledge: extKnowledge, region }}>
      <PopupView loading={false} report={null} site={null} scan={{ phase: 'idle' }} {...props} />
    </KnowledgeProvider>,
  );
}

const dictionary = {
  lookup: (name: string) =>
    name.toLowerCase() === 'water' ? { functions: ['solvent'], annexRefs: [] } : null,
};

describe('popup verdicts', () => {
  it('leads with "Exosome ingredient found" when the list has one', () => {
    show({ report: ingredientReport() });
    expect(
      screen.getByRole('heading', { level: 2, name: 'Exosome ingredient found' }),
    ).toBeTruthy();
    expect(screen.getByText(/2 exosome-type ingredients in the ingredient list/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
  });

  it('says claim-only plainly, quoting the claim with its language', () => {
    show({ report: claimOnlyReport() });
    expect(
      screen.getByRole('heading', {
        name: 'Exosome claim, but no exosome-type ingredient ExoCheck recognises in the list',
      }),
    ).toBeTruthy();
    const claims = screen.getByRole('region', { name: /Exosome claims in the product text/ });
    expect(within(claims).getByText('エクソソーム').tagName).toBe('Q');
    expect(within(claims).getByText(/Japanese, in the product name/)).toBeTruthy();
  });

  it('says nothing was found when the list has no exosome ingredient and no claim', () => {
    show({ report: noneReport() });
    expect(
      screen.getByRole('heading', {
        name: 'No exosome-type ingredients or claims that ExoCheck recognises',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Exosome-type ingredients/ })).toBeNull();
  });

  it('offers a scan when there is no report or no list', () => {
    const onScan = vi.fn();
    show({ report: null, onScan });
    expect(
      screen.getByRole('heading', {
        name: 'Not read: ExoCheck only reads supported shops by itself',
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Scan this page' }));
    expect(onScan).toHaveBeenCalledTimes(1);
    cleanup();

    // A report without a list: the page was read (a scan on request, on any site).
    show({ report: noListReport(), onScan });
    expect(screen.getByRole('heading', { name: 'No ingredient list on this page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scan this page' })).toBeTruthy();
  });

  it('shows scanning progress and a failure message', () => {
    show({ report: null, onScan: () => {}, scan: { phase: 'scanning' } });
    expect((screen.getByRole('button', { name: 'Scanning…' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    cleanup();
    show({
      report: null,
      onScan: () => {},
      scan: { phase: 'failed', message: 'Cannot scan here.' },
    });
    expect(screen.getByText('Cannot scan here.').getAttribute('role')).toBe('status');
  });
});

describe('exosome finding cards', () => {
  it('explains each finding: what, source, position hint with its rule, regulation, evidence', () => {
    show({ report: ingredientReport() });
    const card = screen.getByRole('article', { name: 'Human Adipose Stromal Cell Exosomes' });
    const c = within(card);
    expect(c.getByText(/Vesicles collected from human fat-derived/)).toBeTruthy();
    expect(
      c.getByText(/Human cell vesicles \(exosomes\), adipose-derived stromal cells/),
    ).toBeTruthy();
    expect(c.getByText(/Amount cannot be told from its position/)).toBeTruthy();
    expect(c.getByText(/Descending order above 1%/)).toBeTruthy();
    expect(c.getByText(/EU Annex V entry 29 caps phenoxyethanol/)).toBeTruthy();
    // Evidence for its source class, with its source, collapsed under a counted heading.
    expect(c.getByText(/Few controlled trials/)).toBeTruthy();
    const evidence = c.getByRole('heading', { name: 'Evidence (1)' });
    expect(evidence.closest('details')?.open).toBe(false);
    // The secondary, conflicted source behind the summary is flagged.
    expect(c.getAllByText('author has a commercial interest').length).toBeGreaterThan(0);
  });

  it('lists regulation in every jurisdiction with the user region first and open', () => {
    show({ report: ingredientReport() });
    const card = screen.getByRole('article', { name: 'Human Adipose Stromal Cell Exosomes' });
    const items = within(card)
      .getAllByRole('listitem')
      .filter((li) => li.closest('.regulation'));
    const lines = items.filter((li) => li.parentElement?.classList.contains('regulation'));
    expect(lines.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'European Union',
      'United States',
      'South Korea',
    ]);
    expect(lines[0]?.querySelector('details')?.open).toBe(true);
    expect(lines[1]?.querySelector('details')?.open).toBe(false);
    expect(lines[0]?.textContent).toMatch(/Prohibited/);
    expect(lines[0]?.textContent).toMatch(/checked 2026-11-20/);
    expect(lines[0]?.textContent).toMatch(/rule or statement of 2024-05/);
    // Unconfirmed rulings say so: through the status, or with a tag when the status is another.
    expect(lines[1]?.textContent).toMatch(/United States: Not confirmed/);
    expect(lines[2]?.querySelector('.tag-unconfirmed')?.textContent).toBe('not confirmed');
    expect(lines[0]?.textContent).not.toMatch(/not confirmed/i);
  });

  it('gives a plant finding the non-human rule and the at-or-below-1% hint', () => {
    show({ report: ingredientReport() });
    const card = screen.getByRole('article', {
      name: 'Centella Asiatica Callus Extracellular Vesicles',
    });
    expect(within(card).getByText(/Probably at or below 1%/)).toBeTruthy();
    const firstLine = card.querySelector('.regulation > li');
    expect(firstLine?.textContent).toMatch(/European Union: No specific rule/);
    expect(firstLine?.textContent).toMatch(/Plant vesicles follow the general rules/);
  });

  it('says how the region was chosen, including the fallback', () => {
    show({ report: ingredientReport() }, { region: 'us', via: 'fallback' });
    expect(screen.getByText(/United States is shown first by default/)).toBeTruthy();
  });
});

describe('related, confounders, unmatched and the full list', () => {
  it('explains why a related ingredient is not an exosome', () => {
    show({ report: ingredientReport() });
    const related = screen.getByRole('region', { name: /not exosomes/ });
    expect(
      within(related).getByText(/Plant culture medium, not human conditioned media/),
    ).toBeTruthy();
  });

  it('groups confounders by class under the agreed heading, with evidence lines', () => {
    show({ report: ingredientReport() });
    const section = screen.getByRole('region', { name: confounderHeading(ingredientReport()) });
    const groups = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(groups).toEqual(['Niacinamide', 'Peptide', 'Growth factor']);
    expect(within(section).getByText(/fewer fine lines at 10%/)).toBeTruthy();
    // The label follows the evidence: only the reviewed, positive line is "well-studied".
    expect(within(section).getByText('Well-studied active')).toBeTruthy();
    expect(within(section).getByText('Active with limited evidence')).toBeTruthy();
    expect(
      within(section).getByText('Common active (evidence not reviewed by ExoCheck)'),
    ).toBeTruthy();
    expect(within(section).getByText(/Identity of some commercial material disputed/)).toBeTruthy();
  });

  it('lists unmatched ingredients as unknown to ExoCheck, with CosIng functions when known', () => {
    show({ report: enrichReport(ingredientReport(), dictionary) });
    const section = screen.getByRole('region', { name: /Not in ExoCheck's knowledge base \(3\)/ });
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Water what it does (CosIng): solvent',
      'Phenoxyethanol not a CosIng INCI name (2021)',
      'Mysteryl Glowamide not a CosIng INCI name (2021)',
    ]);
    expect(section.textContent).not.toMatch(/\bis safe\b|\bsafe ingredient/i);
  });

  it('shows unmatched ingredients without a functions note before enrichment', () => {
    show({ report: ingredientReport() });
    const section = screen.getByRole('region', { name: /Not in ExoCheck's knowledge base/ });
    expect(section.textContent).not.toMatch(/CosIng/);
  });

  it('has the whole parsed list, collapsed, with kinds tagged', () => {
    show({ report: ingredientReport() });
    const section = screen.getByRole('region', { name: /Full ingredient list as read \(9\)/ });
    expect(section.querySelector('details')?.open).toBe(false);
    expect(within(section).getAllByRole('listitem')).toHaveLength(9);
    expect(within(section).getAllByText('exosome-type')).toHaveLength(2);
  });
});

describe('footer, site state and page text safety', () => {
  it('shows version, facts-as-of date, CosIng credit and the privacy line', () => {
    show({ report: noneReport() });
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toMatch(/Knowledge v1\.2\.3, facts as of 2026-11-20/);
    expect(footer.textContent).toMatch(/CosIng data: European Commission/);
    expect(footer.textContent).toContain(PRIVACY_LINE);
  });

  it('says when ExoCheck is off for the site and offers to turn it on', () => {
    const onSiteToggle = vi.fn();
    show({
      report: null,
      site: { host: 'shop.example', enabled: false, globalEnabled: true, automatic: true },
      onSiteToggle,
    });
    expect(screen.getByText(/ExoCheck is off for/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for shop.example' }));
    expect(onSiteToggle).toHaveBeenCalledWith(true);
  });

  it('renders page text as text, never as markup', () => {
    const report = claimOnlyReport();
    const claim = report.exosome.claims[0];
    if (!claim) throw new Error('fixture claim missing');
    claim.text = '<img src=x onerror=alert(1)>exosome';
    show({ report });
    expect(document.querySelector('img')).toBeNull();
    // On the first screen and in the details, as text both times.
    expect(screen.getAllByText('<img src=x onerror=alert(1)>exosome')).toHaveLength(2);
  });
});

describe('lookup box', () => {
  it('finds an entry as you type and shows its details', () => {
    show({ report: null });
    fireEvent.change(screen.getByLabelText('Ingredient name or claim word'), {
      target: { value: 'argirelin' },
    });
    const results = screen.getByRole('list', { name: 'Lookup results' });
    const first = within(results).getAllByRole('listitem')[0];
    expect(first?.textContent).toMatch(/Acetyl Hexapeptide-8/);
    expect(first?.textContent).toMatch(/matched.*Argireline/);
    expect(first?.textContent).toMatch(/fewer fine lines/);
  });

  it('says when nothing matches', () => {
    show({ report: null });
    fireEvent.change(screen.getByLabelText('Ingredient name or claim word'), {
      target: { value: 'zzqxw' },
    });
    expect(screen.getByText('No match.')).toBeTruthy();
  });
});

describe('ingredientTitle', () => {
  it('names culture fluid and platelet extract for what they are, not "exosome"', () => {
    expect(ingredientTitle(['conditioned-media'])).toBe(
      'Cell culture fluid found (an exosome-type ingredient)',
    );
    expect(ingredientTitle(['platelet-extract'])).toBe(
      'Platelet extract found (an exosome-type ingredient)',
    );
    expect(ingredientTitle(['vesicles', 'vesicles'])).toBe('Exosome ingredient found');
    expect(ingredientTitle(['vesicles', 'conditioned-media'])).toBe(
      'Exosome-type ingredient found',
    );
    expect(ingredientTitle([])).toBe('Exosome-type ingredient found');
  });
});

describe('disguised names', () => {
  it('tells the shopper when the label hid invisible or look-alike characters in a name', () => {
    const report = ingredientReport();
    const finding = report.exosome.ingredients[0];
    if (!finding) throw new Error('fixture finding missing');
    finding.disguised = ['invisible', 'look-alike'];
    show({ report });
    expect(
      screen.getByText(
        /writes this name with invisible characters between its letters and letters from another alphabet/,
      ),
    ).toBeTruthy();
  });
});
