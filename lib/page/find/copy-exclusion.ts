import { isOffProductRegion } from './page-regions';

/**
 * Product copy never holds the found ingredient sections: an ingredient name that contains a
 * claim word ("… Conditioned Media") is part of the list, not marketing copy. A shop's
 * description selector that also matches the ingredient panel (Sephora's "About the Product ~
 * div" reaches the Ingredients accordion on some layouts) must not turn the list into claims.
 */
export interface CopyExclusion {
  /** For textSource's `skip`: off-product regions and the section elements themselves. */
  skip(el: Element): boolean;
  /** True when the whole block is a section or lies inside one. */
  inside(el: Element): boolean;
}

export function copyExclusion(sections: ReadonlyArray<Element | null>): CopyExclusion {
  const els = sections.filter((e): e is Element => e !== null);
  const set = new Set(els);
  return {
    skip: (el) => set.has(el) || isOffProductRegion(el),
    inside: (el) => els.some((s) => s === el || s.contains(el)),
  };
}

/** No sections found: only the off-product regions are left out. */
export const NO_EXCLUSION: CopyExclusion = copyExclusion([]);
