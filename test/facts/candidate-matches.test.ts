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

  it('knows the match of a context-free pattern inside a sentence, never of one that reads context', () => {
    const doc = parseDocument('某镇人民政府2024年法治政府建设情况报告\n开展学法活动。不领导，领导小组。\n');
    const free = candidatesOf(doc, patternTerm(/学法/));
    expect(free.matches).toEqual(['学法']);
    const context = candidatesOf(doc, patternTerm(/(?<!不)领导/));
    expect(context.sentences.length).toBe(1);
    expect(context.matches).toEqual([null]);
  });
});
