import { describe, expect, it } from 'vitest';
import { evidenceLine, snippet } from '../harness/writers/evidence-text.js';
import type { Evidence } from '../engine/types.js';

const ev = (text: string, match?: string): Evidence => ({ text, section: '一、', kind: 'achievements', line: 3, start: 0, end: text.length, match });

describe('evidence snippet (a quote clipped to ~60 characters in every output)', () => {
  it('keeps a short sentence whole', () => {
    expect(snippet(ev('全年开展普法活动12场。'))).toBe('全年开展普法活动12场。');
  });

  // The window opens 15 characters before the match and is 60 long: with the match at 20 it ends at 65, so a figure
  // written from 63 on is cut after its second character unless the window widens.
  const lead = '坚持和发展新时代枫桥经验健全矛盾纠纷多元'; // 20 characters
  const filler = (n: number) => '群众来电来访诉求'.repeat(10).slice(0, n);

  it('never cuts through a figure at the window end (办结率10… for 办结率100%: new user, session 19)', () => {
    const text = `${lead}诉求${filler(41)}100%，群众满意度较上年有明显提升。`;
    expect(text.indexOf('100%')).toBe(63);
    const s = snippet(ev(text, '诉求'));
    expect(s).toContain('100%');
    expect(s.endsWith('…')).toBe(true);
  });

  it('a figure with 余 and a measure word at the edge stays whole (variant)', () => {
    const text = `${lead}调处${filler(42)}1200余件，调解成功率保持在较高水平，未发生民转刑案件。`;
    const s = snippet(ev(text, '调处'));
    expect(s).toContain('1200余件');
  });

  it('does not cut a figure at the window start either', () => {
    // a match near the end pins the window to the text's last 60 characters, which begin inside 35800
    const tail = '份宣传资料，覆盖全部行政村和社区，' + filler(40);
    const text = `${'全镇开展'.repeat(10)}累计发放35800${tail}`;
    expect(text.length - 60).toBeGreaterThan(text.indexOf('35800'));
    expect(text.length - 60).toBeLessThan(text.indexOf('35800') + 5);
    const s = snippet(ev(text, filler(40).slice(-4)));
    expect(/[0-9]+份/.exec(s)?.[0]).toBe('35800份');
  });

  it('holds every word that earned the cell when they fit: the first list\'s term was cut off the window before (new user 52)', () => {
    const text = `${filler(50)}通过县政府门户网站公开各类信息，${filler(20)}，全年召开新闻发布会16场，${filler(40)}`;
    const s = snippet(ev(text, '公开各类信息 + 发布会'));
    expect(s).toContain('公开各类信息');
    expect(s).toContain('发布会');
  });

  it('shows the first term and the figure in two half windows where they lie too far apart for one (new user 53: 52件 had been cut off)', () => {
    const text = `${filler(30)}聘请律师担任法律顾问，${filler(60)}全年审查合同21份。`;
    const s = snippet(ev(text, '法律顾问 + 21份'));
    expect(s).toContain('法律顾问');
    expect(s).toContain('21份');
    expect(s.length).toBeLessThanOrEqual(60 + 2 * 12 + 3);
  });

  it('grows by a bounded amount only (a 1 MB run of digits is not one figure to keep)', () => {
    const text = `${'法'.repeat(30)}${'1'.repeat(500)}`;
    expect(snippet(ev(text, '法')).length).toBeLessThanOrEqual(60 + 12 + 2);
  });

  it('a title quoted for its report year says so (stale_content showed the title without why: new user, session 19)', () => {
    const title = { ...ev('大铭乡2023年法治政府建设年度报告'), section: '标题', reads: { field: 'report_year' as const, value: 2023 } };
    expect(evidenceLine(title, 'zh')).toMatch(/标题：大铭乡2023年法治政府建设年度报告 〔报告年度：2023〕$/);
    expect(evidenceLine(title, 'en')).toMatch(/\[report year: 2023\]$/);
  });
});
