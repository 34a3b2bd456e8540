/**
 * What each open data file holds, field by field, for the /data/ page. data-fields.test.ts checks
 * that every field of each schema is documented here and nothing else is, so the page cannot drift.
 */
export interface FieldDoc {
  field: string;
  type: string;
  meaning: string;
}

export interface DataFileDoc {
  /** URL path of the file. */
  path: string;
  title: string;
  /** What one entry is. */
  entry: string;
  fields: FieldDoc[];
}

const f = (field: string, type: string, meaning: string): FieldDoc => ({ field, type, meaning });

export const targetFields: FieldDoc[] = [
  f('id', 'string', '记录编号：文件/条款/指标，同一条款同一指标多次出现时加 -2、-3'),
  f('indicator', 'string', '指标编号（ASCII），跨文件统一，见 indicators.json；unassigned 表示链接表中没有对应指标（照录原文，不与其他文件相连）'),
  f('indicatorName', 'string', '指标中文名（统一名称）；未归入指标的记为“未归入指标”'),
  f('scope', 'string | null', '文件所写的较窄口径（如“市属高校”“国际及港澳台”）；null 表示指标全体'),
  f('kind', '"target" | "outcome" | "baseline"', 'target：规划提出的目标；outcome：报道所述已达到的实际；baseline：规划回顾（发展基础）所写的起点'),
  f('comparison', '"at-least" | "at-most" | "about" | "exact" | "range"', '数值的约束方式：不少于、不超过、约、恰为、区间（如 2-3）'),
  f('value', 'number | null', '原文数值；区间为 null'),
  f('min', 'number | null', '下限（不少于、区间、恰为、约）；无下限为 null'),
  f('max', 'number | null', '上限（不超过、区间、恰为、约）；无上限为 null'),
  f('unit', 'string', '原文单位：个、所、名、%、万人、对、项……'),
  f('measure', '"level" | "increase" | "annual" | "standing"', 'level：到期达到的总量；increase：期内新增；annual：每年；standing：每天或每名学生都须达到的常设标准，不是到期目标'),
  f('year', 'integer', '目标年份（到期年）；实际值为原句所写年份或报道年份；基数为其所处年份'),
  f('yearBasis', '"stated" | "context" | "period" | "table" | "reported" | "before-period" | "in-force"', '年份来源：原句写明、同节前文（“到××年”或所回顾的“十三五”期间）、规划末年、指标表表头、报道年份、规划起始前一年、常设标准自规划起始年施行'),
  f('baseline', 'number | null', '基数（如指标表 2020 年一栏）'),
  f('baselineYear', 'integer | null', '基数年份'),
  f('attribute', '"预期性" | "约束性" | null', '规划给指标的属性'),
  f('document', 'string', '文件编号，见 documents.json'),
  f('region', 'string', '文件所属地区编号'),
  f('clause', 'string', '条款编号，即计划页上的锚点 /plans/<document>/#<clause>'),
  f('quote', 'string', '记录所据原文，逐字摘自该条款'),
  f('source', '"table" | "sentence" | "report" | "reviewed"', '读取方式：指标表、目标句规则、报道和规划回顾的数字规则、人工审读'),
  f('checks', 'array of { id, kind, agrees, stated, computed, unit, records, baselines, note }', '同一文件中与本条互相核对的数字：kind 为 sum（分项之和与合计）、difference（目标减基数与所写新增）、repeat（同一数字两处）；agrees 表示是否一致；records 为所核对的记录，baselines 为其中以指标表基数参与核对的；note 为说明。CSV 中为说明文字，每项一行'),
];

export const indicatorFields: FieldDoc[] = [
  f('id', 'string', '指标编号（ASCII）'),
  f('name', 'string', '中文名'),
  f('nameEn', 'string', '英文名'),
  f('group', '"opening" | "modernisation"', '所属政策领域：教育对外开放、教育现代化'),
  f('terms', 'array of { text, scope }', '在原文中识别该指标的词语，及其所示口径'),
  f('units', 'array of string', '该指标使用的单位'),
  f('note', 'string (optional)', '跨文件比较时须知（单位不同、口径交叉等）'),
];

