/**
 * Whose work a sentence tells (engine/lexicon/actors.ts, scope.ts actorRefusal): a requirement a
 * higher body handed down to others, another body's work for or in the unit, and a rule quoted earn
 * nothing; the unit's own work beside them still does. Found by red team 3 and blind set 17 (县政府
 * 要求各乡镇聘请法律顾问, 县司法局为我镇选派村法律顾问, 《条例》规定…应当…). Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../engine/document/parse.js';
import { actorRefusal } from '../engine/scope.js';
import { scoreText } from './helpers.js';

const TOWN = '柳塘镇人民政府', COUNTY = '溪口县人民政府', DEPT = '溪口县自然资源局';
const report = (unit: string, achievements: string) => [
  `${unit}关于2024年度法治政府建设情况的报告`,
  `2024年，${unit.replace('人民政府', '')}认真推进依法行政，现将有关情况报告如下：`,
  '一、主要举措和成效', achievements,
  '二、存在的不足', '部分干部法治意识不强。', '三、下一步工作打算', '继续推进普法宣传。',
  unit, '2025年1月20日',
].join('\n');

/** actorRefusal for the hit ending after `term` in the report's one achievements sentence. */
function refusal(unit: string, sentence: string, term: string) {
  const doc = parseDocument(report(unit, sentence), { file: 'x.txt' });
  const s = doc.sentences.find((x) => x.text.includes(term))!;
  return actorRefusal(doc, s.text, s.text.indexOf(term) + term.length);
}

describe('a requirement handed down', () => {
  it('the county government\'s order to the towns, in a department\'s or a town\'s report, is not the unit\'s work', () => {
    const order = '县政府要求各乡镇聘请法律顾问、建设公共法律服务工作站。';
    expect(refusal(DEPT, order, '公共法律服务工作站')).toBe('handed_down');
    expect(refusal(TOWN, order, '聘请')).toBe('handed_down');
    // variants: a higher body's notice; 上级 without a level
    expect(refusal(COUNTY, '市委依法治市办印发通知，要求全市各县区年底前实现村居法律顾问全覆盖。', '法律顾问')).toBe('handed_down');
    expect(refusal(DEPT, '上级要求各单位配备公职律师。', '公职律师')).toBe('handed_down');
  });
  it('the unit\'s own order, and the unit acting on an order, stay its own', () => {
    expect(refusal(COUNTY, '县政府要求各乡镇聘请法律顾问，实现全覆盖。', '聘请')).toBeNull();
    expect(refusal(TOWN, '镇政府要求各村聘请法律顾问。', '聘请')).toBeNull();
    expect(refusal(TOWN, '县政府要求各乡镇聘请法律顾问，我镇率先与溪岸律师事务所签约。', '签约')).toBeNull();
  });
});

describe('another body\'s work', () => {
  it('the county\'s justice bureau or court working for or in the town is theirs', () => {
    expect(refusal(TOWN, '县司法局为我镇12个村各选派1名村法律顾问。', '法律顾问')).toBe('others_work');
    expect(refusal(TOWN, '县法院在我镇设立巡回审判点，全年就地开庭审理案件9件，诉前调解矛盾纠纷40件。', '调解')).toBe('others_work');
    // variants: a procuratorate coming to a 街道; a city bureau in a county's report
    expect(refusal('青柳街道办事处', '区人民检察院到我街道开展未成年人保护法治讲座3场。', '法治讲座')).toBe('others_work');
    expect(refusal(COUNTY, '市司法局为我县培训人民调解员200人次。', '调解')).toBe('others_work');
  });
  it('help the unit asked for, the unit\'s own clause after it, and its own county\'s bodies in a county report stay credited', () => {
    expect(refusal(TOWN, '邀请县司法局为我镇干部讲授民法典。', '民法典')).toBeNull();
    expect(refusal(TOWN, '县司法局为我镇培训调解员，我镇组织调解员开展矛盾纠纷排查调解。', '排查调解')).toBeNull();
    expect(refusal(COUNTY, '县司法局为我县各乡镇配备法律顾问。', '法律顾问')).toBeNull();
  });
});

