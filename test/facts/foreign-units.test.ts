import { describe, expect, it } from 'vitest';
import { foreignUnitsFact } from '../../engine/facts/foreign-units.js';
import { compileFact, report } from './fact-helpers.js';

describe('foreign_units', () => {
  const f = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作'] });
  it('another township named where the reporting unit belongs', () => {
    const r = f.run(report({ achievements: '贯穿水口乡工作全过程，调解纠纷35件。' }));
    expect(f.errors).toEqual([]);
    expect(r.value).toBe(1);
    expect(r.evidence[0].match).toBe('水口乡');
  });
  it('the unit itself, generic words and names inside 《》 are not foreign', () => {
    expect(f.run(report({ achievements: '白土镇党委高度重视，全镇工作有序推进。' })).value).toBe(0);
    expect(f.run(report({ achievements: '学习《水口乡工作条例》。' })).value).toBe(0);
  });
  it('a 落款 signed by another township counts (closing is in the default scope), not when scope leaves it out', () => {
    const text = report({ closing: '水口乡人民政府\n2024年1月15日' });
    expect(f.run(text).value).toBe(1);
    expect(compileFact(foreignUnitsFact, { unitContext: ['人民政府'], scope: ['achievements'] }).run(text).value).toBe(0);
  });
  it('a serve frame (为 … 经济社会发展) lets a place-like name the gazetteer lacks be suspected, and never makes anything strong (blind set 48, red team 27)', () => {
    const params = { unitContext: ['党委'], weakContext: ['经济', '发展', '群众'], serveFrame: ['(?<![作成])为'] };
    const g = compileFact(foreignUnitsFact, params);
    const invented = g.run(report({ achievements: '调解组织定期排查纠纷，为嵰口镇经济社会发展营造了和谐稳定的环境。' }));
    expect(g.errors).toEqual([]);
    expect(invented.value).toBe(0);
    expect(invented.suspected?.map((e) => e.match)).toEqual(['嵰口镇']);
    // without the frame the invented name is no place at all
    const { serveFrame: _, ...without } = params;
    expect(compileFact(foreignUnitsFact, without).run(report({ achievements: '调解组织定期排查纠纷，为嵰口镇经济社会发展营造了和谐稳定的环境。' })).suspected).toEqual([]);
    // a real neighbour served on purpose: a suspicion at most, never a deduction
    const real = g.run(report({ achievements: '镇中心司法所全年还为水口乡群众提供法律咨询30余次。' }));
    expect(real.value).toBe(0);
    // a variant: excluded verbs before 为 (作为/成为) frame nothing
    expect(g.run(report({ achievements: '乡村旅游已成为嶙坳镇经济发展的新亮点。' })).suspected).toEqual([]);
    // a 街道 served is a place too (blind set 54); the common noun after 为 (为街道经济发展…) names none
    expect(g.run(report({ achievements: '为峣塘街道经济社会高质量发展提供了有力的法治保障。' })).suspected?.map((e) => e.match)).toEqual(['峣塘街道']);
    expect(g.run(report({ achievements: '为街道经济社会发展提供了有力的法治保障。' })).suspected).toEqual([]);
    // the unit's own 街道 short of a character (上杭街道 of 上杭路街道) is the unit, not a residue (red team 31)
    const own = g.run(report({ title: '上杭路街道2024年法治政府建设情况报告', achievements: '为上杭街道经济社会高质量发展提供了有力的法治保障。', closing: '上杭路街道办事处\n2025年1月10日' }));
    expect([...own.evidence, ...(own.suspected ?? [])]).toEqual([]);
  });
  it('a 和 before the unit\'s own mission (法治思维和法治方式贯穿于X镇…) joins two ways of thinking, not a neighbour (blind set 55)', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委'], weakContext: ['经济', '发展'], missionFrame: ['贯穿'] });
    const r = g.run(report({ achievements: '坚持把法治思维和法治方式贯穿于嶕坪镇经济社会发展的各个环节。' }));
    expect(r.suspected?.map((e) => e.match)).toEqual(['嶕坪镇']);
    // a variant: the unit working with a neighbour (与X镇联合…) is still on purpose
    expect(g.run(report({ achievements: '与嶕坪镇联合开展矛盾纠纷排查，推动边界地区经济发展。' })).suspected ?? []).toEqual([]);
  });
  it('a mission frame (推动 … 高质量发展) makes weak context strong; without the frame it stays a suspicion', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委'], weakContext: ['高质量', '发展'], missionFrame: ['推动', '促进'] });
    const framed = g.run(report({ achievements: '把法治建设作为推动水口乡高质量发展的重要保障。' }));
    expect(g.errors).toEqual([]);
    expect(framed.value).toBe(1);
    expect(framed.evidence[0].match).toBe('水口乡');
    const bare = g.run(report({ achievements: '法治建设为水口乡高质量发展提供了保障。' }));
    expect(bare.value).toBe(0);
    expect(bare.suspected?.map((e) => e.match)).toEqual(['水口乡']);
    // the same frame with no weak context after the name is nothing
    expect(g.run(report({ achievements: '推动水口乡调解组织建设。' })).value).toBe(0);
  });
  it('a name at the head of its sentence with a subject verb (2024年，水口乡坚持…) stands as the unit; further on it does not', () => {
    expect(f.run(report({ achievements: '2024年，水口乡坚持依法行政，法治建设取得新成效。' })).value).toBe(1);
    // a variant: the same name later in the sentence, after the unit's own subject
    expect(f.run(report({ achievements: '我镇学习借鉴水口乡坚持依法行政的做法。' })).value).toBe(0);
  });
  it('a township report: a county as a subject only when the report answers to the other kind of county', () => {
    const district = (p: string) => report({ title: '青榕街道2023年法治政府建设情况报告', preamble: '2023年，青榕街道在区委、区政府领导下推进依法行政。区委依法治区办全程指导。', achievements: p, closing: '青榕街道办事处\n2024年1月15日' });
    const r = f.run(district('南昌县坚持把法治政府建设作为基础性工作，县委常委会多次研究部署。'));
    expect(r.value).toBe(1);
    expect(r.evidence[0].place?.why).toBe('other_county');
    // a variant: the report answers to a 县, so the 县 named may be its own: nothing
    const county = report({ title: '青榕镇2023年法治政府建设情况报告', preamble: '2023年，青榕镇在县委、县政府领导下推进依法行政。县委依法治县办全程指导。', achievements: '南昌县坚持把法治政府建设作为基础性工作。', closing: '青榕镇人民政府\n2024年1月15日' });
    expect(f.run(county).value).toBe(0);
  });
  it('a preposition before 镇 (经镇党委会, 由镇司法所) never makes a place-like name', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '党委会', '司法所'], weakContext: ['发展'] });
    const r = g.run(report({ achievements: '重大事项均经镇党委会集体研究决定，由镇司法所负责合法性审查。' }));
    expect(r.value).toBe(0);
    expect(r.suspected ?? []).toEqual([]);
  });
  it('a town the gazetteer lacks is placed at its county: the county\'s other towns are its neighbours, named as the actor they count', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府'] });
    const town = (unit: string, county: string, achievements: string) => report({ title: `${county}${unit}2025年法治政府建设情况报告`, preamble: `2025年，${unit}坚持依法行政。`, achievements, closing: `${county}${unit}人民政府\n2026年1月15日` });
    const r = g.run(town('凤岚镇', '柳州市柳江区', '三都镇党委、政府高度重视法治政府建设工作，全年调解纠纷30件。'));
    expect(r.value).toBe(1);
    expect(r.evidence[0].match).toBe('三都镇');
    // of six 三都镇 in the country, the note names the one in the unit's county
    expect(r.evidence[0].place!.where).toContain('柳江区');
    // a variant in another province: 杨楼镇 beside an invented 青鸾镇 of 萧县
    expect(g.run(town('青鸾镇', '萧县', '杨楼镇党委始终把法治建设摆在突出位置。')).evidence.map((e) => e.match)).toEqual(['杨楼镇']);
    // the same one level up: a county the gazetteer lacks, placed at its city, naming a sibling county as itself
    const county = report({ title: '宿州市青岚县人民政府2025年法治政府建设情况报告', preamble: '2025年，县政府坚持依法行政。', achievements: '砀山县委、县政府高度重视法治政府建设。', closing: '宿州市青岚县人民政府\n2026年1月15日' });
    expect(g.run(county).evidence.map((e) => e.match)).toEqual(['砀山县']);
    // and a real town of a real county still holds its villages' names and its own county's (no change there)
    expect(g.run(town('白土镇', '萧县', '萧县县委、县政府高度重视，白土镇党委认真落实。')).value).toBe(0);
  });

  it('a common word before the unit\'s own organ (利用镇政府大院) is no place, not even a suspicion', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['政府', '党委'] });
    expect(g.run(report({ achievements: '利用镇政府大院电子屏播放法治宣传标语。' })).suspected ?? []).toEqual([]);
  });

  it('a verb jieba tags as a noun before the unit\'s own organ (列席县政府, 办理县人大代表建议) is no place, not even a suspicion', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['政府', '人大', '党委'] });
    const county = (achievements: string) => report({ title: '岚溪县人民政府2019年法治政府建设情况报告', preamble: '2019年，县政府坚持依法行政。', achievements, closing: '岚溪县人民政府\n2020年1月10日' });
    const r = g.run(county('法律顾问全年列席县政府常务会议17次，办理县人大代表建议98件。'));
    expect(r.value).toBe(0);
    expect(r.suspected ?? []).toEqual([]);
    // a variant on a township: 部署镇党委 after a report to the county
    const t = g.run(report({ achievements: '镇司法所每季度通报镇党委研究的合法性审查事项。' }));
    expect(t.suspected ?? []).toEqual([]);
    // 汇报 (jieba: nz, a proper-name tag) ends in 报, a character that never ends a place's first part (GENERIC_PLACE_PREFIX)
    expect(g.run(report({ achievements: '司法所每季度向县司法局汇报镇党委研究的合法性审查事项。' })).suspected ?? []).toEqual([]);
    // a name-like stem in the same place stays a suspicion (the gazetteer lacks 柳湾乡) — unless its organs speak at the
    // head of the sentence (柳湾乡党委始终…: counted since set 25, below)
    expect(g.run(report({ achievements: '组织学习后，柳湾乡党委研究合法性审查事项。' })).suspected?.map((e) => e.match)).toEqual(['柳湾乡']);
    expect(g.run(report({ achievements: '柳湾乡党委始终把法治建设摆在突出位置。' })).value).toBe(1);
  });
  it('a department report: another county before the department\'s own field is a suspicion at most, never points; the other county\'s bodies, exchanges and transfers are nothing', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '人民政府', '工作', '机关', '干部'], weakContext: ['高质量', '发展'], missionFrame: ['推动', '促进', '助力'] });
    const dept = (unit: string, achievements: string) => report({ title: `宿州市萧县${unit}2024年法治政府建设情况报告`, preamble: `2024年，县${unit}坚持依法行政。`, achievements, closing: `萧县${unit}\n2025年1月20日` });
    const seen = (unit: string, s: string) => { const r = g.run(dept(unit, s)); return [r.value, (r.suspected ?? []).map((e) => e.match)]; };
    expect(g.errors).toEqual([]);
    // the example's kind: a paragraph left from a neighbour's report, framed as the unit's mission — suspected for a person to confirm
    expect(seen('退役军人事务局', '组织旁听庭审3次，推动砀山县退役军人学法守法蔚然成风。')).toEqual([0, ['砀山县']]);
    // a variant: the field, then 工作
    expect(seen('教育局', '全面加强砀山县教育工作的法治保障。')).toEqual([0, ['砀山县']]);
    // the other county's own bodies and people, benchmarks, exchanges, transfers and aid: nothing (a red team's kinds, in my words)
    for (const [unit, s] of [
      ['教育局', '砀山县教育局一行来我局交流校园安全执法经验。'],
      ['公安局', '对涉嫌犯罪的案件依法移送砀山县公安机关办理。'],
      ['教育局', '砀山县教育工作者一行20人来我县观摩法治校园建设。'],
      ['教育局', '对标砀山县教育工作先进经验，查找差距。'],
      ['教育局', '选派骨干教师支教，助力砀山县教育事业发展。'],
      ['教育局', '与砀山县教育部门联合开展执法检查2次。'],
    ] as const) expect(seen(unit, s)).toEqual([0, []]);
    // a variant: the field in the short form reports write (市场监督管理局 → 市场监管)
    expect(seen('市场监督管理局', '推动砀山县市场监管领域执法规范化。')).toEqual([0, ['砀山县']]);
    // a weak mention early in a sentence does not hide a plain one later in it
    const both = g.run(dept('教育局', '整合砀山县教育资源，砀山县党委高度重视法治建设。'));
    expect([both.value, both.suspected ?? []]).toEqual([1, []]);
    // a township report has no field: 水口乡退役军人 is nothing new there
    expect(g.run(report({ achievements: '推动水口乡退役军人学法守法。' })).value).toBe(0);
  });
  it('a department report: another county\'s counterpart of the unit heading its sentence and doing the unit\'s work is suspected — deducted when it opens its paragraph (nu33: 万安县司法局党组书记… in a 司法局\'s report, not even suspected; blind sets 94 and 113)', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '人民政府', '工作', '机关', '干部'], weakContext: ['高质量', '发展'] });
    const dept = (unit: string, achievements: string) => report({ title: `宿州市萧县${unit}2024年法治政府建设情况报告`, preamble: `2024年，县${unit}坚持依法行政。`, achievements, closing: `萧县${unit}\n2025年1月20日` });
    const seen = (unit: string, s: string) => { const r = g.run(dept(unit, s)); return [r.value, (r.suspected ?? []).map((e) => e.match)]; };
    // opening its paragraph (each of these one sentence long): the other bureau's paragraph pasted, deducted (session 39)
    expect(seen('司法局', '砀山县司法局党组书记、局长切实履行推进法治建设第一责任人职责，全年主持召开党组会议6次。')).toEqual([1, []]);
    // variants: the short form of the unit's name (市场监督管理局 → 市场监管局); after a year lead the same (blind set 122:
    // 2023年，磁县交通运输局对照…要求，逐项梳理… — its assessor deducted it; session 39 had left it a suspicion); after the unit's own
    // sentence in the paragraph, a suspicion only
    expect(seen('市场监督管理局', '砀山县市场监管局全年开展双随机抽查86次。')).toEqual([1, []]);
    expect(seen('司法局', '2024年，砀山县司法局坚持把人民调解作为化解矛盾的第一道防线。')).toEqual([1, []]);
    expect(seen('司法局', '全年办理法律援助案件120件。砀山县司法局党组书记、局长切实履行推进法治建设第一责任人职责。')).toEqual([0, ['砀山县']]);
    // …and a suspicion at most when the paragraph goes on to the unit taking the practice up (red team 74)
    expect(seen('司法局', '砀山县司法局全面推行“援法议事”。我局组织村干部赴砀山县实地观摩学习。')[0]).toBe(0);
    // named on purpose, in the shortcomings' place, another kind of department, or not heading its sentence: nothing
    for (const [unit, s] of [
      ['司法局', '砀山县司法局党组书记、局长带队来我局考察交流人民调解工作。'],
      ['司法局', '砀山县司法局主要负责同志一行到萧县调研公共法律服务。'],
      ['司法局', '砀山县公安局始终坚持严格规范公正文明执法。'],
      ['司法局', '邀请砀山县司法局坚持…的经验做法进行授课。'],
      ['司法局', '全年配合砀山县司法局开展联合普法4次。'],
      // red team 60's kinds, in my words: a ranking, an award, a model's speech, a practice it began, a case it sent,
      // a joint inspection of several counties, a dispute
      ['公安局', '砀山县公安局在全市执法质量考评中居全市首位，得分98分。'],
      ['司法局', '砀山县司法局报送的调解案例获评全省优秀案例。'],
      ['司法局', '砀山县司法局在全市会议上作典型发言，介绍公共法律服务做法。'],
      ['市场监督管理局', '砀山县市场监管局率先推行的包容审慎监管清单，经局党组研究后在全县推行。'],
      ['市场监督管理局', '砀山县市场监督管理局依法转来涉嫌无证经营线索2条，已全部办结。'],
      ['应急管理局', '砀山县应急管理局牵头开展三县交叉检查，共检查企业18家。'],
      ['自然资源局', '砀山县自然资源局与我县就边界地块权属纠纷进行会商。'],
    ] as const) expect(seen(unit, s)).toEqual([0, []]);
    // the first-duty wording a pasted paragraph carries is no lesson or guidance (带头学习, 亲自指导: red team 60)
    expect(seen('司法局', '砀山县司法局党组书记带头学习习近平法治思想，亲自指导重大执法案件审核。')).toEqual([1, []]);
  });
  it('a county-level name more often part of a town (新城区, 城东区) is never another county; another government acting on the unit (…转来的) is named on purpose', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['政府', '人民政府', '工作'] });
    const county = (achievements: string) => report({ title: '宿州市萧县人民政府办公室2024年法治政府建设情况报告', preamble: '2024年，县政府办公室坚持依法行政。', achievements, closing: '萧县人民政府办公室\n2025年1月20日' });
    for (const s of ['做好新城区工作，统筹推进老城区改造。', '加快推进城东区工作。', '依法办理砀山县人民政府转来的信访事项5件。']) {
      const r = g.run(county(s));
      expect([r.value, r.suspected ?? []]).toEqual([0, []]);
    }
    // the same county acting as the unit still counts
    expect(g.run(county('砀山县人民政府高度重视法治政府建设。')).value).toBe(1);
  });
  it('a zone an emergency or a plan draws (封控区、管控区、防范区 of the 2022 epidemic) is no district, whatever frames it (blind set 62)', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作'], weakContext: ['群众', '发展'], missionFrame: ['保障', '推动'] });
    const dept = (achievements: string) => report({ title: '嶓溪县商务局2022年度法治政府建设情况报告', preamble: '2022年，县商务局坚持依法行政。', achievements, closing: '嶓溪县商务局\n2023年1月20日' });
    const seenIn = (achievements: string) => { const r = g.run(dept(achievements)); return [r.value, (r.suspected ?? []).map((e) => e.match)]; };
    expect(seenIn('在疫情封控期间及时投放储备猪肉60吨，保障了封控区群众基本生活需求。')).toEqual([0, []]);
    // variants: the other two zones, and a township's report
    expect(seenIn('组织企业为管控区群众配送生活物资1200余份。')).toEqual([0, []]);
    const town = g.run(report({ achievements: '全力保障防范区群众生产生活秩序，推动静默区工作有序开展。' }));
    expect([town.value, town.suspected ?? []]).toEqual([0, []]);
    // a place-like name in the same frame is still suspected (the frame keeps its reach)
    expect(seenIn('保障嵰口区群众基本生活需求。')[1]).toEqual(['嵰口区']);
  });
  it('a zone a rule forbids or limits something in (禁燃区, 禁养区, 限建区 …) is no district either (set 88)', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作'], weakContext: ['群众', '发展', '范围'], missionFrame: ['保障', '推动', '调整'] });
    const dept = (achievements: string) => report({ title: '嶓溪县生态环境分局2019年度法治政府建设情况报告', preamble: '2019年，分局坚持依法行政。', achievements, closing: '嶓溪县生态环境分局\n2020年1月15日' });
    const seenIn = (achievements: string) => { const r = g.run(dept(achievements)); return [r.value, (r.suspected ?? []).map((e) => e.match)]; };
    expect(seenIn('在调整县城高污染燃料禁燃区范围过程中，公开征求意见，收到意见建议31条。')).toEqual([0, []]);
    // variants in our own words: livestock zones, a building-limit zone, a fireworks ban
    expect(seenIn('依法划定畜禽禁养区，推动限养区养殖场完成整改12家。')).toEqual([0, []]);
    expect(seenIn('配合做好限建区群众工作，保障禁放区群众节日安全。')).toEqual([0, []]);
    // …and the long form, the zone's name read from after 禁止 (red team 53)
    expect(seenIn('保障烟花爆竹禁止燃放区群众节日安全，调整限制开发区范围。')).toEqual([0, []]);
    // a place-like name before the same words is still suspected
    expect(seenIn('推动嵰口区群众参与生态保护。')[1]).toEqual(['嵰口区']);
  });
  it('another township dealing with the unit, visiting it, listed with it, merged into it, or helped by an aid programme is named on purpose', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作', '境内'], weakContext: ['经济', '发展'], missionFrame: ['推动', '助力'] });
    const quiet = (achievements: string) => { const r = g.run(report({ achievements })); return [r.value, (r.suspected ?? []).map((e) => e.match)]; };
    for (const s of [
      '水口乡党政考察团一行到我镇交流基层法治建设经验。',
      '水口乡党委与我镇党委签订法治共建协议。',
      '水口乡党委、白土镇党委联合举办法治讲座2场。',
      '在原水口乡辖区的6个村推行“一村一法律顾问”。',
      '选派2名干部驻村，助力水口乡经济社会发展。',
      '清理流经我镇及水口乡境内的河道。',
    ]) expect(quiet(s), s).toEqual([0, []]);
    // the plain kind is still deducted
    expect(quiet('水口乡党委高度重视法治建设。')[0]).toBe(1);
  });
  it('a county report: a county dealing with the unit is no residue; 大湾区 is a region, not a district', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作'], weakContext: ['高质量', '发展'], missionFrame: ['推动'] });
    const county = (achievements: string) => report({ title: '宿州市萧县人民政府2024年法治政府建设情况报告', preamble: '2024年，县政府坚持依法行政。', achievements, closing: '萧县人民政府\n2025年1月20日' });
    for (const s of ['砀山县政府主要领导带队到我县考察法治政府建设。', '砀山县人民政府与我县签订行政执法协作协议。']) {
      const r = g.run(county(s));
      expect([r.value, r.suspected ?? []], s).toEqual([0, []]);
    }
    const district = report({ title: '广州市番禺区人民政府2024年法治政府建设情况报告', preamble: '2024年，区政府坚持依法行政。', achievements: '以法治保障推动大湾区高质量发展。', closing: '广州市番禺区人民政府\n2025年1月20日' });
    expect([g.run(district).value, g.run(district).suspected ?? []]).toEqual([0, []]);
  });
  it('the goal the unit builds (建设更高水平的法治X区) names the unit: another real county is deducted, an unknown one suspected, the unit\'s own and generic goals nothing (blind set 19, 04)', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作'], goalFrame: ['(?:建设|打造|创建|建成|争创|迈向|推进|推动)[^，。；]{0,14}?法治'] });
    expect(g.errors).toEqual([]);
    const county = (achievements: string) => report({ title: '宿州市萧县人民政府2024年法治政府建设情况报告', preamble: '2024年，县政府坚持依法行政。', achievements, closing: '萧县人民政府\n2025年1月20日' });
    const real = g.run(county('全年减少入企检查1760余次，为建设更高水平的法治砀山县营造了公平透明的营商环境。'));
    expect(real.value).toBe(1);
    expect(real.evidence[0].match).toBe('砀山县');
    // a name the gazetteer lacks (and the word statistics do not know): a suspicion, no points
    const invented = g.run(county('推行涉企检查合并进行，全年减少入企检查1760余次，为建设更高水平的法治潆洄县营造了良好环境。'));
    expect([invented.value, (invented.suspected ?? []).map((e) => e.match)]).toEqual([0, ['潆洄县']]);
    for (const s of ['为建设更高水平的法治萧县营造了良好环境。', '积极创建法治政府建设示范区。', '打造法治文化街区3处。', '努力建设法治先行区。']) {
      const r = g.run(county(s));
      expect([r.value, r.suspected ?? []], s).toEqual([0, []]);
    }
    // red team 6's wordings: a list of qualities before 法治 (、), the name between 法治 and 建设
    expect(g.run(county('为建设更高水平、更高质量的法治砀山县贡献力量。')).value).toBe(1);
    expect(g.run(county('在法治砀山县建设中走在前列。')).value).toBe(1);
    // without the goal frame the same sentence is nothing (营造 is no unit context)
    expect(f.run(county('为建设更高水平的法治砀山县营造了公平透明的营商环境。')).value).toBe(0);
  });
  it('合并 of inspections in a sentence no longer hides another township; two townships merging still does', () => {
    const quiet = (achievements: string) => { const r = f.run(report({ achievements })); return r.value; };
    expect(quiet('多部门检查合并进行，水口乡党委高度重视法治建设。')).toBe(1);
    expect(quiet('2019年水口乡与白土镇合并后，水口乡政府驻地设便民服务站。')).toBe(0);
    expect(quiet('撤并前的水口乡政府驻地设便民服务站。')).toBe(0);
    // red team 6: the merger told with its year (…于2021年合并以来); inspections 合并为 one still no merger of units
    expect(quiet('自我镇与水口乡于2021年合并以来，水口乡辖区各村的法律明白人培育相对滞后。')).toBe(0);
    expect(quiet('推动将多部门涉企检查合并为一次联合检查，水口乡党委高度重视。')).toBe(1);
  });
  it('another county\'s 各级 (切实提升X县各级行政机关依法行政水平) stands as the unit (blind set 20, 04); the unit\'s own 全县各级 and a visit by the other county\'s 各级 do not', () => {
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作', '各级'] });
    const county = (achievements: string) => report({ title: '宿州市萧县人民政府2021年法治政府建设情况报告', preamble: '2021年，县政府坚持依法行政。', achievements, closing: '萧县人民政府\n2022年1月20日' });
    expect(g.run(county('组织专题培训4期，切实提升砀山县各级行政机关依法行政水平。')).value).toBe(1);
    for (const s of ['全县各级人民调解组织调处纠纷1200件。', '砀山县各级行政机关负责同志一行到我县考察法治政府建设。', '与砀山县各级司法行政机关签订协作协议。']) {
      const r = g.run(county(s));
      expect([r.value, r.suspected ?? []], s).toEqual([0, []]);
    }
  });
});

