/**
 * What each open data file holds, field by field, for the /data/ page. data-fields.test.ts checks
 * that every field of each schema is documented here and nothing else is, so the page cannot drift.
 */
export interface FieldDoc {
  field: string;
  type: string;
  meaning: string;
  /** The meaning in English, for the English edition of /data/. */
  meaningEn: string;
}

export interface DataFileDoc {
  /** URL path of the file. */
  path: string;
  title: string;
  titleEn: string;
  /** What one entry is. */
  entry: string;
  entryEn: string;
  fields: FieldDoc[];
}

const f = (field: string, type: string, meaning: string, meaningEn: string): FieldDoc => ({ field, type, meaning, meaningEn });

export const targetFields: FieldDoc[] = [
  f('id', 'string', '记录编号：文件/条款/指标，同一条款同一指标多次出现时加 -2、-3', 'Record id: document/clause/indicator, with -2, -3 where one clause states the same indicator again'),
  f('indicator', 'string', '指标编号（ASCII），跨文件统一，见 indicators.json；unassigned 表示链接表中没有对应指标（照录原文，不与其他文件相连）', 'Indicator id (ASCII), the same across documents, see indicators.json; unassigned: no indicator in the link table (quoted as printed, not linked to other documents)'),
  f('indicatorName', 'string', '指标中文名（统一名称）；未归入指标的记为“未归入指标”', 'The indicator’s Chinese name (the common name); 未归入指标 for a record not assigned to an indicator'),
  f('scope', 'string | null', '文件所写的较窄口径（如“市属高校”“国际及港澳台”）；null 表示指标全体', 'A narrower scope the document states (such as 市属高校, municipal universities, or 国际及港澳台, international and Hong Kong, Macao and Taiwan); null: the whole indicator'),
  f('kind', '"target" | "outcome" | "baseline"', 'target：规划提出的目标；outcome：报道所述已达到的实际；baseline：规划回顾（发展基础）所写的起点', 'target: a target a plan sets; outcome: what a report says was reached; baseline: the starting point a plan’s review (foundations for development) gives'),
  f('comparison', '"at-least" | "at-most" | "about" | "exact" | "range"', '数值的约束方式：不少于、不超过、约、恰为、区间（如 2-3）', 'How the figure binds: at least, at most, about, exactly, a range (such as 2–3)'),
  f('value', 'number | null', '原文数值；区间为 null', 'The figure as printed; null for a range'),
  f('min', 'number | null', '下限（不少于、区间、恰为、约）；无下限为 null', 'Lower bound (at least, range, exact, about); null where there is none'),
  f('max', 'number | null', '上限（不超过、区间、恰为、约）；无上限为 null', 'Upper bound (at most, range, exact, about); null where there is none'),
  f('unit', 'string', '原文单位：个、所、名、%、万人、对、项……', 'The unit as printed: 个, 所 (institutions), 名 (people), %, 万人 (10,000 people), 对 (pairs), 项 (items) …'),
  f('measure', '"level" | "increase" | "annual" | "standing"', 'level：到期达到的总量；increase：期内新增；annual：每年；standing：每天或每名学生都须达到的常设标准，不是到期目标', 'level: the total to reach by the year; increase: added within the period; annual: each year; standing: a standard every day or every student must meet, not a target for a year'),
  f('year', 'integer', '目标年份（到期年）；实际值为原句所写年份或报道年份；基数为其所处年份', 'Target year; for an outcome, the year the sentence states or the year of the report; for a baseline, its year'),
  f('yearBasis', '"stated" | "context" | "period" | "table" | "reported" | "before-period" | "in-force"', '年份来源：原句写明、同节前文（“到××年”或所回顾的“十三五”期间）、规划末年、指标表表头、报道年份、规划起始前一年、常设标准自规划起始年施行', 'Where the year comes from: stated in the sentence, earlier in the section (a 到××年, by year X, or the 13th Five-Year Plan period reviewed), the plan’s last year, the indicator table’s header, the year of the report, the year before the plan starts, or a standing standard in force from the plan’s first year'),
  f('baseline', 'number | null', '基数（如指标表 2020 年一栏）', 'The baseline (such as the 2020 column of an indicator table)'),
  f('baselineYear', 'integer | null', '基数年份', 'The baseline’s year'),
  f('attribute', '"预期性" | "约束性" | null', '规划给指标的属性', 'The attribute the plan gives the indicator: 预期性 anticipatory, 约束性 binding'),
  f('document', 'string', '文件编号，见 documents.json', 'Document id, see documents.json'),
  f('region', 'string', '文件所属地区编号', 'Region id of the document'),
  f('clause', 'string', '条款编号，即计划页上的锚点 /plans/<document>/#<clause>', 'Clause id: the anchor on the plan page, /plans/<document>/#<clause>'),
  f('quote', 'string', '记录所据原文，逐字摘自该条款', 'The text the record rests on, verbatim from the clause'),
  f('source', '"table" | "sentence" | "report" | "reviewed"', '读取方式：指标表、目标句规则、报道和规划回顾的数字规则、人工审读', 'How it was read: indicator table, target-sentence rules, rules for figures in reports and plans’ reviews, or by an editor'),
  f('checks', 'array of { id, kind, agrees, stated, computed, unit, records, baselines, note }', '同一文件中与本条互相核对的数字：kind 为 sum（分项之和与合计）、difference（目标减基数与所写新增）、repeat（同一数字两处）；agrees 表示是否一致；records 为所核对的记录，baselines 为其中以指标表基数参与核对的；note 为说明。CSV 中为说明文字，每项一行', 'Figures of the same document checked against this one: kind sum (parts against their total), difference (target less baseline against the stated increase), repeat (one figure in two places); agrees says whether they agree; records are the records checked, baselines those that take part by their indicator-table baseline; note explains (in Chinese). In the CSV, the notes, one a line'),
];