describe('a rule quoted', () => {
  it('what a regulation says ought to be done is not what was done', () => {
    expect(refusal(DEPT, '《优化营商环境条例》规定，行政执法机关应当全面落实行政执法公示制度。', '行政执法公示')).toBe('quoted');
    // variant: 明确要求 … 必须
    expect(refusal(TOWN, '《法治政府建设实施纲要》明确要求，重大行政决策必须经过合法性审查。', '合法性审查')).toBe('quoted');
  });
  it('after 要求/提出 the demand is the rule, with no modal in it (blind set 28); the unit acting on it is its own work', () => {
    expect(refusal(DEPT, '《法治政府建设实施纲要（2021—2025年）》要求全面实行政府权责清单制度。', '权责清单')).toBe('quoted');
    // variants: 提出 and a department's own rule book; the unit taking the subject in the next clause; 按照…要求
    expect(refusal(TOWN, '《乡镇权力清单指导目录》提出，乡镇要公布权力清单和责任清单。', '权力清单')).toBe('quoted');
    expect(refusal(DEPT, '《纲要》要求全面实行政府权责清单制度，我局梳理公布权责清单事项86项。', '梳理公布权责清单')).toBeNull();
    expect(refusal(DEPT, '按照《纲要》要求，全面实行权责清单制度，梳理事项86项。', '权责清单')).toBeNull();
  });
  it('a superior\'s notice quoted word for word (通知要求：“…”) is the rule, not the answer to it (blind set 45)', () => {
    expect(refusal(TOWN, '通知要求：“要聘请法律顾问，对重大决策开展合法性审查。”', '合法性审查')).toBe('quoted');
    // variants: the office that sent it, and 指出; the unit answering in its own clause after the quote keeps its credit
    expect(refusal(TOWN, '区委依法治区办指出：“街道要全面公开权责清单。”', '权责清单')).toBe('quoted');
    expect(refusal(TOWN, '通知要求“公开权责清单”，我镇梳理公布权责清单事项86项。', '梳理公布权责清单')).toBeNull();
  });
  it('the unit complying with a rule is its own work; 应急 is no modal', () => {
    expect(refusal(DEPT, '根据《行政处罚法》规定，我局全面落实行政执法公示制度。', '行政执法公示')).toBeNull();
    expect(refusal(DEPT, '按照《行政处罚法》规定，全面推行行政执法公示制度。', '行政执法公示')).toBeNull();
    expect(refusal(DEPT, '依照《突发事件应对法》规定，修订应急预案并组织合法性审查。', '合法性审查')).toBeNull();
  });
});

describe('red team 4: the unit carrying out, asking for or being the body named keeps its credit; other phrasings of the three kinds are caught', () => {
  it('compliance (根据/按照 …要求/部署), help asked for in an earlier clause, a department\'s own county, a rule applied', () => {
    expect(refusal(TOWN, '根据县委部署，各村（社区）全部建立法律顾问联系制度。', '法律顾问')).toBeNull();
    expect(refusal(TOWN, '经我镇申请，县司法局为我镇各村配备法律顾问。', '法律顾问')).toBeNull();
    expect(refusal('溪口县卫生健康局', '县卫健局在我县各乡镇卫生院开展医疗纠纷人民调解，调解纠纷21件。', '调解')).toBeNull();
    expect(refusal(TOWN, '严格执行《政府信息公开条例》规定，坚持应公开尽公开，主动公开信息80条。', '主动公开')).toBeNull();
  });
  it('an order without 要求 (明确，各乡镇须…), the court in the town named by its name, a rule\'s article quoted', () => {
    expect(refusal(TOWN, '上级部门明确，各乡镇须配备公职律师。', '公职律师')).toBe('handed_down');
    expect(refusal(TOWN, '县人民法院在柳塘镇设立法官工作站，调解纠纷30件。', '调解')).toBe('others_work');
    expect(refusal(TOWN, '县法律援助中心为我镇困难群众办理法律援助案件9件。', '法律援助')).toBe('others_work');
    expect(refusal(TOWN, '《乡镇法律顾问管理办法》第六条第二款规定，乡镇政府须聘请常年法律顾问。', '聘请')).toBe('quoted');
  });
});

describe('red team 5 (structures of published reports): words that only look like another body, and the unit naming itself', () => {
  it('社区/园区 are not districts; a unit whose name begins with a level character is itself; a department naming itself issues its own orders', () => {
    expect(refusal('青柳街道办事处', '各社区党群服务中心为辖区居民提供法律咨询300人次。', '法律咨询')).toBeNull();
    expect(refusal('州坪镇人民政府', '州坪镇综治中心为辖区群众化解矛盾纠纷40件。', '化解矛盾纠纷')).toBeNull();
    expect(refusal('溪口县司法局', '县司法局印发《全县普法工作要点》，要求各乡镇、各部门落实普法责任制。', '工作要点')).toBeNull();
    // the county government's order in the same department's report is still handed down
    expect(refusal('溪口县司法局', '县政府要求各乡镇聘请法律顾问。', '法律顾问')).toBe('handed_down');
  });
  it('the unit taking the subject again by its organ or its name; 将…相结合 is 把', () => {
    expect(refusal(TOWN, '县法院在我镇设立诉调对接室，镇人民调解委员会全年调解纠纷30件。', '全年调解')).toBeNull();
    expect(refusal(TOWN, '县司法局在我镇召开现场会，柳塘镇全年培育法律明白人90名。', '培育法律明白人')).toBeNull();
    const doc = parseDocument('柳塘镇报告\n一、工作\n我镇将人民调解与网格化管理相结合，全年化解纠纷60件。');
    expect(doc.sentences.at(-1)!.intent).toBe(false);
  });
  it('a term told first in another body\'s clause and again in the unit\'s own is credited (the later occurrence is placed again)', async () => {
    // legal_services reads 法律明白人 alone: its first occurrence lies in the justice bureau's clause
    const r = await scoreText(report(TOWN, '县司法局在我镇召开法律明白人培育现场会，柳塘镇全年培育法律明白人90名。'));
    expect(r.criteria.legal_services.outcome).not.toBe('unmet');
  });
});

