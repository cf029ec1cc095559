/**
 * normalize finds Chinese-numeral years from each 年 backwards instead of running a regex with a
 * lookbehind at every offset; it must find exactly the regex's matches, in order, for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseYearMatches, CN_YEAR_RE, normalizeText } from '../engine/document/normalize.js';
import { foldIdeograph, foldRadicals } from '../engine/document/read/radicals.js';

const viaRegex = (text: string) => [...text.matchAll(CN_YEAR_RE)].map((m) => ({ index: m.index!, year: m[0] }));

// the characters the definition distinguishes: year characters, lookbehind-only digits, spaces of
// several kinds, 年, and ordinary text
const pieces = ['二', '〇', '○', '零', '一', '五', '九', '0', '2', 'O', 'Ｏ', '０', '５', ' ', '\u3000', '\t', '\n', '年', '度', '法', '，', 'a'];

describe('Chinese-numeral years', () => {
  it('chineseYearMatches finds exactly what CN_YEAR_RE finds', () => {
    // random characters, and year-like runs (four characters, spaces, 年) so that matches are common
    const yearish = fc.tuple(fc.array(fc.constantFrom(...pieces.slice(0, 13)), { minLength: 3, maxLength: 5 }), fc.constantFrom('', ' ', '\u3000 '), fc.constant('年')).map(([d, sp, n]) => d.join('') + sp + n);
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), yearish), { minLength: 0, maxLength: 40 }), (chars) => {
      const text = chars.join('');
      expect(chineseYearMatches(text)).toEqual(viaRegex(text));
    }), { numRuns: 3000 });
  });

  it('the examples: a typed zero in a year folds, a number before 年 that is not a year does not', () => {
    expect(chineseYearMatches('二0二四年度')).toEqual([{ index: 0, year: '二0二四' }]);
    expect(chineseYearMatches('于二Ｏ二五 年')).toEqual([{ index: 1, year: '二Ｏ二五' }]);
    expect(chineseYearMatches('12二〇二四年')).toEqual([]);
    expect(chineseYearMatches('二〇二〇二四年')).toEqual([]);
    expect(normalizeText('关于二O二四年法治政府建设情况的报告').text).toContain('二〇二四年');
  });
});

describe('foldRadicals', () => {
  // the definition: one replace over every radical and compatibility ideograph
  const viaReplace = (t: string) => t.replace(/[\u2E80-\u2FDF\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/g, foldIdeograph);
  const chars = ['法', '治', '⼈', '⺠', '⻔', '\uf900', '\ufa0e', '\ud87e\udc00', '\ud87e', 'a', '，', ' ', '\u2fd5', '\u2fdf'];

  it('equals the replace() definition, with and without radicals', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 60 }), (cs) => {
      const t = cs.join('');
      expect(foldRadicals(t)).toBe(viaReplace(t));
    }), { numRuns: 2000 });
    expect(foldRadicals('⼈民政府')).toBe('人民政府');
    const plain = '某镇人民政府';
    expect(foldRadicals(plain)).toBe(plain);
  });
});
