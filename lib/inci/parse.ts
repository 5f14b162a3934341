import { type BracketMap, mapBrackets } from './brackets';
import {
  isDash,
  isDigit,
  isFootnoteMark,
  isLetter,
  isLetterOrDigit,
  isLower,
  isSpace,
  isUpper,
  isWhite,
} from './chars';
import { FREE_FROM, isTitleLike, PRODUCT_WORDS, shapeOf } from './classify';
import { withoutFacetCounts } from './facet-counts';
import { FOOTNOTE_WORDS, isFootnotePhrase } from './footnotes';
import { buildItem } from './item';
import {
  afterColon,
  cjkLabelAt,
  isColon,
  type LabelKind,
  labelBefore,
  mayContainAt,
} from './labels';
import { LINE_START, PARA_START, SENTENCE_START, type Segments, Sep, segment } from './segment';
import { mergeShadeLists } from './shades';
import { joinSplitNames } from './split-names';
import type { ParsedGroup, ParsedItem, ParsedList } from './types';

export { inciScore } from './score';

/**
 * Parses the text of an ingredient section into lists of items with offsets into `text`.
 *
 * The text is cut into segments (segment.ts); each segment is then a label ("Ingredients:",
 * "Active ingredients:", "May contain"), a kit component name ("The Mud Mask:", a heading line),
 * a highlight or footnote ("-Squalane: Hydrates…", "*Organic"), prose, or an item. Highlights,
 * footnotes and prose put the parser in a skip state until the sentence ends; a run of four
 * name-like segments inside a skipped sentence brings the list back (a list glued to a blurb).
 *
 * A list opened by a label or a kit name is kept with any number of items; a list with no label
 * needs three items, unless it is the whole text. Linear in the input; never throws.
 */
export function parseIngredientText(text: string): ParsedList[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return mergeShadeLists(withoutFacetCounts(new Parser(text).run()));
  } catch {
    // A bug must cost one section, never the page.
    return [];
  }
}

function hasLetterFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (isLetterOrDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Items kept per text: far above any real label, bounds memory on hostile input. */
const MAX_ITEMS = 5000;
/** Name-like segments inside a skipped sentence that bring the list back. */
const FLUSH_AT = 4;
const MIN_UNLABELLED = 3;
/** Segments longer than this are never searched for labels or names. */
const MAX_SEGMENT = 2000;

const ACTIVE_LABEL = 'Active ingredients';
const STEP_WORDS = new Set(['step', 'phase', 'part']);
/** Function-word points allowed in a kit name before a colon. */
const KIT_NAME_POINTS = 7;
const WATER_WORDS = new Set(['aqua', 'water', 'eau']);

interface Draft {
  label: string | null;
  /** Opened by a label or kit name (kept even when short). */
  explicit: boolean;
  items: ParsedItem[];
  group: ParsedGroup;
  /** Comma separators seen: a comma list ends at a full stop or a blank line. */
  commas: number;
  /** A line ended with a full stop; the next item starts a new list unless it is "may contain". */
  terminated: boolean;
  /** Noise count when the list opened and when it last grew: no noise between two lists
   * means a short unlabelled tail belongs to the list before ("…, Limonene. Linalool"). */
  noiseAtStart: number;
  noiseAtEnd: number;
}

/**
 * 'sentence': skip to the end of the sentence, but four names in a row bring the list back;
 * 'claim': skip to the end of a "free from …" sentence, whose names are not ingredients;
 * 'section': skip to the next blank line or label.
 */
type Skip = 'none' | 'sentence' | 'claim' | 'section';

class Parser {
  private readonly text: string;
  private readonly brackets: BracketMap;
  private readonly segs: Segments;
  private readonly lists: Draft[] = [];
  private cur: Draft | null = null;
  private skip: Skip = 'none';
  private buffer: Array<[number, number]> = [];
  private total = 0;
  private noiseCount = 0;
  /** Prose, highlights and skipped sections seen (footnotes do not count). */
  private proseCount = 0;
  /** Flags of the segment being processed. */
  private flags = 0;
  private index = 0;
  /**
   * An "Active ingredient: Glycerin" label with its items on the same line: the line break
   * after them ends the active group (DailyMed-style labels print the rest below, unlabelled).
   */
  private activeInline = false;
  /** The current list's active group came from percentage bullets (see bulletActive). */
  private bulletActives = false;
  /** Items were left unread at MAX_ITEMS. */
  private cut = false;

  constructor(text: string) {
    this.text = text;
    this.brackets = mapBrackets(text);
    this.segs = joinSplitNames(text, segment(text, this.brackets));
  }

  run(): ParsedList[] {
    const { segs } = this;
    for (let k = 0; k < segs.count; k++) {
      if (this.total >= MAX_ITEMS) {
        // Cut only if something name-like is left: a trailing full stop is not an item.
        this.cut = hasLetterFrom(this.text, segs.start[k] as number);
        break;
      }
      this.index = k;
      this.flags = segs.flags[k] as number;
      this.visit(segs.start[k] as number, segs.end[k] as number);
      this.endSegment(k);
    }
    return this.finish();
  }

  private visit(s: number, e: number): void {
    if (this.flags & PARA_START) {
      if (this.skip === 'section') this.skip = 'none';
      if (this.cur && this.cur.commas >= 2 && this.cur.items.length > 0) this.cur = null;
    }
    const [a, b] = this.trim(s, e);
    if (a >= b) return;
    if (b - a > MAX_SEGMENT) {
      this.noise();
      return;
    }
    if (this.skip === 'section') {
      if (!this.opensBlock(a, b)) return;
      this.skip = 'none';
    } else if (this.skip === 'sentence' || this.skip === 'claim') {
      if (!this.opensBlock(a, b)) {
        if (this.skip === 'sentence') this.holdInSkippedSentence(a, b);
        return;
      }
      this.skip = 'none';
      this.buffer = [];
    }
    this.segmentBody(a, b);
  }

  /** Inside a skipped sentence: keep name-like segments aside in case the list resumes. */
  private holdInSkippedSentence(a: number, b: number): void {
    // "…, Niacinamide, and Retinols": the last term of an enumeration in a sentence.
    const ending = this.text.startsWith('and ', a) || this.text.startsWith('or ', a);
    const shape = ending ? 'prose' : shapeOf(this.text, a, b).shape;
    if (shape === 'item') {
      this.buffer.push([a, b]);
      if (this.buffer.length >= FLUSH_AT) {
        const held = this.buffer;
        this.buffer = [];
        this.skip = 'none';
        for (const [x, y] of held) this.addItem(x, y);
      }
    } else if (shape === 'prose') {
      this.buffer = [];
    }
  }

  private endSegment(k: number): void {
    const sep = this.segs.sep[k] as Sep;
    const cur = this.cur;
    if (cur && sep === Sep.Comma) cur.commas++;
    if ((sep === Sep.Newline || sep === Sep.Blank) && this.activeInline) {
      this.activeInline = false;
      if (cur && cur.group === 'active' && cur.items.length > 0) cur.group = 'main';
    }
    const boundary =
      sep === Sep.Sentence || sep === Sep.Newline || sep === Sep.Blank || sep === Sep.End;
    if (!boundary) return;
    if (this.skip === 'sentence' || this.skip === 'claim') {
      this.skip = 'none';
      this.buffer = [];
      // The sentence that interrupted the list did not give it back: the list is over.
      if (this.cur && this.cur.items.length > 0) this.cur = null;
    }
    // A full stop at the end of a line ends a list; one inside a line ("Limonene. Linalool")
    // is usually a typo, and a kit component after it comes with its own name.
    if (sep === Sep.Sentence) return;
    const [, b] = this.trim(this.segs.start[k] as number, this.segs.end[k] as number);
    const last = b > 0 ? this.text.charCodeAt(b - 1) : 0;
    if (this.cur && this.cur.items.length > 0 && last === 0x2e) this.cur.terminated = true;
  }

  // ---- one segment -------------------------------------------------------------------------

  private segmentBody(a: number, to: number): void {
    // Footnote text glued after a name ("Citric Acid *Certified Organic", "Phenoxyethanol
    // *Organic Essential Oils: …") ends the useful part of the segment.
    const cut = this.footnoteCut(a, to);
    const b = cut >= 0 ? cut : to;
    this.segmentPart(a, b);
    if (cut >= 0) {
      this.noise(true);
      this.skip = 'sentence';
    }
  }

  private segmentPart(a: number, b: number): void {
    let pos = a;
    for (let guard = 0; guard < 64 && pos < b; guard++) {
      const marker = mayContainAt(this.text, pos, b);
      if (marker >= 0) {
        // "May Contain (+/-): Iron Oxides" — the marker owns its colon.
        this.mayContain();
        pos = marker;
        continue;
      }
      const colon = this.findColon(pos, b);
      if (colon < 0) break;
      const label = labelBefore(this.text, pos, colon);
      const next = afterColon(this.text, colon, b);
      if (label) {
        this.beforeLabel(pos, label.start, label.kind, label.bare);
        pos = next;
        this.activeInline = label.kind === 'active' && this.trim(next, b)[0] < b;
        continue;
      }
      const head = this.colonHead(pos, colon, b);
      if (head.kind === 'kit') {
        this.startList(head.label, true);
        pos = next;
        continue;
      }
      if (head.kind === 'name') break; // "propellant: hydrocarbon" is one lower-case name

      // "-Squalane: Hydrates…", "Limonene *: Napiers formula", "Tea Water: Helps soothe…"
      this.noise();
      this.skip = this.freeFrom(pos, b) ? 'claim' : 'sentence';
      return;
    }
    this.content(pos, b, pos === a);
  }

  /** Text between the previous stop and a label: an item, a kit name, or nothing. */
  private beforeLabel(from: number, to: number, kind: LabelKind, bare: boolean): void {
    const [a, b] = this.trim(from, to);
    const cur = this.cur;
    if (a < b) {
      if ((kind === 'generic' || kind === 'active') && !bare && !(cur && cur.group === 'active')) {
        if (isTitleLike(this.text, a, b)) {
          this.startList(this.labelText(a, b), true);
          this.applyLabel(kind, true);
          return;
        }
      } else if (shapeOf(this.text, a, b).shape === 'item') {
        // "Zinc Oxide 20% Inactive Ingredients:", "Octocrylene 2.70%Ingredients:"
        this.addItem(a, b);
      }
    }
    this.applyLabel(kind, false);
  }

  private applyLabel(kind: LabelKind, keepCurrent: boolean): void {
    const cur = this.cur;
    const pending = cur !== null && cur.items.length === 0 && cur.explicit;
    switch (kind) {
      case 'generic':
        if (keepCurrent || pending) (cur as Draft).group = 'main';
        else if (cur && cur.group === 'active') cur.group = 'main';
        else this.startList(null, true);
        return;
      case 'active':
        if (keepCurrent || pending) {
          const d = cur as Draft;
          d.group = 'active';
          d.label ??= ACTIVE_LABEL;
        } else {
          this.startList(ACTIVE_LABEL, true).group = 'active';
        }
        return;
      case 'inactive':
        // Also right after an inline active line that the line break already closed.
        if (cur && (cur.group === 'active' || pending || onlyActive(cur.items))) cur.group = 'main';
        else this.startList(null, true);
        return;
      case 'may':
        this.mayContain();
        return;
      default:
        this.cur = null;
        this.skip = 'section';
        this.noise();
    }
  }

  private mayContain(): void {
    if (!this.cur) {
      const last = this.lists[this.lists.length - 1];
      this.cur = last ?? this.startList(null, false);
    }
    this.cur.group = 'may-contain';
    this.cur.terminated = false;
  }

  /** A segment part with no colon left in it. */
  private content(from: number, to: number, atStart: boolean): void {
    const { text } = this;
    let a = from;
    let b = to;
    const marker = mayContainAt(text, a, b);
    if (marker >= 0) {
      this.mayContain();
      a = marker;
    } else if (atStart) {
      const cjk = cjkLabelAt(text, a, b);
      if (cjk >= 0) {
        this.applyLabel('generic', false);
        a = cjk;
      } else if (this.lineAlone()) {
        const label = labelBefore(text, a, b);
        if (label?.bare && label.kind !== 'may') {
          this.applyLabel(label.kind, false);
          return;
        }
        if (this.isHeading(a, b)) {
          this.startList(this.labelText(a, b), true);
          return;
        }
      }
    }
    if (a >= b) return;

    const c = text.charCodeAt(a);
    const lineOrSentence = atStart && (this.flags & (LINE_START | SENTENCE_START)) !== 0;
    if (isFootnoteMark(c) && this.footnoteStart(a, b, atStart)) {
      this.noise(true);
      this.skip = 'sentence';
      return;
    }
    let bullet = false;
    if (isDash(c) && a + 1 < b && !isSpace(text.charCodeAt(a + 1)) && lineOrSentence) {
      // "-Water" alone on its line is a bullet; "-Comfrey Root. …" or "-Avobenzone 3%, …: Deliver
      // broad-spectrum protection" is a highlight blurb.
      if (!this.lineAlone()) {
        this.noise();
        this.skip = 'sentence';
        return;
      }
      bullet = true;
    }
    this.bulletActive(bullet, a, b);

    const faq = this.faqCut(a, b);
    if (faq >= 0) b = faq;

    const shape = shapeOf(text, a, b).shape;
    if (shape === 'item' && this.endsList() && isFootnotePhrase(text, a, b)) {
      // "…, Linalool. Fragrance made of 100% natural essential oils": a note, not an item.
      this.noise(true);
      this.skip = 'sentence';
      return;
    }
    if (shape === 'item') {
      if (this.atListStart()) a = this.gluedHeading(a, b);
      this.addItem(a, b);
    } else if (shape === 'prose') {
      this.noise();
      const water = this.waterAt(a, b);
      if (water > a && this.nextIsItem() && shapeOf(text, water, b).shape === 'item') {
        // "…is used with permission Water (Aqua/Eau), Betaine, …": the list starts at Water.
        this.addItem(water, b);
      } else {
        // "…, Glyceryl Caprylate Developed with Dermatologists": keep the name before the blurb.
        const cutAt = this.inList() && atStart ? this.proseStart(a, b) : -1;
        if (cutAt > a && shapeOf(text, a, cutAt).shape === 'item') this.addItem(a, cutAt);
        this.skip = this.freeFrom(a, b) ? 'claim' : 'sentence';
        return;
      }
    }
    if (faq >= 0) {
      this.noise();
      this.cur = null;
      this.skip = 'section';
    }
  }

  /**
   * Drug-facts actives printed as bullets before the inactive list ("-Avobenzone 2.2%",
   * "-Octinoxate 7.5%", then "Water, …"): a bullet with a percentage at the start of a list, or
   * after other such bullets, is in the active group; the first item that is not such a bullet
   * returns the list to the main group, so its positions follow the actives.
   */
  private bulletActive(bullet: boolean, a: number, b: number): void {
    const cur = this.cur;
    const active = bullet && this.text.slice(a, b).includes('%');
    if (active) {
      if (cur === null || cur.terminated || cur.items.length === 0) {
        if (cur === null || cur.items.length > 0) this.startList(null, false);
        (this.cur as Draft).group = 'active';
        this.bulletActives = true;
      } else if (!(this.bulletActives && onlyActive(cur.items))) {
        this.bulletActives = false;
      }
      return;
    }
    if (this.bulletActives && cur && cur.group === 'active') cur.group = 'main';
    this.bulletActives = false;
  }

  // ---- lists ------------------------------------------------------------------------------

  private startList(label: string | null, explicit: boolean): Draft {
    const d: Draft = {
      label,
      explicit,
      items: [],
      group: 'main',
      commas: 0,
      terminated: false,
      noiseAtStart: this.noiseCount,
      noiseAtEnd: this.noiseCount,
    };
    this.lists.push(d);
    this.cur = d;
    return d;
  }

  private addItem(from: number, to: number): void {
    if (this.total >= MAX_ITEMS) {
      this.cut = true;
      return;
    }
    let cur = this.cur;
    if (!cur || (cur.terminated && cur.commas >= 2)) cur = this.startList(null, false);
    const item = buildItem(this.text, from, to, cur.group);
    if (!item) return;
    const prev = cur.items[cur.items.length - 1];
    if (prev && item.start < prev.end) return;
    cur.items.push(item);
    cur.terminated = false;
    cur.noiseAtEnd = this.noiseCount;
    this.total++;
  }

  /**
   * This segment comes after a list's items and nothing list-like follows it on its line: the
   * place of a footnote ("…, Citric Acid, Certified Organic").
   */
  private endsList(): boolean {
    const cur = this.cur ?? this.lists[this.lists.length - 1];
    if (!cur || cur.items.length === 0) return false;
    const sep = this.segs.sep[this.index] as Sep;
    return sep === Sep.Newline || sep === Sep.Blank || sep === Sep.End || sep === Sep.Sentence;
  }

  /** A comma list is running: this segment follows a comma inside it. */
  private inList(): boolean {
    const cur = this.cur;
    return (
      cur !== null &&
      cur.items.length > 0 &&
      !cur.terminated &&
      (this.flags & (LINE_START | SENTENCE_START)) === 0
    );
  }

  /**
   * Start of the sentence glued after a name: the first function or marketing word, or the
   * capitalised word before a lower-case function word ("Acrylates/C10-30 Feel the …"). -1 if none.
   */
  private proseStart(a: number, b: number): number {
    const { text } = this;
    let i = a;
    let words = 0;
    let prevStart = -1;
    while (i < b && words < 8) {
      while (i < b && isWhite(text.charCodeAt(i))) i++;
      const s = i;
      while (i < b && !isWhite(text.charCodeAt(i))) i++;
      if (s === i) break;
      words++;
      const shape = shapeOf(text, s, i);
      if (shape.points >= 2) {
        const backOff =
          shape.strong === 0 &&
          isLower(text.charCodeAt(s)) &&
          prevStart > a &&
          isUpper(text.charCodeAt(prevStart));
        return backOff ? prevStart : s;
      }
      prevStart = s;
    }
    return -1;
  }

  /** A "free from …" claim: the names that follow are what the product does not contain. */
  private freeFrom(a: number, b: number): boolean {
    const lower = this.text.slice(a, Math.min(b, a + 400)).toLowerCase();
    return FREE_FROM.some((p) => lower.includes(p));
  }

  private atListStart(): boolean {
    const cur = this.cur;
    return (
      !cur ||
      cur.items.length === 0 ||
      (cur.terminated && cur.commas >= 2) ||
      (this.flags & PARA_START) !== 0
    );
  }

  private finish(): ParsedList[] {
    const kept: Draft[] = [];
    let prev: Draft | undefined; // the draft just before, with items
    for (const d of this.lists) {
      if (d.items.length === 0) continue;
      if (d.explicit || d.items.length >= MIN_UNLABELLED) {
        kept.push(d);
        prev = d;
      } else if (prev && prev === kept[kept.length - 1] && prev.noiseAtEnd === d.noiseAtStart) {
        for (const item of d.items) prev.items.push(item);
        prev.noiseAtEnd = d.noiseAtEnd;
      } else {
        prev = d;
      }
    }
    if (kept.length === 0 && this.proseCount === 0) {
      // A one- or two-ingredient product ("Squalane.") is a list when it is all the text says.
      const only = this.lists.filter((d) => d.items.length > 0);
      if (only.length === 1) kept.push(only[0] as Draft);
    }
    return kept.map((d, i) => {
      const first = d.items[0] as ParsedItem;
      const last = d.items[d.items.length - 1] as ParsedItem;
      // "Active ingredients" names the list only when every item is active; a drug-facts list
      // with inactive items too is one product's list, its groups say which is which.
      const mixed = d.label === ACTIVE_LABEL && d.items.some((it) => it.group !== 'active');
      const list: ParsedList = {
        label: mixed ? null : d.label,
        start: first.start,
        end: last.end,
        items: d.items,
      };
      // The cut falls after the last kept list: that one is the list that was cut.
      if (this.cut && i === kept.length - 1) list.truncated = true;
      return list;
    });
  }

  private noise(footnote = false): void {
    this.noiseCount++;
    if (!footnote) this.proseCount++;
  }

  // ---- helpers over the text ---------------------------------------------------------------

  private trim(from: number, to: number): [number, number] {
    let a = from;
    let b = to;
    while (a < b && isWhite(this.text.charCodeAt(a))) a++;
    while (b > a && isWhite(this.text.charCodeAt(b - 1))) b--;
    return [a, b];
  }

  /** First colon outside brackets that is not in a URL ("https:") or a ratio ("1:1"). */
  private findColon(from: number, to: number): number {
    const { text } = this;
    const depth = this.brackets.depth;
    for (let i = from; i < to; i++) {
      if (!isColon(text.charCodeAt(i)) || (depth[i] as number) > 0) continue;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      if (next === 0x2f) continue;
      if (isDigit(prev) && isDigit(next)) continue;
      return i;
    }
    return -1;
  }

  /**
   * Does this segment, inside skipped text, start a new block? Only a label or a "Step"-style
   * kit name does: in a blurb, "Titanium Dioxide 1.10%: Sunscreen" is not a kit component.
   */
  private opensBlock(a: number, b: number): boolean {
    const colon = this.findColon(a, b);
    if (colon < 0) return false;
    if (labelBefore(this.text, a, colon)) return true;
    const [ha, hb] = this.trim(a, colon);
    return this.stepWord(ha, hb) >= 0;
  }

  /** What the text before a (non-label) colon is: a kit component name, or not. */
  private colonHead(
    from: number,
    colon: number,
    to: number,
  ): { kind: 'kit' | 'name' | 'other'; label: string } {
    const { text } = this;
    const [a, b] = this.trim(from, colon);
    if (a >= b) return { kind: 'other', label: '' };
    const first = text.charCodeAt(a);
    // "…blurb (BHA) Step One:" — the step name ends a highlight; a clean head keeps its words.
    const step = this.stepWord(a, b);
    if (step >= 0 && (step === a || isDash(first) || isLower(first) || !isTitleLike(text, a, b))) {
      return { kind: 'kit', label: this.labelText(step, b) };
    }
    if (isDash(first) || first === 0x2022 || isFootnoteMark(first))
      return { kind: 'other', label: '' };
    if (isFootnoteMark(text.charCodeAt(b - 1))) return { kind: 'other', label: '' };
    const tailStart = afterColon(text, colon, to);
    const nextColon = this.findColon(tailStart, to);
    const tailEnd = nextColon < 0 ? to : nextColon;
    // A kit list starts with a name; "Kombucha Tea Extract: Rich in antioxidants" is a blurb.
    if (tailStart < tailEnd && shapeOf(text, tailStart, tailEnd).points >= 2) {
      return { kind: 'other', label: '' };
    }
    // Before a colon and a clean name, a product name may carry a few function words
    // ("Renewed Hope in a Jar Refreshing & Refining Moisturizer: Water, …").
    if (!isTitleLike(text, a, b, KIT_NAME_POINTS)) return { kind: 'other', label: '' };
    // Kit names are written with capitals or digits; an all lower-case head is part of a name.
    if (this.allWordsLower(a, b)) return { kind: 'name', label: '' };
    return { kind: 'kit', label: this.labelText(a, b) };
  }

  /** Offset of a "Step"/"Phase"/"Part" word in [a, b), for "…blurb. Step One:", else -1. */
  private stepWord(a: number, b: number): number {
    const { text } = this;
    let found = -1;
    let i = Math.max(a, b - 80);
    while (i < b) {
      while (i < b && !isLetter(text.charCodeAt(i))) i++;
      const s = i;
      while (i < b && isLetter(text.charCodeAt(i))) i++;
      if (i > s && i - s <= 5 && (s === a || !isLetter(text.charCodeAt(s - 1)))) {
        if (STEP_WORDS.has(text.slice(s, i).toLowerCase()) && isUpper(text.charCodeAt(s))) {
          found = s;
        }
      }
    }
    return found;
  }

  private labelText(from: number, to: number): string {
    const { text } = this;
    let a = from;
    let b = to;
    while (a < b && (isWhite(text.charCodeAt(a)) || isDash(text.charCodeAt(a)))) a++;
    while (b > a && (isWhite(text.charCodeAt(b - 1)) || isColon(text.charCodeAt(b - 1)))) b--;
    let out = '';
    let space = false;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (isWhite(c)) {
        space = out.length > 0;
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += text[i];
    }
    return out;
  }

  /** The segment is the whole of its line. */
  private lineAlone(): boolean {
    const k = this.index;
    const sep = this.segs.sep[k] as Sep;
    return (
      (this.flags & LINE_START) !== 0 &&
      (sep === Sep.Newline || sep === Sep.Blank || sep === Sep.End)
    );
  }

  /**
   * A heading line before a comma list ("Multi-Peptide + HA Serum\nAqua (Water), …"): short,
   * no full stop, after a blank line or a finished list, and the next line is a comma list.
   */
  private isHeading(a: number, b: number): boolean {
    const { text, segs } = this;
    const k = this.index;
    if (k + 1 >= segs.count) return false;
    if (((segs.flags[k + 1] as number) & LINE_START) === 0) return false;
    if ((segs.sep[k + 1] as Sep) !== Sep.Comma) return false;
    const last = text.charCodeAt(b - 1);
    if (last === 0x2e || isFootnoteMark(text.charCodeAt(a)) || isDash(text.charCodeAt(a)))
      return false;
    const afterBreak =
      (this.flags & PARA_START) !== 0 ||
      !this.cur ||
      this.cur.terminated ||
      this.cur.items.length === 0;
    return afterBreak && isTitleLike(text, a, b);
  }

  /**
   * A product heading glued to the first ingredient ("Multi-Peptide Eye Serum Aqua (Water)")
   * or a scrap of a cut-off sentence before it ("s barrier Aqua (Water / Eau)"): returns where
   * the ingredient starts, opening a kit list for a heading.
   */
  private gluedHeading(a: number, b: number): number {
    const water = this.waterAt(a, b);
    if (water <= a) return a;
    const [ha, hb] = this.trim(a, water);
    if (ha >= hb) return a;
    const { text } = this;
    let w = hb;
    while (w > ha && !isWhite(text.charCodeAt(w - 1))) w--;
    const lastWord = text.slice(w, hb).toLowerCase();
    if (PRODUCT_WORDS.has(lastWord) && isTitleLike(text, ha, hb)) {
      this.startList(this.labelText(ha, hb), true);
      return water;
    }
    if (this.allWordsLower(ha, hb) && isUpper(text.charCodeAt(water))) return water;
    return a;
  }

  private allWordsLower(a: number, b: number): boolean {
    const { text } = this;
    let wordStart = true;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (isWhite(c)) {
        wordStart = true;
      } else {
        if (wordStart && !isLower(c)) return false;
        wordStart = false;
      }
    }
    return true;
  }

  /** Start of "Aqua"/"Water"/"Eau" followed by "(" or "/" (the usual first ingredient), or -1. */
  private waterAt(a: number, b: number): number {
    const { text } = this;
    let i = a;
    while (i < b) {
      while (i < b && !isLetter(text.charCodeAt(i))) i++;
      const s = i;
      while (i < b && isLetter(text.charCodeAt(i))) i++;
      if (i - s < 3 || i - s > 5) continue;
      if (s > a && isLetter(text.charCodeAt(s - 1))) continue;
      if (!WATER_WORDS.has(text.slice(s, i).toLowerCase())) continue;
      let j = i;
      while (j < b && isSpace(text.charCodeAt(j))) j++;
      const c = j < b ? text.charCodeAt(j) : 0;
      if (c === 0x28 || c === 0x2f) return s;
    }
    return -1;
  }

  private nextIsItem(): boolean {
    const k = this.index + 1;
    if (k >= this.segs.count) return false;
    const [a, b] = this.trim(this.segs.start[k] as number, this.segs.end[k] as number);
    return a < b && shapeOf(this.text, a, b).shape === 'item';
  }

  /**
   * A segment opening with a footnote mark: footnote text ("*Organic", "†Certified organic")
   * at a line or sentence start, or at the end of a list when it reads like one; otherwise a
   * marked item ("*Aloe Barbadensis Leaf Juice" in the middle of a list).
   */
  private footnoteStart(a: number, b: number, atStart: boolean): boolean {
    const { text } = this;
    let i = a;
    while (i < b && (isFootnoteMark(text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i++;
    if (i >= b || !(isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) return false;
    if (atStart && (this.flags & (LINE_START | SENTENCE_START)) !== 0) return true;
    const sep = this.segs.sep[this.index] as Sep;
    if (sep !== Sep.Newline && sep !== Sep.Blank && sep !== Sep.End && sep !== Sep.Sentence) {
      return false;
    }
    const lower = text.slice(i, b).toLowerCase();
    return FOOTNOTE_WORDS.some((w) => lower.includes(w));
  }

  /** Where footnote text glued after the last item starts ("Citric Acid *Certified Organic"). */
  private footnoteCut(a: number, b: number): number {
    const { text } = this;
    for (let i = a + 1; i < b; i++) {
      if (!isFootnoteMark(text.charCodeAt(i)) || !isSpace(text.charCodeAt(i - 1))) continue;
      let j = i;
      while (j < b && isFootnoteMark(text.charCodeAt(j))) j++;
      if (j < b && text.charCodeAt(j) === 0x20) j++; // "Phenoxyethanol * Essential Oil"
      if (j < b && isLetter(text.charCodeAt(j))) return i;
    }
    return -1;
  }

  /** "… Seed Oil FAQs WHAT MAKES IT UNIQUE": a page's FAQ heading glued to the last item. */
  private faqCut(a: number, b: number): number {
    const { text } = this;
    for (let i = a + 1; i + 3 <= b; i++) {
      if (text.charCodeAt(i) !== 0x46 || !isSpace(text.charCodeAt(i - 1))) continue;
      if (text.slice(i, i + 3) !== 'FAQ') continue;
      const after = i + 3 < b ? text.charCodeAt(i + 3) : 0x20;
      if (after === 0x73 || isWhite(after) || !isLetter(after)) return i;
    }
    return -1;
  }
}

function onlyActive(items: readonly ParsedItem[]): boolean {
  return items.length > 0 && items.every((i) => i.group === 'active');
}
