/**
 * Word (.docx) to lines, read from the package's XML (jszip + @xmldom/xmldom) because what matters
 * here is what converters drop or mangle:
 * - automatic numbering rendered as Word shows it (word/numbering.xml, see word-numbering.ts), so a
 *   heading numbered by Word gets its 一、/（一） marker;
 * - heading styles and outline levels (styles.xml, basedOn chains, w:outlineLvl) open sections, and
 *   headings and numbered paragraphs are whole lines the normalizer never rejoins;
 * - a table row is one line, its cells joined with "，" (a label and its figure stay one unit); a
 *   one-column table (a frame around the text) is read as its paragraphs;
 * - text boxes (DrawingML with or without an mc:Fallback, and VML) are read once, in document order,
 *   right after the paragraph that anchors them;
 * - footnotes, endnotes, comments, headers and footers are dropped (the reference mark too), so no
 *   note ever lands after the 落款; deleted revisions, hidden text and field codes are skipped;
 * - w:altChunk parts (HTML, or an embedded .docx) are read in place.
 */
import { DOMParser } from '@xmldom/xmldom';
/** xmldom 0.8 prints a damaged part's parse errors to the console unless given handlers: the caller reports them as bad_docx/bad_ofd. */
const QUIET_XML = { warning: () => {}, error: () => {}, fatalError: () => {} };
import { createRequire } from 'node:module';
import { decodeBytes } from './decode.js';
import { inputError } from '../../errors.js';
import { joinCells, joinLines, type Extracted, type SourceLine } from './lines.js';
import { NumberingState, type LevelDef, type NumberingDefs } from './word-numbering.js';
import { guardZip } from './zip-guard.js';

export type { Extracted } from './lines.js';

const require = createRequire(import.meta.url);
const JSZip = require('jszip') as { loadAsync(b: Uint8Array): Promise<Zip> };
interface Zip { file(name: string): { async(t: 'string' | 'uint8array'): Promise<string & Uint8Array> } | null }

type El = Element;
const kids = (e: Node): El[] => {
  const out: El[] = [];
  for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as El);
  return out;
};
const child = (e: El | undefined, name: string): El | undefined => (e ? kids(e).find((k) => k.localName === name) : undefined);
/** An attribute by local name (w:val, r:id …), whatever its prefix. */
function attr(e: El | undefined, name: string): string | undefined {
  if (!e) return undefined;
  for (let i = 0; i < e.attributes.length; i++) {
    const a = e.attributes[i];
    if (a.localName === name || a.name === name) return a.value;
  }
  return undefined;
}
const val = (e: El | undefined) => attr(e, 'val');
const isOff = (e: El | undefined) => e !== undefined && ['0', 'false', 'off'].includes(val(e) ?? '');

function parseXml(xml: string): Document {
  return new DOMParser({ errorHandler: QUIET_XML }).parseFromString(xml, 'text/xml') as unknown as Document;
}

const badDocx = (detail: string) => inputError('bad_docx', { where: 'content', detail });

/** A part's text: UTF-16 by its byte-order mark, else UTF-8 (its BOM dropped). */
function xmlText(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  return new TextDecoder('utf-8').decode(b);
}