describe('blind set 18: a higher body\'s own act (a document issued, a lecture held) is its own, to the end of its clause', () => {
  it('区委依法治区办印发《…要点》 in a 街道 report; a county-wide lecture held by county bodies in a town report', () => {
    expect(refusal('青柳街道办事处', '区委依法治区办印发《2024年全区法治政府建设工作要点》后，街道将涉及的任务纳入年度计划。', '工作要点》')).toBe('others_work');
    expect(refusal(TOWN, '县委组织部、县司法局联合举办全县领导干部法治专题讲座3场。', '法治专题讲座')).toBe('others_work');
    // the clause after it is the unit's; a county's own office in the county's report is the county's
    expect(refusal('青柳街道办事处', '区委依法治区办印发《2024年全区法治政府建设工作要点》后，街道将涉及的任务纳入年度计划。', '纳入年度计划')).toBeNull();
    expect(refusal(COUNTY, '县委依法治县办印发《2024年全县法治政府建设工作要点》。', '工作要点》')).toBeNull();
  });
  it('variants: the county\'s training, then the town\'s staff taking it; a department\'s own 局党组; a district bureau\'s campaign in a 街道 report', () => {
    expect(refusal(TOWN, '县司法局组织全县执法人员培训，镇综合行政执法队12名执法人员全部参训。', '执法人员全部参训')).toBeNull();
    expect(refusal(TOWN, '县司法局组织全县执法人员培训，镇综合行政执法队12名执法人员全部参训。', '全县执法人员')).toBe('others_work');
    expect(refusal('溪口县市场监督管理局', '局党组印发《2024年法治市场监管建设工作要点》。', '工作要点》')).toBeNull();
    expect(refusal('青柳街道办事处', '区司法局开展“宪法进万家”普法宣传活动20场。', '普法宣传')).toBe('others_work');
  });
});

describe('the unit assessed by a higher body (red team 5, T12): the assessment is that body\'s; the unit\'s own 考核 stays credited', () => {
  it('在县委…组织的…考核中，我镇获评优秀 — refused inside the phrase; 纳入年度考核 before it and an assessment of its own are the unit\'s', () => {
    const t = '在县委依法治县办组织的年度法治建设考核中，我镇获评优秀等次。';
    expect(refusal(TOWN, t, '法治建设考核')).toBe('others_work');
    // variants: 全县 in a town's report; the town's own assessment; a county's own 全县 assessment in its report
    expect(refusal(TOWN, '在全县法治政府建设考评中，柳塘镇位列第一。', '法治政府建设考评')).toBe('others_work');
    expect(refusal(TOWN, '镇党委将法治建设纳入村级年度考核，在县年度考核中获评优秀。', '纳入村级年度考核')).toBeNull();
    expect(refusal(TOWN, '在全镇年度考核中，法治建设分值占10%。', '年度考核')).toBeNull();
    expect(refusal(COUNTY, '在全县法治建设考核中，对12个乡镇逐一打分排名。', '法治建设考核')).toBeNull();
  });
});

describe('scored', () => {
  it('the examples earn nothing and show why; the unit\'s own work beside them is credited', async () => {
    const handed = await scoreText(report(DEPT, '县政府要求各乡镇聘请法律顾问、建设公共法律服务工作站，推动法律服务进村入企。'));
    expect(handed.criteria.legal_adviser.outcome).toBe('unmet');
    expect(JSON.stringify(handed.criteria.legal_adviser)).toContain('handed_down');
    const court = await scoreText(report(TOWN, '县法院在我镇设立法官工作室，全年诉前调解矛盾纠纷46件。'));
    expect(court.criteria.mediation.outcome).toBe('unmet');
    const own = await scoreText(report(TOWN, '县法院在我镇设立法官工作室。镇人民调解委员会全年调解矛盾纠纷46件，调解成功率98%。'));
    expect(own.criteria.mediation.outcome).toBe('met');
  });
});
