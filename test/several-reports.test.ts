/** Several reports pasted into one file are flagged several_reports (engine/document/parse.ts secondTitleAt — new user 35). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';

const body = (town: string) => [
  '一、主要举措和成效', `${town}党委全年召开专题会议研究法治建设工作4次，聘请律师事务所担任常年法律顾问，审查合同15份。`.repeat(12),
  '二、存在的不足', '基层执法力量仍然薄弱，干部法治意识有待提高。', '三、2025年工作打算', '继续深化法治宣传教育，规范行政执法行为。',
  `${town}人民政府`, '2025年1月20日',
].join('\n');
const report = (town: string) => `${town}2024年度法治政府建设情况报告\n${body(town)}`;

describe('several reports in one file', () => {
  it('flags a file holding two towns\' reports, and three (a batch pasted together)', () => {
    expect(parseDocument(`${report('柳塘镇')}\n${report('青石乡')}`).flags).toContain('several_reports');
    expect(parseDocument([report('柳塘镇'), report('青石乡'), report('石桥镇')].join('\n')).flags).toContain('several_reports');
  });

  it('does not flag one report, a web page whose headline stands again above the article, a cover letter before its report, or a title quoted in a sentence', () => {
    expect(parseDocument(report('柳塘镇')).flags).not.toContain('several_reports');
    const page = `柳塘镇2024年度法治政府建设情况报告\n发布时间：2025-01-22 来源：柳塘镇\n柳塘镇2024年度法治政府建设情况报告\n${body('柳塘镇')}`;
    expect(parseDocument(page).flags).not.toContain('several_reports');
    const cover = `关于报送柳塘镇2024年度法治政府建设情况报告的报告\n县委依法治县办：\n现将我镇报告报送如下。\n柳塘镇2024年度法治政府建设情况报告\n${body('柳塘镇')}`;
    expect(parseDocument(cover).flags).not.toContain('several_reports');
    const quoted = `${report('柳塘镇')}\n附：印发《柳塘镇2023年度法治政府建设情况报告》后，各村对照整改。`;
    expect(parseDocument(quoted).flags).not.toContain('several_reports');
  });
});
