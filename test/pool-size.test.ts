import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// the machine's core count is what a large corpus gets: fixed here so the tests say the same on any machine
vi.mock('node:os', async (orig) => ({ ...(await orig<typeof import('node:os')>()), availableParallelism: () => 4 }));
const { reportWeight, SMALL_CORPUS_WEIGHT, workersForFiles, workersForFolder } = await import('../harness/pool-size.js');

const folder = (files: Record<string, number>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'pool-size-'));
  for (const [name, n] of Object.entries(files)) {
    const sub = join(dir, name);
    mkdirSync(sub, { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(join(sub, `r${i}${name.endsWith('pdf') ? '.pdf' : name.endsWith('doc') ? '.DOCX' : '.txt'}`), '报告');
  }
  return dir;
};

describe('how many workers a run opens (issue 15: a second worker costs more than it saves on a small corpus)', () => {
  it('weighs a report by what reading it costs', () => {
    expect(['a.txt', 'a.HTML', 'a.xhtml', 'a.docx', 'a.DOCM', 'a.wps', 'a.pdf', 'a.ofd', 'a.xls', 'noext'].map(reportWeight)).toEqual([1, 1, 1, 5, 5, 5, 20, 20, 0, 0]);
  });

  it('gives one worker to a small folder, subfolders included, and the core count to a larger one', () => {
    expect(workersForFolder(folder({ '2023': 40, '2024/镇': 60 }))).toBe(1);
    expect(workersForFolder(folder({ '2023': 40, '2024/镇': SMALL_CORPUS_WEIGHT - 39 }))).toBe(4);
    // five PDFs weigh as much as a hundred text reports; six are more
    expect(workersForFolder(folder({ pdf: 5 }))).toBe(1);
    expect(workersForFolder(folder({ pdf: 6 }))).toBe(4);
    expect(workersForFolder(folder({ doc: 21 }))).toBe(4);
  });

  it('counts a missing folder as large, and always honours --workers', () => {
    expect(workersForFolder(join(tmpdir(), 'no-such-corpus-here'))).toBe(4);
    expect(workersForFolder(folder({ a: 1 }), 3)).toBe(3);
    expect(workersForFiles([{ rel: 'a.txt' }], 2)).toBe(2);
  });

  it('sizes a run over listed files the same way', () => {
    const files = (n: number, ext: string) => Array.from({ length: n }, (_, i) => ({ rel: `d/${i}.${ext}` }));
    expect(workersForFiles(files(SMALL_CORPUS_WEIGHT, 'txt'))).toBe(1);
    expect(workersForFiles(files(SMALL_CORPUS_WEIGHT + 1, 'txt'))).toBe(4);
    expect(workersForFiles(files(5, 'pdf'))).toBe(1);
    expect(workersForFiles([...files(5, 'pdf'), ...files(1, 'txt')])).toBe(4);
  });
});
