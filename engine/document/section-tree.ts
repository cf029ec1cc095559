/**
 * The section tree: a builder that owns the stack of open headings, and the walk that feeds it the
 * paragraphs and sentences of a report in order. Each section gets its kind here, once (from its
 * heading, else its parent's, else `achievements`); facts read it through scope.ts.
 *
 * Parts without headings (issue 10 §2): many reports end their numbered achievements and go on, with
 * no heading, to a paragraph opening the shortcomings or next year's plan, then items （一）…（五）
 * that restart the numbering. The builder opens an `unheaded` top-level part there, with a
 * `boundary` saying why: a transition paragraph (its lead sentence, confirmed by what follows) or a
 * numbering restart (a （一） after （四） never continues the previous section).
 */
import { markerNumber, matchHeadingMarker, type HeadingMarker } from './markers.js';
import { kindOfHeading, kindOfLead } from './section-kinds.js';
import { NUMBERED_STYLES, type HeadingStyle, type Section, type SectionBoundary, type SectionKind, type Sentence } from '../types.js';

const CREDIT_KINDS: ReadonlySet<SectionKind> = new Set(['achievements', 'first_duty']);
/** How an unheaded part shows in a section path (evidence, explain). */
const PART_LABEL: Record<SectionKind, string> = {
  shortcomings: '不足（无标题）', plans: '计划（无标题）', achievements: '续（无标题）', first_duty: '续（无标题）', front: '', closing: '',
};

interface OpenSection { section: Section; style: HeadingStyle; n: number | null }
type NewSection = Omit<Section, 'id' | 'end' | 'path' | 'depth' | 'line' | 'boundary'>;

export class SectionTreeBuilder {
  readonly sections: Section[] = [];
  private stack: OpenSection[] = [];
  /** while an unheaded part is open: the headings that were open before it (a heading continuing their numbering ends the part) */
  private outer: OpenSection[] = [];
  private open: Section;

  /** `year` is the reporting year (a heading naming the next one is a plans heading); `lineAt` maps an original offset to its line */
  constructor(private readonly year: number | null, private readonly lineAt: (offset: number) => number) {
    this.open = this.add({ parent: -1, style: 'none', label: '', heading: '', kind: 'front', start: 0 }, null);
  }

  /** The section that text read now belongs to. */
  get current(): Section { return this.open; }

  /** The kind of the top-level section that text read now belongs to. */
  get rootKind(): SectionKind {
    let s = this.open;
    while (s.parent >= 0) s = this.sections[s.parent];
    return s.kind;
  }

  /** A numbered (or bare, or lead) heading at original offset `start`: closes every open heading of its style or deeper. */
  heading(marker: HeadingMarker, heading: string, start: number): void {
    const n = markerNumber(marker);
    // a heading known without its number (a bare 存在的问题, a Word style) ends an unheaded part too
    if (this.partOpen && (marker.length === 0 || this.continuesOuter(marker, n))) { this.stack = this.outer; this.outer = []; }
    const idx = this.stack.findIndex((o) => o.style === marker.style);
    if (idx >= 0) this.stack = this.stack.slice(0, idx);
    else this.stack = this.stack.filter((o) => o.style !== 'lead'); // leads are always innermost
    const parent = this.stack.length ? this.stack[this.stack.length - 1].section : null;
    const own = kindOfHeading(heading.slice(marker.length), parent === null, this.year);
    let kind: SectionKind;
    if (!parent) kind = own ?? 'achievements';
    else if (marker.style === 'lead') kind = parent.kind;
    // inside plans or shortcomings a sub-heading may switch between the two, never into a kind that earns credit
    else if (own && (CREDIT_KINDS.has(parent.kind) || !CREDIT_KINDS.has(own))) kind = own;
    else kind = parent.kind;
    const s = this.add({ parent: parent ? parent.id : -1, style: marker.style, label: marker.label, heading, kind, start }, parent);
    this.stack.push({ section: s, style: marker.style, n });
  }

  /**
   * Whether `marker` restarts a list instead of continuing it: a number lower than the open one of its
   * style (（一） where （四） is open), or, right after an unheaded part opened, a （一） of a style open before it.
   */
  restarts(marker: HeadingMarker, afterPart: boolean): boolean {
    const n = markerNumber(marker);
    if (n === null) return false;
    const open = this.stack.find((o) => o.style === marker.style);
    // numbering that does not go forward (（一） after （四）, 二、 after 五、, 五、 after 五、) never continues the list
    if (open) return open.n !== null && n <= open.n;
    return afterPart && n === 1 && this.partOpen && this.outer.some((o) => o.style === marker.style);
  }

