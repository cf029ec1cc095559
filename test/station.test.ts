/**
 * A county bureau's station in a town (engine/document/station.ts): its names, its seat and where the gazetteer places it
 * (blind set 142: 司法局天荒坪镇 and 市场监督管理局茅坪市 had been read as places, 三坡派出所 placed at its county). Unit names
 * are real places written for this test; the reports around them are our own.
 */
import { describe, expect, it } from 'vitest';
import { namesOfUnit, serviceArea, stationNames } from '../engine/document/station.js';
import { parseDocument } from '../engine/document/parse.js';

describe('a town station\'s names', () => {
  it('a 司法所 under its county bureau, the town named in full', () => {
    expect(stationNames('安吉县司法局梅溪镇司法所')).toEqual({ tokens: ['安吉县', '梅溪镇'], own: '梅溪镇', level: 'department', seat: 'township' });
  });
  it('a station named by its town\'s bare stem: the one township of the county with that stem', () => {
    expect(stationNames('德清县公安局新市派出所')?.own).toBe('新市镇'); // 新市 is no 市
    expect(stationNames('秭归县市场监督管理局茅坪市场监督管理所')?.own).toBe('茅坪镇'); // the stem runs into 市场
    expect(stationNames('肥西县上派市场监督管理所')?.tokens).toEqual(['肥西县', '上派镇']);
  });
  it('a 中心司法所, a 街道\'s team with its district, a squadron under a 大队, a vertically managed 税务分局', () => {
    expect(stationNames('安吉县司法局天子湖中心司法所')?.own).toBe('天子湖镇');
    expect(stationNames('江宁区秣陵街道综合行政执法中队')?.tokens).toEqual(['江宁区', '秣陵街道']);
    expect(stationNames('博罗县公安局交通警察大队石湾中队')?.tokens).toEqual(['博罗县', '石湾镇']);
    expect(stationNames('国家税务总局安吉县税务局孝丰税务分局')?.own).toBe('孝丰镇');
  });
  it('a station whose name gives no town the gazetteer knows is a department of its bureau\'s county, never a place cut across the bureau', () => {
    expect(stationNames('德清县公安局城东派出所')).toEqual({ tokens: ['德清县'], own: '德清县', level: 'department' });
    expect(stationNames('城东派出所')).toBeNull();
  });
  it('any other body of a town is a department seated there (江南街道城管执法中队, 某镇人民政府办公室)', () => {
    expect(namesOfUnit('江南街道城管执法中队')).toMatchObject({ own: '江南街道', level: 'department', seat: 'township' });
    expect(namesOfUnit('德清县雷甸镇人民政府办公室')).toMatchObject({ own: '雷甸镇', level: 'department', seat: 'township' });
  });
  it('a station\'s area named by stems before their count (负责泗安、林城、和平三个乡镇) or in a list with its town, not in joint work', () => {
    const doc = (line: string) => parseDocument(`国家税务总局长兴县税务局泗安税务分局2024年度法治建设工作报告\n${line}\n一、主要工作\n全年办理业务1200件。\n国家税务总局长兴县税务局泗安税务分局\n2025年1月20日\n`, { file: 'a.txt' });
    expect([...serviceArea(doc('本分局负责泗安、林城、和平三个乡镇的税费征管。'))].sort()).toEqual(['和平镇', '林城镇']);
    expect([...serviceArea(doc('本分局统筹服务泗安镇、和平镇。'))]).toEqual(['和平镇']);
    expect([...serviceArea(doc('分局长带领干部参加泗安镇、和平镇两镇边界联合巡查。'))]).toEqual([]);
  });
  it('no station: a county bureau, a town government, a county centre keep unitNames\' reading', () => {
    expect(stationNames('安吉县司法局')).toBeNull();
    expect(namesOfUnit('安吉县梅溪镇人民政府')).toMatchObject({ own: '梅溪镇', level: 'township' });
    expect(namesOfUnit('安吉县司法局').seat).toBeUndefined();
    expect(stationNames('安吉县综治中心')).toBeNull();
  });
});

describe('a station\'s report', () => {
  const report = (unit: string, closing: string) => parseDocument([
    `${unit}2024年度法治建设工作情况报告`,
    '一、主要工作', '全年组织民警集中学法10次，办理行政案件56起。',
    '二、存在的问题', '警力不足，主要原因是辖区人口多。',
    closing,
  ].join('\n'), { file: 'station.txt' });
  it('is placed at its town, not at the county of its bureau', () => {
    const doc = report('德清县公安局新市派出所', '德清县公安局新市派出所\n2025年1月20日');
    expect(doc.division?.name).toBe('新市镇');
    expect(doc.unitNames.seat).toBe('township');
  });
  it('signs its own report with a month alone: a dated 落款', () => {
    const doc = report('德清县公安局新市派出所', '德清县公安局新市派出所\n2025年2月');
    expect(doc.closing?.dateText).toBe('2025年2月');
  });
  it('a title naming no unit: the station\'s 落款 signs it, never a partner street joined in the body (同时加强与南湖街道…)', () => {
    const text = (line: string) => `2022年度法治政府建设工作报告\n2022年，我所依法履行各项职责，现将有关情况报告如下：\n一、主要工作\n（一）强化执法巡查，全年巡查120次。\n（二）严格耕地保护。${line}\n二、存在的问题\n人员少。\n麻城市自然资源和规划局城南自然资源所\n2023年1月18日\n`;
    for (const line of ['同时加强与南湖街道、白果镇的联动，制止违法占地8起。', '此外，深化与中馆驿镇的协作，联合巡查6次。']) {
      expect(parseDocument(text(line), { file: 's.txt' }).unit).toBe('麻城市自然资源和规划局城南自然资源所');
    }
  });
  it('a 责任单位 cell over a month in a town\'s report is no 落款 (it names no title)', () => {
    const doc = parseDocument('雷甸镇2024年法治政府建设情况报告\n一、主要工作\n全年化解矛盾纠纷96件。\n二、存在的问题\n力量薄弱。\n责任单位：\n雷甸镇司法所\n2025年6月\n', { file: 't.txt' });
    expect(doc.closing?.date ?? null).toBeNull();
  });
});