describe('foreign_units: a township the gazetteer lacks, its organs speaking', () => {
  const f = compileFact(foreignUnitsFact, { unitContext: ['党委', '党工委', '政府', '工作'] });
  it('heading its sentence with its organs and a verb of the unit (鹞泾街道党工委始终…): counted (blind set 25; set 4\'s 柳湾乡)', () => {
    const r = f.run(report({ achievements: '调整领导小组。鹞泾街道党工委始终把法治建设摆在突出位置。' }));
    expect(r.value).toBe(1);
    expect(r.evidence[0].match).toBe('鹞泾街道');
    expect(f.run(report({ achievements: '2023年，峄沅乡党委、政府高度重视法治建设。' })).value).toBe(1);
  });
  it('not heading its sentence, without a verb after its organs, the unit speaking beside it, in the shortcomings, or the unit\'s own stem: not counted', () => {
    expect(f.run(report({ achievements: '我镇与鹞泾街道党工委联合开展普法宣传。' })).value).toBe(0);
    expect(f.run(report({ achievements: '鹞泾街道党工委书记来我镇调研。' })).value).toBe(0);
    // a model, a host, a comparison (red team 11)
    expect(f.run(report({ achievements: '鹳渚镇党委坚持每月学法的做法被全县推广，我镇借鉴推行。' })).value).toBe(0);
    expect(f.run(report({ shortcomings: '鹳渚镇党委、政府坚持每季度听取汇报，而我镇做得还不够经常。' })).value).toBe(0);
    // 白土 inside a longer form of the unit's name; a neighbour sharing one character is another township
    expect(f.run(report({ achievements: '白土镇党委始终把法治建设摆在突出位置。' })).value).toBe(0);
    expect(f.run(report({ achievements: '白泾镇党委始终把法治建设摆在突出位置。' })).value).toBe(1);
  });
  it('a longer name, 镇委、镇政府, 一直 and 把 after the organs, 今年 as the lead: counted (red team 11)', () => {
    expect(f.run(report({ achievements: '今年，鹳渚河镇党委、政府一直高度重视法治建设。' })).value).toBe(1);
    expect(f.run(report({ achievements: '鹳渚镇委、镇政府把法治政府建设摆在突出位置。' })).value).toBe(1);
  });
});

