import { describe, expect, it } from 'vitest';
import { markerByRules, matchHeadingMarker, startsWithHeadingMarker } from '../engine/document/markers.js';

// endings that complete some marker after almost any first character
const SUFFIXES = ['', '一、', '）', '）、加强', '、工作', '.', '．建设', '部分', '是加强', '1）', '二三）', '十一、', '，一'];

describe('heading markers: the first-character test', () => {
  it('answers as the rules do for every first code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const head = String.fromCharCode(c);
      for (const s of SUFFIXES) {
        const t = head + s;
        if (JSON.stringify(matchHeadingMarker(t)) !== JSON.stringify(markerByRules(t))) differ.push(t);
      }
    }
    expect(differ).toEqual([]);
  });

  it('startsWithHeadingMarker: indentation skipped and full-width digits read, as before', () => {
    const before = (line: string) => markerByRules(line.replace(/^[\s\u3000]+/, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))) !== null;
    const lines = ['　　一、总体情况', ' \t（二）工作', '１．学习', '１２）', '  ', '', '加强领导', '\u3000第三部分', '⑤落实', ' 一是加强', '２０２４年'];
    for (const l of lines) expect(startsWithHeadingMarker(l)).toBe(before(l));
    expect(lines.filter(startsWithHeadingMarker)).toEqual(['　　一、总体情况', ' \t（二）工作', '１．学习', '１２）', '\u3000第三部分', '⑤落实', ' 一是加强']);
  });
});
