import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../engine/document/parse.js';
import { candidatesOf, matchTerm, patternTerm, quantityIndex } from '../../engine/facts/terms.js';

// words that the patterns below are built from, and punctuation that ends or splits sentences
const WORDS = ['法治', '建设', '学法', '讲座', '领导', '小组', '纳入', '考核', '执法', '培训', '不', '的', '拟', '定', '。', '，', '；', '\n', '一、', '年'];
const PATTERNS = [
  '学法', '法治.{0,6}讲座', '(?:纳入|列入).{0,8}考核', '执法(?:人员)?培训|培训', '[^，。；]{0,4}小组',
  '(?<![的不])领导', '拟(?!定)', '^法治', '考核$', '学法|法治建设|建设',
];

describe('candidate matches known from the document scan', () => {
  it('equal what matchTerm finds on each candidate sentence, for random texts and patterns', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 80 }),
      fc.uniqueArray(fc.constantFrom(...PATTERNS), { minLength: 1, maxLength: 3 }),
      (words, pats) => {
        const doc = parseDocument(`某镇人民政府2024年法治政府建设情况报告\n${words.join('')}\n`);
        const term = patternTerm(new RegExp(pats.map((p) => `(?:${p})`).join('|')));
        const { sentences, matches } = candidatesOf(doc, term);
        const qi = quantityIndex(doc);
        sentences.forEach((s, c) => {
          if (matches[c] !== null) expect(matches[c]).toBe(matchTerm(term, s, qi));
        });
      },
    ), { numRuns: 2000 });
  });

  it('hold every sentence the pattern matches on its own, whatever its neighbours say to a lookaround or word boundary', () => {
    // CI's counterexample: 三、下一步工作计划 above a plans sentence, whose 计划 a lookbehind saw across the line break
    // (the last five open on no literal and are scanned by their literals: patterns/literals.ts)
    const LOOKING = [...PATTERNS, '(?<!计划[^。；]{0,12})考核', '(?<!拟.{0,6})领导', '建设(?!.{0,3}小组)', '\\b法治', '学法\\B', '(?:(?!不).){2}讲座', '(?=法治)(?!法治建设)法治',
      '[^，。；]{1,6}领导小组', '(?<=纳入.{0,4})考核', '[学讲]法(?:讲座)?', '.{0,3}(?:执法|法治)(?=.{0,3}培训)', '(?<![的不])[建执]设|(?:不)?学法'];
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...WORDS, '计划', '三、下一步工作计划\n', '\n'), { minLength: 1, maxLength: 80 }),
      fc.uniqueArray(fc.constantFrom(...LOOKING), { minLength: 1, maxLength: 3 }),
      (words, pats) => {
        const doc = parseDocument(`某镇人民政府2024年法治政府建设情况报告\n${words.join('')}\n`);
        const term = patternTerm(new RegExp(pats.map((p) => `(?:${p})`).join('|')));
        const found = new Set(candidatesOf(doc, term).sentences);
        const qi = quantityIndex(doc);
        for (const s of doc.sentences) if (matchTerm(term, s, qi) !== null) expect(found.has(s), s.text).toBe(true);
      },
    ), { numRuns: 3000, examples: [[['计划', '\n', '考核'], ['(?<!计划[^。；]{0,12})考核']]] });
  });

  it('find the plans sentence under a heading whose words a negative lookbehind forbids (the CI counterexample)', () => {
    const doc = parseDocument('某镇人民政府2024年法治政府建设情况报告\n三、下一步工作计划\n在县政府门户网站及时发布办事指南。\n');
    const term = patternTerm(/(?<!(?:将|拟|计划)[^。；，,]{0,12})网站[^。；，,]{0,20}?发布[^。；，,]{0,16}?办事指南/);
    expect(candidatesOf(doc, term).sentences.map((s) => s.text)).toEqual(['在县政府门户网站及时发布办事指南。']);
  });

  it('find by its literals every sentence a pattern opening on a run of any characters matches (律师事务所 after a name)', () => {
    const doc = parseDocument('某镇人民政府2024年法治政府建设情况报告\n聘请浙江某某律师事务所为法律顾问。律师参与调解。\n邀请大学教授授课，律所协助。\n');
    const firm = candidatesOf(doc, patternTerm(/[\u4e00-\u9fa5]{2,12}律师事务所|[\u4e00-\u9fa5]{2,10}大学[\u4e00-\u9fa5]{0,6}教授/));
    expect(firm.sentences.map((s) => s.text)).toEqual(['聘请浙江某某律师事务所为法律顾问。', '邀请大学教授授课，律所协助。']);
    // a variant: literals in a class of two and after a lookbehind
    const visits = candidatesOf(doc, patternTerm(/(?<=调)[解律]|[^，。]{0,4}律[师所]/));
    expect(visits.sentences.map((s) => s.text)).toEqual(['聘请浙江某某律师事务所为法律顾问。', '律师参与调解。', '邀请大学教授授课，律所协助。']);
    expect(visits.matches).toEqual([null, null, null]);
  });

  it('knows the match of a context-free pattern inside a sentence, never of one that reads context', () => {
    const doc = parseDocument('某镇人民政府2024年法治政府建设情况报告\n开展学法活动。不领导，领导小组。\n');
    const free = candidatesOf(doc, patternTerm(/学法/));
    expect(free.matches).toEqual(['学法']);
    const context = candidatesOf(doc, patternTerm(/(?<!不)领导/));
    expect(context.sentences.length).toBe(1);
    expect(context.matches).toEqual([null]);
  });
});
