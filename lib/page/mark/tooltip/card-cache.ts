import type { EntryCard } from '../../../cards';
import type { Settings } from '../../../settings';

type Region = Settings['region'];

export type FetchCards = (ids: string[], region: Region) => Promise<EntryCard[]>;

/**
 * The tooltip's cards (what a marked entry means), asked of the background once per entry and
 * region: the content script does not carry the knowledge module. A region change empties it.
 */
export class CardCache {
  private readonly held = new Map<string, EntryCard>();
  private region: Region | null = null;
  /** A request is out: tooltips say "loading" rather than show no card. */
  pending = false;

  constructor(
    private readonly fetch: FetchCards,
    private readonly log: (...args: unknown[]) => void,
  ) {}

  get cards(): ReadonlyMap<string, EntryCard> {
    return this.held;
  }

  /** Asks for the cards of `ids` not held yet; `arrived` runs once they are in, or failed. */
  load(ids: readonly string[], region: Region, arrived: () => void): void {
    if (region !== this.region) {
      this.held.clear();
      this.region = region;
    }
    const missing = ids.filter((id) => !this.held.has(id));
    if (missing.length === 0) return;
    this.pending = true;
    const done = () => {
      this.pending = false;
      arrived();
    };
    try {
      this.fetch(missing, region)
        .then((cards) => {
          // A reply for a region left meanwhile is dropped.
          if (region === this.region) for (const c of cards) this.held.set(c.id, c);
        })
        .catch((err) => this.log('cards not delivered', err))
        .finally(done);
    } catch (err) {
      this.log('cards not requested', err);
      done();
    }
  }
}
