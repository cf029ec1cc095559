/**
 * A .doc's text boxes (engine/document/read/doc.ts): the reader does not say where a box is
 * anchored, so its lines go before the 落款 that ends the body; a boxed first-duty part that restarts
 * the numbering after the plans is that part (red team 06). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { hasAutoDateField, numberedPlace, withTextboxes } from '../engine/document/read/doc.js';
import { parseDocument } from '../engine/document/parse.js';

const lines = (...t: string[]) => t.map((text) => ({ text }));

describe('.doc text boxes', () => {
  it('go before the 落款 (issuer and date), not after it; a body without one gets them at the end', () => {
    const body = lines('一、主要工作', '开展普法。', '柳河乡人民政府', '2025年2月20日', '');
    expect(withTextboxes(body, lines('二、党政主要负责人履职情况')).map((l) => l.text)).toEqual(['一、主要工作', '开展普法。', '二、党政主要负责人履职情况', '柳河乡人民政府', '2025年2月20日', '']);
    // a variant: a date only; and no 落款 at all
    expect(withTextboxes(lines('开展普法。', '2025年2月20日'), lines('框中文字')).map((l) => l.text)).toEqual(['开展普法。', '框中文字', '2025年2月20日']);
    expect(withTextboxes(lines('开展普法。'), lines('框中文字')).map((l) => l.text)).toEqual(['开展普法。', '框中文字']);
    expect(withTextboxes(body, lines('', ' '))).toBe(body);
  });

  it('know a 落款 the way the 落款 reader does: a date in figures, a seal mark, a note line, a spaced-out issuer', () => {
    const box = lines('二、党政主要负责人履职情况');
    const texts = (body: string[]) => withTextboxes(lines(...body), box).map((l) => l.text);
    // the date in figures (a form's date field): the box went after it, and the report lost its date
    expect(texts(['开展普法。', '柳河乡人民政府', '2025.2.20'])).toEqual(['开展普法。', '二、党政主要负责人履职情况', '柳河乡人民政府', '2025.2.20']);
    // variants of our own: a seal mark and a publication note; an issuer spaced across the line; full-width figures
    expect(texts(['开展普法。', '柳河乡人民政府（章）', '2025年2月20日', '（此件公开发布）'])).toEqual(['开展普法。', '二、党政主要负责人履职情况', '柳河乡人民政府（章）', '2025年2月20日', '（此件公开发布）']);
    expect(texts(['开展普法。', '柳 河 乡 人 民 政 府', '２０２５年２月２０日'])).toEqual(['开展普法。', '二、党政主要负责人履职情况', '柳 河 乡 人 民 政 府', '２０２５年２月２０日']);
    // a body sentence is no 落款, even one that ends in an organisation's name
    expect(texts(['开展普法。', '全年办理案件12件，均移交县司法局'])).toEqual(['开展普法。', '全年办理案件12件，均移交县司法局', '二、党政主要负责人履职情况']);
  });

  it('a first-duty part whose numbering restarts after the plans is that part; a plan item naming the duty stays a plan', () => {
    const doc = parseDocument('柳河乡2024年法治政府建设情况报告\n一、主要举措和成效\n开展普法12场。\n二、存在的不足\n培训偏少。\n三、2025年工作安排\n一是继续普法。\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n乡党委书记带头学法4次。\n柳河乡人民政府\n2025年2月20日');
    const s = doc.sentences.find((x) => x.text.startsWith('乡党委书记带头学法'))!;
    expect(doc.sections[s.section].kind).toBe('first_duty');
    // a variant: inside the plans, an item about the duty (no 情况) is still a plan
    const plan = parseDocument('柳河乡2024年法治政府建设情况报告\n一、主要举措和成效\n开展普法12场。\n二、下一步工作打算\n一、继续普法\n加大宣传力度。\n二、压实第一责任人职责\n将履职纳入考核。\n柳河乡人民政府\n2025年2月20日');
    const p = plan.sentences.find((x) => x.text.startsWith('将履职纳入考核'))!;
    expect(plan.sections[p.section].kind).toBe('plans');
  });

  it('a self-updating date field is found by its instruction after the field mark (red team 2, 12), in UTF-16 or 8-bit text, any case', () => {
    const u16 = (t: string) => Buffer.from(t, 'utf16le');
    expect(hasAutoDateField(Buffer.concat([u16('石桥镇人民政府\r\u0013 DATE \\@"yyyy年M月d日" \u00142026年11月30日\u0015')]))).toBe(true);
    // variants: SAVEDATE in 8-bit text, a lower-case printdate, a TIME field
    expect(hasAutoDateField(Buffer.from('\u0013 SAVEDATE \\@ "yyyy" \u00142026\u0015', 'latin1'))).toBe(true);
    expect(hasAutoDateField(u16('\u0013 printdate \u0014\u0015'))).toBe(true);
    expect(hasAutoDateField(u16('\u0013TIME\u00149:30\u0015'))).toBe(true);
    // not: a hyperlink or page field, DATE as a word of the text, UPDATE
    expect(hasAutoDateField(u16('\u0013 HYPERLINK "http://x" \u0014链接\u0015 \u0013 PAGE \u00141\u0015'))).toBe(false);
    expect(hasAutoDateField(u16('DATE 2025 UPDATE \u0013 CREATEDATE \u0014'))).toBe(false);
  });

  it('a box that continues the body\'s numbering goes where its number says, not into the last part (red team 2, 07: a boxed （八） was scored as a plan)', () => {
    const body = lines('一、主要举措和成效', '（六）普法。', '（七）调解。', '二、存在的不足', '人手少。', '三、下一步打算', '一是继续普法。', '柳河乡人民政府', '2025年2月20日');
    const box = lines('（八）法律顾问。聘请律师1名。');
    expect(numberedPlace(body, box)).toBe(3);
    expect(withTextboxes(body, box).map((l) => l.text).slice(2, 5)).toEqual(['（七）调解。', '（八）法律顾问。聘请律师1名。', '二、存在的不足']);
    // a variant: a top-level part 二、 boxed between 一、 and 三、
    expect(numberedPlace(lines('一、成效', '普法。', '三、不足', '人手少。'), lines('二、党政主要负责人履职情况', '书记讲法治课2次。'))).toBe(2);
    // not: a body that has its own （八）, a predecessor found twice, an unnumbered box, a box numbered （一）
    expect(numberedPlace([...body.slice(0, 3), { text: '（八）执法。' }, ...body.slice(3)], box)).toBeNull();
    expect(numberedPlace([...body, { text: '（七）再一个。' }], box)).toBeNull();
    expect(numberedPlace(body, lines('框中文字'))).toBeNull();
    expect(numberedPlace(body, lines('（一）框中条目'))).toBeNull();
  });
});
