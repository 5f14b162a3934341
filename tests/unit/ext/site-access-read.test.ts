import { describe, expect, it } from 'vitest';
import { type ReadGrantedDeps, readGrantedTabs } from '../../../lib/background/site-access';

const PRODUCT = 'https://www.sephora.com/product/some-serum-P123456';

function deps(tabs: Array<{ id?: number; url?: string }>, opts: Partial<ReadGrantedDeps> = {}) {
  const injected: number[] = [];
  const asked: string[][] = [];
  const d: ReadGrantedDeps = {
    async tabsMatching(origins) {
      asked.push(origins);
      return tabs;
    },
    hasReport: async () => false,
    running: async () => false,
    async inject(id) {
      injected.push(id);
    },
    ...opts,
  };
  return { d, injected, asked };
}

describe('reading a shop’s open pages once its hosts are granted', () => {
  it('reads the open product pages no instance has read', async () => {
    const { d, injected, asked } = deps([
      { id: 1, url: PRODUCT },
      { id: 2, url: 'https://www.sephora.com/shop/skincare' },
      { id: 3 },
      { url: PRODUCT },
    ]);
    expect(await readGrantedTabs(['https://www.sephora.com/*'], d)).toBe(1);
    expect(asked).toEqual([['https://www.sephora.com/*']]);
    expect(injected).toEqual([1]);
  });

  it('leaves pages with a report, or with an instance that found no list, alone', async () => {
    const { d, injected } = deps(
      [
        { id: 1, url: PRODUCT },
        { id: 2, url: PRODUCT },
        { id: 3, url: PRODUCT },
      ],
      { hasReport: async (id) => id === 1, running: async (id) => id === 2 },
    );
    await readGrantedTabs(['https://www.sephora.com/*'], d);
    expect(injected).toEqual([3]);
  });

  it('a tab that fails (closed, navigated) does not stop the others; no origins, no query', async () => {
    const { d, injected } = deps(
      [
        { id: 1, url: PRODUCT },
        { id: 2, url: PRODUCT },
      ],
      {
        running: async (id) => {
          if (id === 1) throw new Error('No tab with id: 1');
          return false;
        },
      },
    );
    await readGrantedTabs(['https://www.sephora.com/*'], d);
    expect(injected).toEqual([2]);
    const none = deps([{ id: 1, url: PRODUCT }]);
    expect(await readGrantedTabs([], none.d)).toBe(0);
    expect(none.asked).toEqual([]);
  });
});
