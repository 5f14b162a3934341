import type { EntryCard } from '../../../cards';
import { MARK_KIND_NAME } from '../../../vocabulary';
import type { MarkKind } from '../highlight';

/** What the tooltip shows for one mark; built by the content script from report + cards. */
export interface TooltipModel {
  kind: MarkKind;
  /** The ingredient or claim exactly as written on the page. */
  written: string;
  /** The knowledge card for the entry; null for claims, or while/if it is unavailable. */
  card: EntryCard | null;
  /** Cards were asked for and have not arrived yet. */
  pending: boolean;
  /** The report's "at or below 1%" reason for exosome-type ingredients, when known. */
  positionHint: string | null;
  /** For claims: how the claim compares with the ingredient list. */
  claimNote: string | null;
  /** The label hid invisible or look-alike characters in the name (said in words), else null. */
  disguiseNote?: string | null;
}

/** What each kind of mark is (lib/vocabulary.ts): the tooltip's first line, the key's name. */
export const KIND_LABEL: Record<MarkKind, string> = MARK_KIND_NAME;