export const indicatorFields: FieldDoc[] = [
  f('id', 'string', '指标编号（ASCII）', 'Indicator id (ASCII)'),
  f('name', 'string', '中文名', 'Chinese name'),
  f('nameEn', 'string', '英文名', 'English name'),
  f('group', '"opening" | "modernisation"', '所属政策领域：教育对外开放、教育现代化', 'Policy area: opening up education to the world, education modernisation'),
  f('terms', 'array of { text, scope }', '在原文中识别该指标的词语，及其所示口径', 'Words that identify the indicator in the text, and the scope each implies'),
  f('units', 'array of string', '该指标使用的单位', 'Units the indicator is counted in'),
  f('note', 'string (optional)', '跨文件比较时须知（单位不同、口径交叉等）', 'What to know before comparing across documents (different units, overlapping scopes …)'),
];

export const clauseFields: FieldDoc[] = [
  f('document', 'string', '文件编号', 'Document id'),
  f('id', 'string', '条款编号（稳定锚点）', 'Clause id (a stable anchor)'),
  f('label', 'string', '按原文编号写的标签，如 四（二）9', 'Label after the document’s own numbering, such as 四（二）9'),
  f('kind', 'string', '条款类型：part、section、item、paragraph、row、list-item……', 'Clause kind: part, section, item, paragraph, row, list-item …'),
  f('parent', 'string | null', '上级条款编号；顶层为 null', 'Id of the clause above; null at the top'),
  f('text', 'string', '条款全文，与原文逐字一致', 'The whole clause, character for character as printed'),
  f('themes', 'array of string', '该条款涉及的主题编号，见 themes.json', 'Ids of the themes the clause is on, see themes.json'),
  f('mentions', 'array of string', 'themes 中本条只是顺带提及的主题（识别词只在所引书名中，或只是“……等”列举中的一例），其余为本条论及的主题', 'The themes in themes that the clause only mentions in passing (the term only inside a cited title, or one example in a list closed by 等); the rest it is about'),
];