/** The package's main document part, by its officeDocument relationship (_rels/.rels); word/document.xml when it says none. */
function mainPart(rels: Document | null): string {
  const root = rels?.documentElement;
  if (root) {
    for (const r of kids(root)) {
      const type = attr(r, 'Type') ?? '';
      const target = attr(r, 'Target');
      if (target && /\/officeDocument$/.test(type)) return target.replace(/^\//, '');
    }
  }
  return 'word/document.xml';
}

interface StyleDef { basedOn?: string; outline?: number; numId?: string; ilvl?: number; name: string }

function readStyles(doc: Document | null): Map<string, StyleDef> {
  const styles = new Map<string, StyleDef>();
  if (!doc) return styles;
  for (const s of kids(doc.documentElement).filter((k) => k.localName === 'style')) {
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const outline = val(child(pPr, 'outlineLvl'));
    styles.set(attr(s, 'styleId') ?? '', {
      basedOn: val(child(s, 'basedOn')), name: (val(child(s, 'name')) ?? '').toLowerCase(),
      outline: outline !== undefined ? Number(outline) : undefined,
      numId: val(child(numPr, 'numId')), ilvl: val(child(numPr, 'ilvl')) !== undefined ? Number(val(child(numPr, 'ilvl'))) : undefined,
    });
  }
  return styles;
}

function readLevel(l: El): LevelDef {
  const restart = val(child(l, 'lvlRestart'));
  const isLgl = child(l, 'isLgl');
  return {
    start: Number(val(child(l, 'start')) ?? 1),
    numFmt: val(child(l, 'numFmt')) ?? 'decimal',
    lvlText: val(child(l, 'lvlText')) ?? '',
    restart: restart !== undefined ? Number(restart) : undefined,
    isLgl: isLgl !== undefined && !isOff(isLgl),
    suff: val(child(l, 'suff')) as LevelDef['suff'],
    pStyle: val(child(l, 'pStyle')),
  };
}

/**
 * numbering.xml's definitions. A list defined through a numbering style (abstractNum with
 * w:numStyleLink → a style whose numPr names the num that holds the levels) takes those levels.
 */
function readNumbering(doc: Document | null, styles: Map<string, StyleDef>): NumberingDefs {
  const defs: NumberingDefs = { abstract: new Map(), nums: new Map() };
  if (!doc) return defs;
  const links = new Map<string, string>();
  for (const e of kids(doc.documentElement)) {
    if (e.localName === 'abstractNum') {
      const levels = new Map<number, LevelDef>();
      for (const l of kids(e).filter((k) => k.localName === 'lvl')) levels.set(Number(attr(l, 'ilvl') ?? 0), readLevel(l));
      defs.abstract.set(attr(e, 'abstractNumId') ?? '', levels);
      const link = val(child(e, 'numStyleLink'));
      if (link && levels.size === 0) links.set(attr(e, 'abstractNumId') ?? '', link);
    } else if (e.localName === 'num') {
      const startOverride = new Map<number, number>();
      const lvlOverride = new Map<number, LevelDef>();
      for (const o of kids(e).filter((k) => k.localName === 'lvlOverride')) {
        const ilvl = Number(attr(o, 'ilvl') ?? 0);
        const so = val(child(o, 'startOverride'));
        if (so !== undefined) startOverride.set(ilvl, Number(so));
        const l = child(o, 'lvl');
        if (l) lvlOverride.set(ilvl, readLevel(l));
      }
      defs.nums.set(attr(e, 'numId') ?? '', { abstractId: val(child(e, 'abstractNumId')) ?? '', startOverride, lvlOverride });
    }
  }
  for (const [abstractId, style] of links) {
    const numId = styles.get(style)?.numId;
    const target = numId !== undefined ? defs.nums.get(numId)?.abstractId : undefined;
    const levels = target !== undefined ? defs.abstract.get(target) : undefined;
    if (levels) defs.abstract.set(abstractId, levels);
  }
  return defs;
}

const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/;

interface Ctx {
  styles: Map<string, StyleDef>;
  numbering: NumberingState;
  rels: Map<string, string>;
  zip: Zip;
  /** altChunk parts, read before the walk (the walk is synchronous) */
  chunks: Map<string, SourceLine[]>;
  /** the results shown by fields that update themselves (DATE, TIME, SAVEDATE, PRINTDATE) */
  autoDates: string[];
  /** complex fields open at this point of the walk (w:fldChar begin … separate … end), innermost last */
  fields: Array<{ instr: string; result: boolean; text: string; auto: boolean }>;
}

/** Field instructions whose result is the date the file was opened, saved or printed, not a date someone wrote. */
const AUTO_DATE_FIELD = /^\s*(?:DATE|TIME|SAVEDATE|PRINTDATE)\b/i;

/**
 * Text met by the walk inside fields: none while any open field is still in its instruction (a field
 * nested there — QUOTE { DATE } — computes what the outer one shows; its own result is not shown),
 * and kept as an automatic date while inside the result of a self-updating date field.
 */
function fieldText(ctx: Ctx, text: string): string {
  if (ctx.fields.some((f) => !f.result)) return '';
  for (const f of ctx.fields) if (f.auto || AUTO_DATE_FIELD.test(f.instr)) f.text += text;
  return text;
}

/** A w:fldChar or w:instrText of a complex field: open, switch to the result, or close it. */
function fieldMark(ctx: Ctx, r: El): void {
  if (r.localName === 'instrText') { const f = ctx.fields[ctx.fields.length - 1]; if (f && !f.result) f.instr += r.textContent ?? ''; return; }
  const type = attr(r, 'fldCharType');
  if (type === 'begin') ctx.fields.push({ instr: '', result: false, text: '', auto: false });
  else if (type === 'separate') { const f = ctx.fields[ctx.fields.length - 1]; if (f) f.result = true; }
  else if (type === 'end') {
    const f = ctx.fields.pop();
    if (!f) return;
    const auto = f.auto || AUTO_DATE_FIELD.test(f.instr);
    // a date field inside another's instruction (QUOTE { DATE }) makes what the outer one shows a date of the same kind
    const outer = ctx.fields[ctx.fields.length - 1];
    if (auto && outer && !outer.result) outer.auto = true;
    else if (auto && f.text.trim()) ctx.autoDates.push(f.text.trim());
  }
}

/** A style's property, looked up through its basedOn chain. */
function styleProp<K extends keyof StyleDef>(ctx: Ctx, id: string | undefined, key: K): StyleDef[K] | undefined {
  for (let i = 0; id && i < 20; i++) {
    const s = ctx.styles.get(id);
    if (!s) return undefined;
    if (s[key] !== undefined) return s[key];
    id = s.basedOn;
  }
  return undefined;
}

function headingLevel(ctx: Ctx, pPr: El | undefined, styleId: string | undefined): number | undefined {
  const direct = val(child(pPr, 'outlineLvl'));
  const outline = direct !== undefined ? Number(direct) : styleProp(ctx, styleId, 'outline');
  if (outline !== undefined) return outline >= 0 && outline < 9 ? outline + 1 : undefined;
  for (let id = styleId, i = 0; id && i < 20; i++) {
    const s = ctx.styles.get(id);
    const m = s && HEADING_NAME.exec(s.name);
    if (m) return Number(m[1]);
    id = s?.basedOn;
  }
  return undefined;
}

/** Text of the runs inside `e` (recursively), with text boxes collected for after the paragraph. */
function runText(ctx: Ctx, e: El, boxes: SourceLine[]): string {
  let out = '';
  for (const k of kids(e)) {
    switch (k.localName) {
      case 'r': {
        if (child(child(k, 'rPr'), 'vanish') && !isOff(child(child(k, 'rPr'), 'vanish'))) break;
        for (const r of kids(k)) {
          if (r.localName === 't') out += ctx.fields.length ? fieldText(ctx, r.textContent ?? '') : r.textContent ?? '';
          else if (r.localName === 'fldChar' || r.localName === 'instrText') fieldMark(ctx, r);
          else if (r.localName === 'tab' || r.localName === 'ptab') out += '\t';
          else if (r.localName === 'br' || r.localName === 'cr') out += '\n';
          else if (r.localName === 'noBreakHyphen') out += '-';
          else if (r.localName === 'drawing' || r.localName === 'pict' || r.localName === 'AlternateContent' || r.localName === 'object') collectBoxes(ctx, r, boxes);
        }
        break;
      }
      case 'del': case 'moveFrom': case 'commentReference': case 'footnoteReference': case 'endnoteReference': case 'pPr': case 'rPr':
        break;
      case 'AlternateContent': collectBoxes(ctx, k, boxes); break;
      case 'fldSimple': {
        const text = runText(ctx, k, boxes);
        if (AUTO_DATE_FIELD.test(attr(k, 'instr') ?? '') && text.trim()) ctx.autoDates.push(text.trim());
        out += text;
        break;
      }
      default: out += runText(ctx, k, boxes); // hyperlink, smartTag, fldSimple, ins, moveTo, sdt/sdtContent, customXml, dir, bdo
    }
  }
  return out;
}

/** Text boxes under `e`: of an mc:AlternateContent only the first choice that has one (else its fallback). */
function collectBoxes(ctx: Ctx, e: El, boxes: SourceLine[]): void {
  if (e.localName === 'AlternateContent') {
    const options = [...kids(e).filter((k) => k.localName === 'Choice'), ...kids(e).filter((k) => k.localName === 'Fallback')];
    for (const o of options) {
      const before = boxes.length;
      collectBoxes(ctx, o, boxes);
      if (boxes.length > before || hasBox(o)) return;
    }
    return;
  }
  if (e.localName === 'txbxContent') { walkBlocks(ctx, e, boxes); return; }
  for (const k of kids(e)) collectBoxes(ctx, k, boxes);
}
const hasBox = (e: El): boolean => e.localName === 'txbxContent' || kids(e).some(hasBox);

function paragraph(ctx: Ctx, p: El, out: SourceLine[]): void {
  const pPr = child(p, 'pPr');
  const styleId = val(child(pPr, 'pStyle'));
  const numPr = child(pPr, 'numPr');
  const numId = val(child(numPr, 'numId')) ?? styleProp(ctx, styleId, 'numId');
  const ilvlText = val(child(numPr, 'ilvl'));
  const ilvl = ilvlText !== undefined ? Number(ilvlText)
    : styleProp(ctx, styleId, 'ilvl') ?? (numId !== undefined && styleId ? ctx.numbering.levelForStyle(numId, styleId) : undefined) ?? 0;
  const boxes: SourceLine[] = [];
  const text = runText(ctx, p, boxes);
  // Word numbers an empty paragraph too (and advances the list), but shows nothing worth reading
  const number = numId !== undefined ? ctx.numbering.next(numId, ilvl) : null;
  const heading = headingLevel(ctx, pPr, styleId);
  if (text.trim()) out.push({ text: (number ?? '') + text, heading, hard: heading !== undefined || number !== null });
  out.push(...boxes);
}

function table(ctx: Ctx, tbl: El, out: SourceLine[]): void {
  const rows = kids(tbl).flatMap((k) => (k.localName === 'tr' ? [k] : k.localName === 'sdt' ? kids(child(k, 'sdtContent') ?? k).filter((r) => r.localName === 'tr') : []));
  const cellsOf = (tr: El) => kids(tr).flatMap((k) => (k.localName === 'tc' ? [k] : k.localName === 'sdt' ? kids(child(k, 'sdtContent') ?? k).filter((c) => c.localName === 'tc') : []));
  const cellLines = rows.map((tr) => cellsOf(tr).map((tc) => { const ls: SourceLine[] = []; walkBlocks(ctx, tc, ls); return ls; }));
  // a table with one filled column is a frame around text (some reports sit in one big cell)
  const frame = cellLines.every((cells) => cells.filter((ls) => ls.length).length <= 1);
  for (const cells of cellLines) {
    if (frame) { for (const ls of cells) out.push(...ls); continue; }
    const row = joinCells(cells.map((ls) => joinCells(ls.map((l) => l.text.replace(/\s*\n\s*/g, '，')))));
    if (row) out.push({ text: row, hard: true });
  }
}

/** Block-level content: paragraphs, tables, content controls, altChunks. */
function walkBlocks(ctx: Ctx, e: El, out: SourceLine[]): void {
  for (const k of kids(e)) {
    switch (k.localName) {
      case 'p': paragraph(ctx, k, out); break;
      case 'tbl': table(ctx, k, out); break;
      case 'altChunk': out.push(...(ctx.chunks.get(attr(k, 'id') ?? '') ?? [])); break;
      case 'sdt': case 'sdtContent': case 'customXml': case 'ins': case 'moveTo': case 'tc': walkBlocks(ctx, k, out); break;
      case 'AlternateContent': { const o = child(k, 'Choice') ?? child(k, 'Fallback'); if (o) walkBlocks(ctx, o, out); break; }
      default: break;
    }
  }
}

const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `word/${target}`).replace(/[^/]+\/\.\.\//g, '');

async function readChunks(zip: Zip, body: El, rels: Map<string, string>, depth: number): Promise<Map<string, SourceLine[]>> {
  const chunks = new Map<string, SourceLine[]>();
  for (const c of Array.from(body.getElementsByTagNameNS('*', 'altChunk') as unknown as ArrayLike<El>)) {
    const id = attr(c, 'id') ?? '';
    const target = rels.get(id);
    const f = target ? zip.file(partPath(target)) : null;
    if (!f) continue;
    const bytes = await f.async('uint8array');
    const lower = target!.toLowerCase();
    if (/\.x?html?$/.test(lower)) chunks.set(id, (await import('./html.js')).htmlToLines(decodeBytes(bytes).text, { boilerplate: false }).lines);
    else if (/\.txt$/.test(lower)) chunks.set(id, decodeBytes(bytes).text.split('\n').map((text) => ({ text })));
    else if (/\.docx$/.test(lower) && depth < 3) chunks.set(id, (await docxLines(bytes, depth + 1)).lines);
  }
  return chunks;
}

async function docxLines(buf: Uint8Array, depth = 0): Promise<{ lines: SourceLine[]; autoDates: string[] }> {
  guardZip(buf); // sizes believable and true before anything inflates (zip-guard.ts); embedded .docx chunks too
  let zip: Zip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch (e) {
    throw badDocx((e as Error).message);
  }
  // a part may be UTF-16 (with its BOM, as OPC allows) as well as UTF-8; a part that is not XML reads as null
  const read = async (name: string) => { const f = zip.file(name); return f ? parseXml(xmlText(await f.async('uint8array'))) : null; };
  // the main part is where the package's relationship says (word/document.xml almost always; document2.xml happens)
  const main = mainPart(await read('_rels/.rels'));
  if (!zip.file(main)) throw badDocx(`${main} missing`);
  const doc = await read(main);
  const root = doc?.documentElement ?? null;
  const body = root ? kids(root).find((k) => k.localName === 'body') : undefined;
  if (!body) throw badDocx(`${main} is not well-formed WordprocessingML`);
  const rels = new Map<string, string>();
  const relDoc = await read(main.replace(/([^/]+)$/, '_rels/$1.rels'));
  if (relDoc) for (const r of kids(relDoc.documentElement)) rels.set(attr(r, 'Id') ?? '', attr(r, 'Target') ?? '');
  const styles = readStyles(await read('word/styles.xml'));
  const ctx: Ctx = {
    styles, numbering: new NumberingState(readNumbering(await read('word/numbering.xml'), styles)),
    rels, zip, chunks: await readChunks(zip, body, rels, depth), autoDates: [], fields: [],
  };
  const out: SourceLine[] = [];
  walkBlocks(ctx, body, out);
  return { lines: out, autoDates: ctx.autoDates };
}

export async function docxToText(buf: Uint8Array): Promise<Extracted> {
  const { lines, autoDates } = await docxLines(buf);
  return joinLines(lines, autoDates.length ? { autoDates } : undefined);
}
