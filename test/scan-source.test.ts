/** The scan form of a pattern (engine/patterns/scan-source.ts): no assertion left that a sentence's neighbours could make fail. */
import { describe, expect, it } from 'vitest';
import { scanSource } from '../engine/patterns/scan-source.js';

describe('scanSource', () => {
  it('leaves a pattern with no negative lookaround or word boundary as written, positive lookarounds included', () => {
    for (const p of ['法治(?:建设)?', '(?<=镇)政府', '公开(?=栏)', '[\\b]法']) expect(scanSource(p)).toBe(p);
  });

  it('drops negative lookarounds and word boundaries, nested ones with their outer one, and still parses', () => {
    expect(scanSource('(?<!(?:将|拟|计划)[^。]{0,12})网站')).toBe('(?:)网站');
    expect(scanSource('公开(?!栏)|\\b学法\\B')).toBe('公开(?:)|(?:)学法(?:)');
    expect(scanSource('(?<!不(?!是))领导')).toBe('(?:)领导');
    expect(scanSource('(?=法(?!规))法治')).toBe('(?=法(?:))法治');
    // Annex B lets a lookahead carry a quantifier: the empty group keeps it one
    expect(() => new RegExp(scanSource('a(?!b)?c'))).not.toThrow();
  });

  it('matches wherever the pattern matches, whatever stands before or after', () => {
    const cases: Array<[string, string, string]> = [
      ['(?<!计划[^。]{0,12})网站发布', '计划\n', '在网站发布指南'],
      ['发布(?!.{0,4}通知)', '', '已发布'],
      ['\\bISO9001', 'GB', 'ISO9001'],
    ];
    for (const [p, before, sentence] of cases) {
      expect(new RegExp(p).test(sentence)).toBe(true);
      expect(new RegExp(p).test(`${before}${sentence}通知`)).toBe(false);
      expect(new RegExp(scanSource(p)).test(`${before}${sentence}通知`)).toBe(true);
    }
  });

  it('throws on a source that does not parse, like new RegExp', () => {
    expect(() => scanSource('(?<!未闭合')).toThrow();
  });
});
