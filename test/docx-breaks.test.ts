/**
 * Word's manual line break (w:br) inside a paragraph: closed up inside a sentence of prose, kept after a
 * title, a heading, a 落款 line or a sentence's end (engine/document/read/docx.ts closeSentenceBreaks).
 */
import { describe, expect, it } from 'vitest';
import { closeSentenceBreaks } from '../engine/document/read/docx.js';

describe('closeSentenceBreaks', () => {
  it('joins a sentence Word wrapped with a manual break inside a prose paragraph (red team 7, d31)', () => {
    expect(closeSentenceBreaks('推进依法科学决策。严格落实重大行政决策程序。聘请青川律师事务所王立新律师为\n镇政府常年法律顾问，全年审查合同协议26份。'))
      .toBe('推进依法科学决策。严格落实重大行政决策程序。聘请青川律师事务所王立新律师为镇政府常年法律顾问，全年审查合同协议26份。');
  });

  it('variant: a break after a comma, and two breaks in one long sentence', () => {
    expect(closeSentenceBreaks('全年开展普法活动12场。组织执法人员参加培训，\n累计培训86人次，\n合格率100%。')).toBe('全年开展普法活动12场。组织执法人员参加培训，累计培训86人次，合格率100%。');
  });

  it('keeps the break after a title, an unnumbered heading (even one with a comma) and a 落款 line', () => {
    for (const t of ['关于2024年度法治政府建设情况的报告\n青石镇人民政府', '加强组织领导，压实工作责任\n镇党委全年专题研究法治建设4次。', '青石镇人民政府\n2025年1月6日']) expect(closeSentenceBreaks(t)).toBe(t);
  });

  it('keeps the break after a sentence\'s end or a colon, and before a part or an item', () => {
    for (const t of [
      '全年审查合同26份。\n聘请法律顾问1名。',
      '主要做法如下：\n一是加强学习。',
      '全年开展普法12场。组织学法\n二是强化培训。',
      '全年开展普法12场。组织学法\n（三）规范执法行为',
      '全年开展普法12场。组织学法\n3.规范执法行为',
      '全年开展普法12场。组织学法\n【规范执法】',
    ]) expect(closeSentenceBreaks(t)).toBe(t);
  });

  it('joins a line that opens on a decimal count, which is no item number (red team 67, c4_16: 1.2万件 read as item 1.)', () => {
    expect(closeSentenceBreaks('全年开展矛盾纠纷排查。各级调解组织共受理纠纷\n1.2万件，调解成功率98%。')).toBe('全年开展矛盾纠纷排查。各级调解组织共受理纠纷1.2万件，调解成功率98%。');
    // (variant) a decimal with a full-width point, and an item number still kept apart
    expect(closeSentenceBreaks('全年办理公证。累计出具公证书\n3．5千件，群众满意。')).toBe('全年办理公证。累计出具公证书3．5千件，群众满意。');
    expect(closeSentenceBreaks('全年开展普法12场。组织学法\n2.规范执法行为')).toBe('全年开展普法12场。组织学法\n2.规范执法行为');
  });
});