export const clauseFields: FieldDoc[] = [
  f('document', 'string', '文件编号'),
  f('id', 'string', '条款编号（稳定锚点）'),
  f('label', 'string', '按原文编号写的标签，如 四（二）9'),
  f('kind', 'string', '条款类型：part、section、item、paragraph、row、list-item……'),
  f('parent', 'string | null', '上级条款编号；顶层为 null'),
  f('text', 'string', '条款全文，与原文逐字一致'),
  f('themes', 'array of string', '该条款涉及的主题编号，见 themes.json'),
  f('mentions', 'array of string', 'themes 中本条只是顺带提及的主题（识别词只在所引书名中，或只是“……等”列举中的一例），其余为本条论及的主题'),
];

export const themeFields: FieldDoc[] = [
  f('id', 'string', '主题编号，主题页为 /themes/<id>/'),
  f('name', 'string', '中文名'),
  f('nameEn', 'string', '英文名'),
  f('group', '"opening" | "modernisation"', '所属政策领域'),
  f('description', 'string', '主题说明（中文）'),
  f('descriptionEn', 'string', '主题说明（英文）'),
  f('terms', 'array of string', '识别词：原文含其一即计入该主题'),
  f('exclude', 'array of string', '形近而不计入的词'),
  f('related', 'array of string', '相关主题编号'),
  f('broader', 'array of string', '上位主题编号：涉及本主题的条款也计入上位主题（如鲁班工坊计入境外办学）'),
  f('clauses', 'object: document → array of string', '各文件中涉及该主题的条款编号'),
];

export const documentFields: FieldDoc[] = [
  f('id', 'string', '文件编号'),
  f('title', 'string', '文件全称'),
  f('shortTitle', 'string', '简称'),
  f('titleEn', 'string', '英文译名（非官方）'),
  f('issuers', 'array of { name, nameEn } | null', '发布机关；null 表示不详，或报道没有发布机关'),
  f('authors', 'array of string', '署名作者（报道）'),
  f('docNumber', 'string | null', '文号；null 表示不详，或该类文件没有文号（报道）'),
  f('issued', '{ date, precision, inferredFrom? } | null', '印发日期，precision 为 day 或 month；inferredFrom 说明原文未印日期时如何推断；null 表示不详'),
  f('published', '{ date, precision, inferredFrom? } | null', '发布日期（inferredFrom 同上）；null 表示不详'),
  f('region', 'string', '地区编号'),
  f('level', '"province" | "municipality" | "city" | "district"', '发布政府层级'),
  f('type', 'string', '文件类型：notice-with-plan、five-year-plan、implementation-plan、plan-summary、news-report'),
  f('period', '{ start, end } | null', '规划期；null 表示不详，或不是规划'),
  f('milestones', 'array of integer', '原文写明的目标年份'),
  f('note', 'string', '关于文本的说明'),
  f('excerpt', 'boolean (optional)', 'true 表示文本只是文件的节选；缺省为全文'),
  f('url', 'string | null', '官方发布网址；null 表示未找到'),
  f('receivedAs', 'string', '收到时的文件名'),
  f('titleSupplied', 'true (optional)', '原文未印标题时为 true，title 是本站据发布机关、年份和类型所拟的描述'),
  f('notes', 'array of object', '编辑说明：对原文的每处改动及理由（kind、text、textEn、lines、clauses）'),
  f('rights', '{ status, note, noteEn }', '原文的权利状况：official-document 为国家机关公文（著作权法第五条，不受保护）；copyrighted 为署名报道（著作权属作者和媒体，不在本站数据许可之内）'),
];

export const planClausesFields: FieldDoc[] = [
  f('id', 'string', '文件编号'),
  f('title', 'string', '简称'),
  f('titleEn', 'string', '英文简称'),
  f('region', 'string', '地区名称'),
  f('source', 'object', '引用所需的文件信息（作者、题名、英文译名、文号、日期、类型）；url、accessed 为 null，由页面按读者的网址和日期填写'),
  f('clauses', 'array of { id, label, text, locator, en? }', '每个条款：编号、标签、全文、引文位置（如 第四部分（二）第9条）；en 为本站的非官方英译，仅在译文对应现行中文时给出'),
  f('redirects', 'object: old id → id', '旧版本锚点现在指向的条款'),
];

