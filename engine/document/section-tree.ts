/**
 * The section tree: a builder that owns the stack of open headings, and the walk that feeds it the
 * paragraphs and sentences of a report in order. Each section gets its kind here, once (from its
 * heading, else its parent's, else `achievements`); facts read it through scope.ts.
 */
import { matchHeadingMarker, type HeadingMarker } from './markers.js';
import { kindOfHeading } from './section-kinds.js';
import { NUMBERED_STYLES, type HeadingStyle, type Section, type SectionKind, type Sentence } from '../types.js';

const CREDIT_KINDS: ReadonlySet<SectionKind> = new Set(['achievements', 'first_duty']);

interface OpenSection { section: Section; style: HeadingStyle }
type NewSection = Omit<Section, 'id' | 'end' | 'path' | 'depth' | 'line'>;

export class SectionTreeBuilder {
  readonly sections: Section[] = [];
  private stack: OpenSection[] = [];
  private open: Section;

  /** `year` is the reporting year (a heading naming the next one is a plans heading); `lineAt` maps an original offset to its line */
  constructor(private readonly year: number | null, private readonly lineAt: (offset: number) => number) {
    this.open = this.add({ parent: -1, style: 'none', label: '', heading: '', kind: 'front', start: 0 }, null);
  }

  /** The section that text read now belongs to. */
  get current(): Section { return this.open; }

  /** A numbered (or bare, or lead) heading at original offset `start`: closes every open heading of its style or deeper. */
  heading(marker: HeadingMarker, heading: string, start: number): void {
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
    this.stack.push({ section: s, style: marker.style });
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

  private top(init: NewSection): void {
    this.add(init, null);
    this.stack = [];
  }

  private add(init: NewSection, parent: Section | null): Section {
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

export function buildSectionTree(input: TreeInput): SectionTree {
  const { paras, paraSpans, pieces, markers, titleParas, closingParas, bodyEnd, origStart } = input;
  const tree = new SectionTreeBuilder(input.year, input.lineAt);
  const hasNumbered = markers.some((m, i) => m && i >= titleParas && i < bodyEnd && NUMBERED_STYLES.includes(m.style));
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
          tree.heading(marker, stext.replace(/[。；;：:]$/, ''), origStart(pStart + s));
          heading = marker.style !== 'lead' || ps.length === 1 && !/[。！？]$/.test(stext);
        }
      }
      sectionOf.push(tree.current.id);
      isHeading.push(heading);
    }
  }
  return { sections: tree.sections, hasNumbered, sectionOf, isHeading };
}

/** Section ends: the end of their last sentence, or of any descendant's. */
export function closeSections(sections: Section[], sentences: Sentence[]): void {
  for (const sent of sentences) {
    let sec: Section | undefined = sections[sent.section];
    while (sec) { if (sent.end > sec.end) sec.end = sent.end; sec = sec.parent >= 0 ? sections[sec.parent] : undefined; }
  }
}
