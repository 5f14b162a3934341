import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LookupBox } from '../../../components/popup/LookupBox';
import { KnowledgeProvider } from '../../../components/shared/KnowledgeContext';
import type { CosingNames } from '../../../lib/knowledge/lookup';
import { extKnowledge } from './ext-knowledge';

afterEach(cleanup);

const dictionary: CosingNames = {
  names: () => ['PEG-40 HYDROGENATED CASTOR OIL', 'GLYCERIN'],
  lookup: (name) => ({
    name: name.toUpperCase(),
    ref: '1',
    refs: ['1'],
    functions: ['emulsifying'],
    annexRefs: [],
    annexII: false,
    annexIIEntries: [],
  }),
};

describe('lookup box with CosIng names', () => {
  it('shows a CosIng name in readable case, not CosIng capitals', async () => {
    render(
      <KnowledgeProvider
        value={{ knowledge: extKnowledge, region: { region: 'eu', via: 'locale' } }}
      >
        <LookupBox loadDictionary={async () => dictionary} />
      </KnowledgeProvider>,
    );
    fireEvent.change(screen.getByLabelText('Ingredient name or claim word'), {
      target: { value: 'peg 40 hydrogenated castor oil' },
    });
    const results = screen.getByRole('list', { name: 'Lookup results' });
    const title = await within(results).findByText('PEG-40 Hydrogenated Castor Oil');
    expect(title.tagName).toBe('STRONG');
    expect(results.textContent).not.toMatch(/HYDROGENATED/);
  });
});