export const themeFields: FieldDoc[] = [
  f('id', 'string', '主题编号，主题页为 /themes/<id>/', 'Theme id; the theme page is /themes/<id>/'),
  f('name', 'string', '中文名', 'Chinese name'),
  f('nameEn', 'string', '英文名', 'English name'),
  f('group', '"opening" | "modernisation"', '所属政策领域', 'Policy area'),
  f('description', 'string', '主题说明（中文）', 'What the theme covers (Chinese)'),
  f('descriptionEn', 'string', '主题说明（英文）', 'What the theme covers (English)'),
  f('terms', 'array of string', '识别词：原文含其一即计入该主题', 'Terms: a clause containing any of them counts for the theme'),
  f('exclude', 'array of string', '形近而不计入的词', 'Look-alike words that do not count'),
  f('related', 'array of string', '相关主题编号', 'Ids of related themes'),
  f('broader', 'array of string', '上位主题编号：涉及本主题的条款也计入上位主题（如鲁班工坊计入境外办学）', 'Ids of broader themes: a clause on this theme counts for them too (a Luban Workshop counts as offshore education)'),
  f('clauses', 'object: document → array of string', '各文件中涉及该主题的条款编号', 'Ids of the clauses on the theme, by document'),
];

export const documentFields: FieldDoc[] = [
  f('id', 'string', '文件编号', 'Document id'),
  f('title', 'string', '文件全称', 'Full title'),
  f('shortTitle', 'string', '简称', 'Short title'),
  f('titleEn', 'string', '英文译名（非官方）', 'English title (unofficial)'),
  f('issuers', 'array of { name, nameEn } | null', '发布机关；null 表示不详，或报道没有发布机关', 'Issuing bodies; null when unknown, or for a report, which has none'),
  f('authors', 'array of string', '署名作者（报道）', 'Named authors (reports)'),
  f('docNumber', 'string | null', '文号；null 表示不详，或该类文件没有文号（报道）', 'Document number (文号); null when unknown, or for documents that have none (reports)'),
  f('issued', '{ date, precision, inferredFrom? } | null', '印发日期，precision 为 day 或 month；inferredFrom 说明原文未印日期时如何推断；null 表示不详', 'Date issued, precision day or month; inferredFrom says how a date not printed was inferred; null when unknown'),
  f('published', '{ date, precision, inferredFrom? } | null', '发布日期（inferredFrom 同上）；null 表示不详', 'Date published (inferredFrom as above); null when unknown'),
  f('region', 'string', '地区编号', 'Region id'),
  f('level', '"province" | "municipality" | "city" | "district"', '发布政府层级', 'Level of the issuing government'),
  f('type', 'string', '文件类型：notice-with-plan、five-year-plan、implementation-plan、plan-summary、news-report', 'Document type: notice-with-plan, five-year-plan, implementation-plan, plan-summary, news-report'),
  f('period', '{ start, end } | null', '规划期；null 表示不详，或不是规划', 'Plan period; null when unknown, or when the document is not a plan'),
  f('milestones', 'array of integer', '原文写明的目标年份', 'Target years the text states'),
  f('note', 'string', '关于文本的说明', 'A note on the text'),
  f('excerpt', 'boolean (optional)', 'true 表示文本只是文件的节选；缺省为全文', 'true when the text is an excerpt of the document; the whole text when absent'),
  f('url', 'string | null', '官方发布网址；null 表示未找到', 'Official address of publication; null when none was found'),
  f('receivedAs', 'string', '收到时的文件名', 'File name as received'),
  f('titleSupplied', 'true (optional)', '原文未印标题时为 true，title 是本站据发布机关、年份和类型所拟的描述', 'true when no title is printed: title is then a description Duidu wrote from the issuer, year and type'),
  f('notes', 'array of object', '编辑说明：对原文的每处改动及理由（kind、text、textEn、lines、clauses）', 'Editorial notes: each change to the text and why (kind, text, textEn, lines, clauses)'),
  f('rights', '{ status, note, noteEn }', '原文的权利状况：official-document 为国家机关公文（著作权法第五条，不受保护）；copyrighted 为署名报道（著作权属作者和媒体，不在本站数据许可之内）', 'Rights in the text: official-document, an official document of a state body (Copyright Law article 5, not protected); copyrighted, a signed report (copyright of the authors and the paper, outside the data licence)'),
];