describe('foreign_units: a county the gazetteer lacks, the unit\'s own kind of organ speaking (blind set 26)', () => {
  const f = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作'] });
  const dept = (achievements: string) => report({ title: '翙璟区司法局2025年度法治政府建设情况报告', preamble: '2025年，我局坚持依法行政。', achievements, closing: '翙璟区司法局\n2026年1月10日' });
  const county = (achievements: string) => report({ title: '燊峣县人民政府2024年度法治政府建设情况报告', preamble: '2024年，县政府坚持依法行政。', achievements, closing: '燊峣县人民政府\n2025年1月10日' });
  it('another district\'s 司法局 in a 司法局\'s report, another county\'s 县委、县政府 in a county\'s: counted', () => {
    const r = f.run(dept('骢沣区司法局始终坚持把人民调解作为第一道防线。'));
    expect(r.value).toBe(1);
    expect(r.evidence[0].match).toBe('骢沣区');
    expect(f.run(county('2024年，嵎沄县委、县政府高度重视法治政府建设。')).value).toBe(1);
  });
  it('the unit beside it, a model, time words before 县委, another kind of organ: not counted', () => {
    expect(f.run(dept('骢沣区司法局坚持调解进商圈的做法在全市推广，我局借鉴推行。')).value).toBe(0);
    expect(f.run(county('年底在县委全面依法治县委员会会议上述法。')).value).toBe(0);
    expect(f.run(dept('骢沣区人民法院始终坚持公正司法。')).value).toBe(0);
  });
});


