/**
 * A review file elsewhere that decides on this corpus (harness/review/elsewhere.ts) is found under the corpus's parent whatever the
 * working directory holds: a project of hundreds of fixture folders had used the folder budget up first (fresh-clone CI, session 53).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewsElsewhere } from '../harness/review/elsewhere.js';
import { tempDir } from './cli-helpers.js';

describe('reviewsElsewhere', () => {
  const setUp = (busyDirs: number) => {
    const base = tempDir();
    const busy = join(base, 'project');
    for (let i = 0; i < busyDirs; i++) mkdirSync(join(busy, `set${i}`), { recursive: true });
    const batch = join(base, 'batch');
    const reports = join(batch, 'reports');
    mkdirSync(reports, { recursive: true });
    mkdirSync(join(batch, 'out', 'office'), { recursive: true });
    const report = join(reports, '柳塘镇.txt');
    writeFileSync(report, '柳塘镇2024年度法治政府建设情况报告\n');
    writeFileSync(join(batch, 'out', 'office', 'review.csv'), '\ufeff文件,评分项,引擎结果,决定,理由,评分人,日期\n柳塘镇.txt,legal_adviser,部分,达标,聘请了常年法律顾问,张三,2025-03-01\n');
    return { busy, batch, files: [{ rel: '柳塘镇.txt', abs: report }], review: join(batch, 'out', 'office', 'review.csv') };
  };

  it('a working directory of 600 folders read first still leaves the corpus\'s parent its own budget (the example)', async () => {
    const { busy, batch, files, review } = setUp(600);
    expect(await reviewsElsewhere(files, [busy, batch])).toEqual([review]);
  });

  it('variant: the corpus\'s parent first, the busy folder after it', async () => {
    const { busy, batch, files, review } = setUp(600);
    expect(await reviewsElsewhere(files, [batch, busy])).toEqual([review]);
  });

  it('guard: a review file deciding on other reports is not named', async () => {
    const { busy, batch, review } = setUp(10);
    expect(await reviewsElsewhere([{ rel: '别的镇.txt', abs: join(batch, 'reports', '别的镇.txt') }], [busy, batch])).not.toContain(review);
  });
});