export const planClausesFields: FieldDoc[] = [
  f('id', 'string', '文件编号', 'Document id'),
  f('title', 'string', '简称', 'Short title'),
  f('titleEn', 'string', '英文简称', 'Short title in English'),
  f('region', 'string', '地区名称', 'Region name'),
  f('source', 'object', '引用所需的文件信息（作者、题名、英文译名、文号、日期、类型）；url、accessed 为 null，由页面按读者的网址和日期填写', 'What a citation needs of the document (authors, title, English title, document number, date, type); url and accessed are null, for the page to fill with the reader’s address and date'),
  f('clauses', 'array of { id, label, text, locator, en? }', '每个条款：编号、标签、全文、引文位置（如 第四部分（二）第9条）；en 为本站的非官方英译，仅在译文对应现行中文时给出', 'Each clause: id, label, full text, place for citations (such as 第四部分（二）第9条); en is Duidu’s unofficial English, given only where the translation is of the current Chinese'),
  f('redirects', 'object: old id → id', '旧版本锚点现在指向的条款', 'Anchors of earlier releases and the clauses they now lead to'),
];

export const countryFields: FieldDoc[] = [
  f('code', 'string', 'ISO 3166-1 二字母代码', 'ISO 3166-1 alpha-2 code'),
  f('numeric', 'string', 'ISO 3166-1 数字代码（地图数据以此对应国家）', 'ISO 3166-1 numeric code (the map’s data match countries by it)'),
  f('zh', 'string', '中文名', 'Chinese name'),
  f('en', 'string', '英文名', 'English name'),
  f('clauses', 'object: document → array of string', '各文件中点名该国的条款编号', 'Ids of the clauses naming the country, by document'),
];

export const commitmentFields: FieldDoc[] = [
  f('document', 'string', '文件编号', 'Document id'),
  f('clause', 'string', '条款编号（锚点）', 'Clause id (anchor)'),
  f('label', 'string', '条款标签', 'Clause label'),
  f('strength', '"binding" | "directive" | "encouraging" | "aspirational" | "none"', '承诺力度，按条款最强的措辞：约束（确保、必须、不得、严禁）、指令（加快、推进、建立）、鼓励（鼓励、支持、引导）、争取（力争、探索、试点）；none：标题、说明、报道、回顾等不作承诺的条款', 'Commitment strength, by the clause’s strongest wording: binding (确保, 必须, 不得, 严禁), directive (加快, 推进, 建立), encouraging (鼓励, 支持, 引导), aspirational (力争, 探索, 试点); none: headings, notes, reports, reviews and other clauses that commit nothing'),
  f('strengthWords', 'array of string', '决定力度的词，照原文', 'The words that set the strength, as printed'),
  f('hedges', 'array of string', '条款同时使用的较软措辞（鼓励、力争、探索等）', 'Softer words the clause also uses (鼓励, 力争, 探索 …)'),
  f('noneReason', 'string | null', '不作承诺的理由（英文）；作承诺的条款为 null', 'Why the clause commits nothing (English); null for a committing clause'),
  f('instrument', '"supply" | "environment" | "demand" | null', '主要政策工具：供给型（经费、师资、学校、平台、课程）、环境型（目标、制度、机制、评价、督导、改革）、需求型（境外交流合作、留学、示范项目、购买服务）；用词最多的一类', 'Main policy instrument: supply (funds, teachers, schools, platforms, courses), environment (goals, systems, mechanisms, evaluation, inspection, reform), demand (exchange and cooperation abroad, study abroad, pilot projects, purchased services); the kind with the most words'),
  f('goal', 'boolean', 'true：条款提出目标、指标、原则或指导思想，政策工具按其位置记为环境型（目标规划），不按用词', 'true: the clause sets goals, indicators, principles or guiding ideas, and its instrument is environment (goal planning) by its place, not by its words'),
  f('supplyWords', 'array of string', '条款中的供给型工具词', 'Supply-instrument words in the clause'),
  f('environmentWords', 'array of string', '条款中的环境型工具词', 'Environment-instrument words in the clause'),
  f('demandWords', 'array of string', '条款中的需求型工具词', 'Demand-instrument words in the clause'),
];