export const countryFields: FieldDoc[] = [
  f('code', 'string', 'ISO 3166-1 二字母代码'),
  f('numeric', 'string', 'ISO 3166-1 数字代码（地图数据以此对应国家）'),
  f('zh', 'string', '中文名'),
  f('en', 'string', '英文名'),
  f('clauses', 'object: document → array of string', '各文件中点名该国的条款编号'),
];

export const commitmentFields: FieldDoc[] = [
  f('document', 'string', '文件编号'),
  f('clause', 'string', '条款编号（锚点）'),
  f('label', 'string', '条款标签'),
  f('strength', '"binding" | "directive" | "encouraging" | "aspirational" | "none"', '承诺力度，按条款最强的措辞：约束（确保、必须、不得、严禁）、指令（加快、推进、建立）、鼓励（鼓励、支持、引导）、争取（力争、探索、试点）；none：标题、说明、报道、回顾等不作承诺的条款'),
  f('strengthWords', 'array of string', '决定力度的词，照原文'),
  f('hedges', 'array of string', '条款同时使用的较软措辞（鼓励、力争、探索等）'),
  f('noneReason', 'string | null', '不作承诺的理由（英文）；作承诺的条款为 null'),
  f('instrument', '"supply" | "environment" | "demand" | null', '主要政策工具：供给型（经费、师资、学校、平台、课程）、环境型（目标、制度、机制、评价、督导、改革）、需求型（境外交流合作、留学、示范项目、购买服务）；用词最多的一类'),
  f('goal', 'boolean', 'true：条款提出目标、指标、原则或指导思想，政策工具按其位置记为环境型（目标规划），不按用词'),
  f('supplyWords', 'array of string', '条款中的供给型工具词'),
  f('environmentWords', 'array of string', '条款中的环境型工具词'),
  f('demandWords', 'array of string', '条款中的需求型工具词'),
];

export const datedCommitmentFields: FieldDoc[] = [
  f('document', 'string', '文件编号'),
  f('clause', 'string', '条款编号（锚点）'),
  f('year', 'integer', '承诺的年份'),
  f('yearBasis', '"stated" | "context" | "period"', '年份来源：原句写明、同条或同节前文的“到××年”、规划末年'),
  f('state', 'string', '承诺的状态，照原文：全覆盖、零突破、基本实现、全面建成等'),
  f('quote', 'string', '原文短语'),
  f('start', 'integer', '短语在条款文本中的起始位置（字符）'),
];

export const dataFiles: DataFileDoc[] = [
  { path: '/data/targets.json', title: '目标与实际', entry: '一条记录是文件中的一个数字：一个指标的目标或实际值，附原文出处', fields: targetFields },
  { path: '/data/targets.csv', title: '目标与实际（CSV）', entry: '与 targets.json 相同的记录与字段，一行一条；UTF-8（带 BOM），RFC 4180 引号规则，可直接用电子表格打开', fields: targetFields },
  { path: '/data/indicators.json', title: '指标对照表', entry: '一个指标：各文件以不同措辞、单位提出的同一事项', fields: indicatorFields },
  { path: '/data/clauses.json', title: '条款', entry: '一个条款：每份文件的每一条、每一段、每一表行', fields: clauseFields },
  { path: '/data/clauses.csv', title: '条款（CSV）', entry: '与 clauses.json 相同的字段，一行一条；themes 以空格分隔', fields: clauseFields },
  { path: '/data/themes.json', title: '主题', entry: '一个主题及各文件中涉及它的条款', fields: themeFields },
  { path: '/data/themes.csv', title: '主题（CSV）', entry: '与 themes.json 相同的字段，一行一个主题；列表以 | 分隔，clauses 为空格分隔的 文件#条款', fields: themeFields },
  { path: '/data/documents.json', title: '文件', entry: '一份文件的元数据', fields: documentFields },
  { path: '/data/countries.json', title: '伙伴国家', entry: '文件点名的一个国家及点名它的条款', fields: countryFields },
  { path: '/data/commitments.json', title: '承诺力度与政策工具', entry: '一个条款的承诺力度、主要政策工具及判定词（规则判定；与人工判读样本的一致率见 README）', fields: commitmentFields },
  { path: '/data/dated-commitments.json', title: '无数字的定期承诺', entry: '规划承诺到某年达到的状态，不含数字（如“到2022年…全覆盖”“零突破”）', fields: datedCommitmentFields },
];