  /**
   * The kind of a part opened by a restart alone (no transition paragraph before it): the part it
   * leaves when that is shortcomings or plans (its items never fall back into achievements), else
   * the restarted item's own heading when it names shortcomings or plans; null when the restart
   * changes nothing (an achievements list that begins again stays in achievements, as a sibling).
   */
  restartKind(marker: HeadingMarker, heading: string): SectionKind | null {
    const root = this.rootKind;
    if (root === 'shortcomings' || root === 'plans') return root;
    const own = kindOfHeading(heading, this.stack[0]?.style === marker.style, this.year);
    return own === 'shortcomings' || own === 'plans' ? own : null;
  }

  /** An unheaded part of `kind` opens at original offset `start`; its items nest under it. */
  part(kind: SectionKind, boundary: SectionBoundary, start: number): void {
    this.outer = this.partOpen ? this.outer : this.stack;
    const s = this.add({ parent: -1, style: 'unheaded', label: PART_LABEL[kind], heading: '', kind, start }, null, boundary);
    this.stack = [{ section: s, style: 'unheaded', n: null }];
  }

  /** The 落款 (once: its issuer and date lines share one section). */
  closing(start: number): void {
    if (this.open.kind === 'closing') return;
    this.top({ parent: -1, style: 'none', label: '落款', heading: '', kind: 'closing', start });
  }

  /** A report without numbered headings: after the title and preamble its body is one section of completed work. */
  body(start: number): void {
    this.top({ parent: -1, style: 'none', label: '正文', heading: '', kind: 'achievements', start });
  }

  private get partOpen(): boolean { return this.stack.length > 0 && this.stack[0].style === 'unheaded'; }

  /** Inside an unheaded part, a heading that continues the numbering of one open before the part (三、 after 二、) ends the part. */
  private continuesOuter(marker: HeadingMarker, n: number | null): boolean {
    if (n === null || this.stack.some((o) => o.style === marker.style)) return false;
    const before = this.outer.find((o) => o.style === marker.style);
    return before !== undefined && before.n !== null && n > before.n;
  }

  private top(init: NewSection): void {
    this.add(init, null);
    this.stack = [];
    this.outer = [];
  }

  private add(init: NewSection, parent: Section | null, boundary: SectionBoundary | null = null): Section {
    // one literal of fixed shape (not a spread): sections are read in every fact's hot loop
    const s: Section = {
      id: this.sections.length,
      parent: init.parent,
      style: init.style,
      label: init.label,
      heading: init.heading,
      kind: init.kind,
      path: parent && parent.label ? `${parent.path} > ${init.label}` : init.label,
      depth: parent ? parent.depth + 1 : 0,
      start: init.start,
      end: init.start,
      line: this.lineAt(init.start),
      boundary,
    };
    this.sections.push(s);
    this.open = s;
    return s;
  }
}

export interface TreeInput {
  paras: string[];
  /** normalized [start, end) of each paragraph */
  paraSpans: Array<[number, number]>;
  /** sentence pieces of each paragraph, [start, end) inside it */
  pieces: Array<Array<[number, number]>>;
  markers: Array<HeadingMarker | null>;
  titleParas: number;
  closingParas: ReadonlySet<number>;
  bodyEnd: number;
  year: number | null;
  /** normalized offset → original offset */
  origStart: (n: number) => number;
  /** original offset → 1-based line */
  lineAt: (offset: number) => number;
}

export interface SectionTree {
  sections: Section[];
  /** the body has numbered headings (else it is read as one 正文 section) */
  hasNumbered: boolean;
  /** per sentence piece, in document order: the section it lies in */
  sectionOf: number[];
  /** per sentence piece: it is (part of) a heading */
  isHeading: boolean[];
}

const isNumbered = (m: HeadingMarker | null): m is HeadingMarker => m !== null && NUMBERED_STYLES.includes(m.style);