export const datedCommitmentFields: FieldDoc[] = [
  f('document', 'string', '文件编号', 'Document id'),
  f('clause', 'string', '条款编号（锚点）', 'Clause id (anchor)'),
  f('year', 'integer', '承诺的年份', 'Year of the commitment'),
  f('yearBasis', '"stated" | "context" | "period"', '年份来源：原句写明、同条或同节前文的“到××年”、规划末年', 'Where the year comes from: stated in the sentence, a 到××年 (by year X) earlier in the clause or section, or the plan’s last year'),
  f('state', 'string', '承诺的状态，照原文：全覆盖、零突破、基本实现、全面建成等', 'The state committed to, as printed: 全覆盖 (full coverage), 零突破 (a first), 基本实现 (basically achieved), 全面建成 (fully built) …'),
  f('quote', 'string', '原文短语', 'The phrase as printed'),
  f('start', 'integer', '短语在条款文本中的起始位置（字符）', 'Where the phrase starts in the clause text (characters)'),
];

export const dataFiles: DataFileDoc[] = [
  { path: '/data/targets.json', title: '目标与实际', titleEn: 'Targets and outcomes', entry: '一条记录是文件中的一个数字：一个指标的目标或实际值，附原文出处', entryEn: 'One record is one figure of a document: a target or an outcome of an indicator, with the text it comes from', fields: targetFields },
  { path: '/data/targets.csv', title: '目标与实际（CSV）', titleEn: 'Targets and outcomes (CSV)', entry: '与 targets.json 相同的记录与字段，一行一条；UTF-8（带 BOM），RFC 4180 引号规则，可直接用电子表格打开', entryEn: 'The same records and fields as targets.json, one a row; UTF-8 with a BOM and RFC 4180 quoting, so spreadsheets open it as it is', fields: targetFields },
  { path: '/data/indicators.json', title: '指标对照表', titleEn: 'Indicators', entry: '一个指标：各文件以不同措辞、单位提出的同一事项', entryEn: 'One indicator: the same thing, worded and counted differently by different documents', fields: indicatorFields },
  { path: '/data/clauses.json', title: '条款', titleEn: 'Clauses', entry: '一个条款：每份文件的每一条、每一段、每一表行', entryEn: 'One clause: every article, paragraph and table row of every document', fields: clauseFields },
  { path: '/data/clauses.csv', title: '条款（CSV）', titleEn: 'Clauses (CSV)', entry: '与 clauses.json 相同的字段，一行一条；themes 以空格分隔', entryEn: 'The same fields as clauses.json, one clause a row; themes separated by spaces', fields: clauseFields },
  { path: '/data/themes.json', title: '主题', titleEn: 'Themes', entry: '一个主题及各文件中涉及它的条款', entryEn: 'One theme and the clauses on it in each document', fields: themeFields },
  { path: '/data/themes.csv', title: '主题（CSV）', titleEn: 'Themes (CSV)', entry: '与 themes.json 相同的字段，一行一个主题；列表以 | 分隔，clauses 为空格分隔的 文件#条款', entryEn: 'The same fields as themes.json, one theme a row; lists separated by |, clauses as document#clause separated by spaces', fields: themeFields },
  { path: '/data/documents.json', title: '文件', titleEn: 'Documents', entry: '一份文件的元数据', entryEn: 'One document’s metadata', fields: documentFields },
  { path: '/data/countries.json', title: '伙伴国家', titleEn: 'Partner countries', entry: '文件点名的一个国家及点名它的条款', entryEn: 'One country a document names, and the clauses naming it', fields: countryFields },
  { path: '/data/commitments.json', title: '承诺力度与政策工具', titleEn: 'Commitment strength and policy instruments', entry: '一个条款的承诺力度、主要政策工具及判定词（规则判定；与人工判读样本的一致率见 README）', entryEn: 'One clause’s commitment strength, main policy instrument and the words that decided them (by rule; agreement with a hand-coded sample is in the README)', fields: commitmentFields },
  { path: '/data/dated-commitments.json', title: '无数字的定期承诺', titleEn: 'Dated commitments without figures', entry: '规划承诺到某年达到的状态，不含数字（如“到2022年…全覆盖”“零突破”）', entryEn: 'A state a plan commits to reach by a year, with no figure (such as 到2022年…全覆盖, full coverage by 2022, or 零突破, a first)', fields: datedCommitmentFields },
];
