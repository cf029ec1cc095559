/** The readers' lines (engine/document/read/lines.ts): Word's manual line break inside a sentence is no paragraph end. */
import { describe, expect, it } from 'vitest';
import { joinLines } from '../engine/document/read/lines.js';

const lines = (text: string) => joinLines([{ text, hard: true }]).text.trimEnd().split('\n');

describe('joinLines', () => {
  it('closes up a line break inside a sentence (聘请…律师为⏎镇政府常年法律顾问: red team 7\'s d31)', () => {
    expect(lines('（二）聘请青川律师事务所王立新律师为\n镇政府常年法律顾问，全年审查合同协议26份。')).toEqual(['（二）聘请青川律师事务所王立新律师为镇政府常年法律顾问，全年审查合同协议26份。']);
    // (variant) a break after a figure, the sentence going on
    expect(lines('全年调解纠纷56\n起，调解成功率98%。')).toHaveLength(1);
  });
  it('keeps a break after a mark, before a heading\'s number, or before a date in Chinese numerals', () => {
    expect(lines('调整了领导小组。\n印发工作要点。')).toEqual(['调整了领导小组。', '印发工作要点。']);
    expect(lines('一、主要工作\n（一）加强组织领导')).toEqual(['一、主要工作', '（一）加强组织领导']);
    expect(lines('青石镇人民政府\n二〇二五年一月十日')).toEqual(['青石镇人民政府', '二〇二五年一月十日']);
    expect(lines('青石镇人民政府\n2025年1月10日')).toEqual(['青石镇人民政府', '2025年1月10日']);
  });
});
