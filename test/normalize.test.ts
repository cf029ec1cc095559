import { describe, expect, it } from 'vitest';
import { foldChar, normalizeText } from '../engine/document/normalize.js';

/** Every normalized character must map to the same (folded) character in the original. */
function expectMapConsistent(original: string) {
  const { text, map } = normalizeText(original);
  for (let i = 0; i < text.length; i++) {
    const o = original[map[i]];
    if (text[i] === '\n') continue;
    expect(text[i]).toBe(foldChar(o));
  }
  expect(map[text.length]).toBe(original.length);
}

describe('normalizeText', () => {
  it('folds full-width digits, letters, percent and the ideographic space', () => {
    const { text } = normalizeText('　　全年办理案件１５０件，结案率９８．５％，ＬＥＤ屏');
    expect(text).toBe('全年办理案件150件，结案率98.5%，LED屏');
  });

  it('drops converter artifacts but keeps offsets into the original', () => {
    const original = '[bookmark: _GoBack]一、主要举措\n[image: photo.png]成立领导小组。';
    const { text, map, artifacts } = normalizeText(original);
    expect(text).toBe('一、主要举措\n成立领导小组。');
    expect(artifacts.map((a) => a.text)).toEqual(['[bookmark: _GoBack]', '[image: photo.png]']);
    expect(original.slice(map[text.indexOf('成立')], map[text.indexOf('成立')] + 2)).toBe('成立');
    expectMapConsistent(original);
  });

  it('rejoins a sentence broken across lines and blank lines, but not after a sentence end or before a heading', () => {
    const original = '青石镇报告\n一、主要举措\n（一）加强领导\n（二）推进职能优化。一是坚持优化政府机构设置和职能配置工作\n\n组织结构与职能转变相结合。\n二、存在问题\n执法力量不足。';
    const { text, joins } = normalizeText(original);
    expect(joins).toBe(1);
    expect(text.split('\n').slice(3)).toEqual(['（二）推进职能优化。一是坚持优化政府机构设置和职能配置工作组织结构与职能转变相结合。', '二、存在问题', '执法力量不足。']);
    expectMapConsistent(original);
  });

  it('does not join the title lines of a report', () => {
    const { text } = normalizeText('河西县青石镇人民政府\n关于2024年度法治政府建设情况的报告\n\n现将情况报告如下：');
    expect(text.split('\n')).toHaveLength(3);
  });

  it('removes spaces next to Chinese text but keeps them between ASCII words', () => {
    expect(normalizeText('大铭乡 2023 年 有 3 名 执法人员 使用 Word 2010').text).toBe('大铭乡2023年有3名执法人员使用Word 2010');
  });
});
