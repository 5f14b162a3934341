import { useEffect, useState } from 'react';
import type { EntryCard } from '@/lib/cards';
import { requestCards } from '@/lib/messaging';
import type { PageReport } from '@/lib/report';
import type { RegionSetting } from '@/lib/settings';
import { firstScreenIds } from './FirstScreen';

/**
 * The first screen's cards, asked from the background (which holds the knowledge module), so
 * the popup shows them before its own copy of the module has loaded. null while they load.
 */
export function usePopupCards(
  report: PageReport | null,
  region: RegionSetting,
  loading: boolean,
): ReadonlyMap<string, EntryCard> | null {
  const [cards, setCards] = useState<ReadonlyMap<string, EntryCard> | null>(null);
  useEffect(() => {
    if (loading) return;
    const ids = firstScreenIds(report);
    if (ids.length === 0) {
      setCards(new Map());
      return;
    }
    let live = true;
    setCards(null);
    requestCards(ids, region).then(
      (list) => {
        if (live) setCards(new Map(list.map((c) => [c.id, c])));
      },
      () => {
        if (live) setCards(new Map());
      },
    );
    return () => {
      live = false;
    };
  }, [report, region, loading]);
  return cards;
}