describe('foreign_units: a conjunction before the unit\'s own 县委 is no one-character county (和县, set 47)', () => {
  const f = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '工作'] });
  const dept = (preamble: string) => report({ title: '嶂川县交通运输局2022年度法治政府建设情况报告', preamble, closing: '嶂川县交通运输局\n2023年1月10日' });
  const seen = (r: { value: number; suspected?: Array<{ match?: string }> }) => [r.value, (r.suspected ?? []).map((e) => e.match)];
  it('《纲要》和县委、县政府的部署; variants: 》和县政府, ”和县直部门', () => {
    expect(seen(f.run(dept('2022年，我局对照《法治政府建设实施纲要》和县委、县政府的工作部署，推进依法行政。')))).toEqual([0, []]);
    expect(seen(f.run(dept('我局认真落实《交通运输法治政府部门建设实施意见》和县政府的要求。')))).toEqual([0, []]);
    expect(seen(f.run(dept('对照“八五”普法规划和县直部门普法责任清单开展工作。')))).toEqual([0, []]);
    // the unit's other organs after the conjunction (red team 26: 和县党政… had stayed a −10 in a located county's report)
    // (with the rubric's own context words, where 党政 and 人大 make a place's context strong)
    const g = compileFact(foreignUnitsFact, { unitContext: ['党委', '政府', '人民政府', '党政', '人大', '工作', '机关', '年度'] });
    const county = (achievements: string) => report({ title: '沭阳县人民政府2024年度法治政府建设情况报告', preamble: '2024年，县政府坚持依法行政。', achievements, closing: '沭阳县人民政府\n2025年1月10日' });
    expect(seen(g.run(county('认真落实《法治政府建设实施纲要》和县党政主要负责人述法制度。')))).toEqual([0, []]);
    expect(seen(g.run(county('贯彻《中华人民共和国行政复议法》和县人大常委会的决定。')))).toEqual([0, []]);
  });
  it('the rule is the conjunction\'s alone: another one-character county\'s organs speaking still count (忠县党委、政府…), and 和县 opening its clause', () => {
    const county = (achievements: string) => report({ title: '沭阳县人民政府2024年度法治政府建设情况报告', preamble: '2024年，县政府坚持依法行政。', achievements, closing: '沭阳县人民政府\n2025年1月10日' });
    expect(f.run(county('2024年，忠县党委、政府高度重视法治政府建设。')).value).toBe(1);
    // 和县 itself opening its clause is the place, as before
    expect(f.run(county('2024年，和县党委、政府高度重视法治政府建设。')).value).toBe(1);
  });
  it('a sibling named by its bare stem is a suspicion, only in the rubric\'s mission frame with the place\'s whole development after it, or a goal built (blind set 249; red teams 105, 106)', () => {
    const params = { unitContext: ['党委'], weakContext: ['发展'], missionFrame: ['服务', '助力'], goalFrame: ['建设[^，。；]{0,14}?法治'] };
    const g = compileFact(foreignUnitsFact, params);
    const bureau = (body: string) => report({ title: '郸城县财政局2021年法治政府建设情况报告', preamble: '现将我局有关情况报告如下。', achievements: body, closing: '郸城县财政局\n2022年1月15日' });
    const bare = (r: ReturnType<typeof g.run>) => (r.suspected ?? []).map((e) => [e.match, e.place?.code, e.place?.why, e.suspicion]);
    const mission = g.run(bureau('我局坚持把服务鹿邑高质量发展作为出发点和落脚点。'));
    expect(g.errors).toEqual([]);
    expect(mission.value).toBe(0);
    expect(bare(mission)).toEqual([['鹿邑', '411628', 'other_county', 'weak_context']]);
    // the rubric's goalFrame is read too (建设法治X), a goal of the modern kind (建设现代化X), and 为X…发展 with the support after it
    expect(bare(g.run(bureau('为建设法治鹿邑提供坚实保障。'))).map((x) => x[0])).toEqual(['鹿邑']);
    expect(bare(g.run(bureau('为建设现代化鹿邑提供坚实保障。'))).map((x) => x[0])).toEqual(['鹿邑']);
    expect(bare(g.run(bureau('全年为鹿邑经济社会高质量发展营造了公平有序的市场环境。'))).map((x) => x[0])).toEqual(['鹿邑']);
    // without the mission frame in the rubric the same sentence names nobody
    const { missionFrame: _, ...without } = params;
    expect(compileFact(foreignUnitsFact, without).run(bureau('我局坚持把服务鹿邑高质量发展作为出发点和落脚点。')).suspected ?? []).toEqual([]);
    // nor does the stem without the development after it, a list of the two counties, a partner anywhere in the report, or a stem the
    // report uses for something else (鹿邑 alone as a place of business)
    expect(g.run(bureau('我局坚持服务鹿邑客商来郸投资。')).suspected ?? []).toEqual([]);
    expect(g.run(bureau('助力郸城、鹿邑高质量发展。')).suspected ?? []).toEqual([]);
    expect(g.run(bureau('我局与鹿邑县财政局签订协作协议。\n（二）依法理财。我局坚持服务鹿邑高质量发展。')).suspected ?? []).toEqual([]);
    expect(g.run(bureau('我局坚持把服务鹿邑高质量发展作为出发点。在鹿邑设立的服务点运行良好。')).suspected ?? []).toEqual([]);
    // a town's report: its county's other towns, not its own county's stem (助推郸城高质量发展); one place named twice in one goal
    const town = (body: string) => report({ title: '郸城县汲冢镇2022年法治政府建设情况报告', preamble: '现将我镇有关情况报告如下。', achievements: body, closing: '郸城县汲冢镇人民政府\n2023年1月15日' });
    expect(bare(g.run(town('全镇上下凝心聚力，服务宜路高质量发展。'))).map((x) => [x[0], x[2]])).toEqual([['宜路', 'other_township']]);
    expect(bare(g.run(town('全镇上下凝心聚力，为建设美丽宜路、幸福宜路贡献力量。'))).map((x) => x[0])).toEqual(['宜路']);
    expect(g.run(town('全镇上下凝心聚力，助力郸城高质量发展。')).suspected ?? []).toEqual([]);
  });
});
