/**
 * A deterministic synthetic corpus for benchmarks, made from the reports in corpus/: the unit's
 * name swapped for a generated one, numbers perturbed, paragraphs reordered inside their section
 * (never across sections, so the expected outcomes stay meaningful). Same seed, same corpus.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../engine/document/parse.js';
import { startsWithHeadingMarker } from '../../engine/document/markers.js';

/** mulberry32: a small, well-known seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = '青石柳河东城西山南湖北岭清泉白沙红岩金桥玉溪龙潭凤凰松林桃园杏花梅岭竹溪樟树荷塘'.split('');
const ENDS_PARAGRAPH = /[。！？；：”」）)]\s*$/;

interface Template { text: string; own: string | null; short: string | null }

function templates(corpusDir: string): Template[] {
  return readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    const own = parseDocument(text).unitNames.own;
    const short = own ? own.replace(/(?:街道|乡|镇|县|区)$/, '') : null;
    return { text, own, short: short && short.length >= 2 ? short : null };
  });
}

/** Paragraphs: runs of lines up to one that ends a sentence (a line broken mid-sentence stays with its paragraph). */
function paragraphs(lines: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const l of lines) {
    cur.push(l);
    if (ENDS_PARAGRAPH.test(l) || l.trim() === '' && cur.length === 1) { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}

export function synthesizeOne(t: Template, rand: () => number): string {
  let text = t.text;
  if (t.own && t.short) {
    const name = SYLLABLES[Math.floor(rand() * SYLLABLES.length)] + SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    text = text.split(t.short).join(name);
  }
  // numbers: ±30%, never years (4 digits followed by 年) or dates
  text = text.replace(/(\d+)(?!\d|\s*年|\s*月|\s*日|\.\d)/g, (m, d: string, at: number, all: string) => {
    if (/[年月.·\-—]$/.test(all.slice(Math.max(0, at - 1), at))) return m;
    const n = Number(d);
    if (n === 0 || d.length >= 4) return m;
    return String(Math.max(1, Math.round(n * (0.7 + rand() * 0.6))));
  });
  // reorder paragraphs inside each section
  const lines = text.split('\n');
  const out: string[] = [];
  let body: string[] = [];
  const flush = () => {
    const ps = paragraphs(body);
    for (let i = ps.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [ps[i], ps[j]] = [ps[j], ps[i]]; }
    for (const p of ps) out.push(...p);
    body = [];
  };
  for (const l of lines) {
    if (startsWithHeadingMarker(l) && /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(l)) { flush(); out.push(l); }
    else body.push(l);
  }
  flush();
  return out.join('\n');
}

/** Write n reports into dir (1,000 per subfolder); returns the total bytes written. */
export function synthesizeCorpus(corpusDir: string, dir: string, n: number, seed = 20241122): number {
  const ts = templates(corpusDir);
  const rand = prng(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = synthesizeOne(ts[i % ts.length], rand);
    const buf = Buffer.from(text, 'utf8');
    bytes += buf.length;
    writeFileSync(join(sub, `r${String(i).padStart(6, '0')}.txt`), buf);
  }
  return bytes;
}