export function buildSectionTree(input: TreeInput): SectionTree {
  const { paras, paraSpans, pieces, markers, titleParas, closingParas, bodyEnd, year, origStart } = input;
  const tree = new SectionTreeBuilder(year, input.lineAt);
  const hasNumbered = markers.some((m, i) => isNumbered(m) && i >= titleParas && i < bodyEnd);
  const nextNumbered = nextNumberedHeadings(markers, bodyEnd);
  const sectionOf: number[] = [];
  const isHeading: boolean[] = [];
  let body = false;
  for (let p = 0; p < paras.length; p++) {
    const [pStart] = paraSpans[p];
    const ptext = paras[p];
    if (closingParas.has(p)) tree.closing(origStart(pStart));
    else if (p >= titleParas && !hasNumbered && !body && !markers[p] && (p > titleParas || !/[：:]$/.test(ptext))) {
      tree.body(origStart(pStart));
      body = true;
    } else if (p >= titleParas && p < bodyEnd && !markers[p]) {
      const next = nextNumbered[p];
      const boundary = transitionAt(tree, ptext, year, next < 0 ? null : markers[next], () => paras.slice(p + 1, next < 0 ? bodyEnd : next).filter((_, i) => !markers[p + 1 + i]));
      if (boundary) tree.part(boundary.kind, { reason: 'transition', lead: boundary.lead }, origStart(pStart));
    }
    const ps = pieces[p];
    for (let k = 0; k < ps.length; k++) {
      const [s, e] = ps[k];
      const stext = ptext.slice(s, e);
      let heading = false;
      if (p >= titleParas && !closingParas.has(p)) {
        const marker = k === 0 ? markers[p] : matchHeadingMarker(stext);
        if (marker && (k === 0 || marker.style === 'lead')) {
          // the heading is the marker's sentence (the whole paragraph when it has no sentence end)
          const text = stext.replace(/[。；;：:]$/, '');
          const restart = k === 0 && tree.restarts(marker, false) ? tree.restartKind(marker, text.slice(marker.length)) : null;
          if (restart) tree.part(restart, { reason: 'restart', lead: text }, origStart(pStart));
          tree.heading(marker, text, origStart(pStart + s));
          heading = marker.style !== 'lead' || ps.length === 1 && !/[。！？]$/.test(stext);
        }
      }
      sectionOf.push(tree.current.id);
      isHeading.push(heading);
    }
  }
  return { sections: tree.sections, hasNumbered, sectionOf, isHeading };
}

/** For each paragraph, the next paragraph before `bodyEnd` that opens a numbered heading (-1: none). */
function nextNumberedHeadings(markers: Array<HeadingMarker | null>, bodyEnd: number): Int32Array {
  const next = new Int32Array(markers.length).fill(-1);
  let at = -1;
  for (let i = markers.length - 1; i >= 0; i--) {
    next[i] = at;
    if (i < bodyEnd && isNumbered(markers[i])) at = i;
  }
  return next;
}

/**
 * Whether a paragraph opens an unheaded part: its lead names shortcomings or next year's plan, the
 * part it would leave earns credit (or is shortcomings, for a plan), and what follows confirms it —
 * items whose numbering restarts, a list from （一） right after a strong plan lead (or a strong
 * shortcomings lead ending in ：; without it, a section's own opening paragraph may read like one), or (for a
 * strong lead, or any plan lead after shortcomings) no
 * further numbered heading before the 落款. An item that ends with its own 下一步… paragraph and is
 * followed by （五） or 二、 continues the list, so it opens nothing.
 */
function transitionAt(tree: SectionTreeBuilder, ptext: string, year: number | null, next: HeadingMarker | null, between: () => string[]) {
  const root = tree.rootKind;
  if (root === 'front' || root === 'closing') return null;
  const lead = kindOfLead(ptext, year);
  if (!lead || !(CREDIT_KINDS.has(root) || (root === 'shortcomings' && lead.kind === 'plans'))) return null;
  // a 下一步… paragraph closing the last item, then the shortcomings, then the plan: the plan opens later
  if (lead.kind === 'plans' && between().some((q) => kindOfLead(q, year)?.kind === 'shortcomings')) return null;
  const confirmed = next
    ? tree.restarts(next, true) || (lead.strong && (lead.kind === 'plans' || /[：:]$/.test(lead.lead)) && markerNumber(next) === 1)
    : lead.strong || root === 'shortcomings';
  return confirmed ? lead : null;
}

/** Section ends: the end of their last sentence, or of any descendant's. */
export function closeSections(sections: Section[], sentences: Sentence[]): void {
  for (const sent of sentences) {
    let sec: Section | undefined = sections[sent.section];
    while (sec) { if (sent.end > sec.end) sec.end = sent.end; sec = sec.parent >= 0 ? sections[sec.parent] : undefined; }
  }
}
