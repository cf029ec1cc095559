/**
 * A diverse corpus for the near-duplicate benchmark: the opposite of the shared benchmark corpus
 * (near copies of a few seeds). Each report keeps one seed's headings, but every body paragraph is
 * made of sentences drawn at random from all seeds, and about one Chinese character in ten is
 * replaced, so two reports share few 5-character shingles — like reports written independently.
 * Deterministic; written only to a temporary folder, never into the project.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './synthesize.js';

const HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
const FILLER = '东西南北河山林石青新安平和兴隆丰华永宁清泉桥湾坪岭田庄工作推进落实加强完善机制制度服务群众';

/** Write n reports into dir; returns the number of bytes written. */
export function diverseCorpus(seedsDir: string, dir: string, n: number, seed = 11): number {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const pool = seeds.flatMap((s) => s.split('\n').filter((l) => !HEADING.test(l)).flatMap((l) => l.split(/(?<=。)/)).filter((x) => x.trim().length > 4));
  const rand = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const lines = seeds[i % seeds.length].split('\n').map((l, k) => {
      if (k < 2 || HEADING.test(l) || l.trim() === '') return l;
      const sentences = Math.max(1, l.split('。').length - 1);
      return Array.from({ length: sentences }, () => pick(pool)).join('')
        .replace(/[\u4e00-\u9fa5]/g, (c) => (rand() < 0.1 ? pick([...FILLER]) : c));
    });
    const buf = Buffer.from(lines.join('\n'), 'utf8');
    bytes += buf.length;
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), buf);
  }
  return bytes;
}
