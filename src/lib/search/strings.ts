/**
 * Every interface string of the search page, in one place per language: the page draws the
 * static ones at build time, its script writes the rest. The plan text itself is never translated.
 */
export type SearchLang = 'zh' | 'en';

export interface SearchStrings {
  title: string;
  label: string;
  placeholder: string;
  submit: string;
  filters: string;
  filtersDone: string;
  clearFilters: string;
  sort: string;
  sortRelevance: string;
  sortDate: string;
  noScript: string;
  more: string;
  /** The button that fetches a filter's undrawn values: how many there are in all. */
  allValues: (total: number) => string;
  groups: Record<'document' | 'region' | 'level' | 'type' | 'year' | 'theme', string>;
  kind: Record<'exact' | 'alias' | 'loose', string>;
  /** The label of the within-one-plan form on a plan page. */
  withinPlan: string;
  typeSomething: string;
  searching: string;
  countsLoading: string;
  status: (query: string, total: number) => string;
  simplified: (query: string) => string;
  cut: (max: number) => string;
  resolvedTheme: (name: string) => string;
  resolvedDocument: (name: string) => string;
  searchLiterally: (query: string) => string;
  didYouMean: string;
  bestTheme: string;
  bestDocument: string;
  nothing: string;
  withinOne: (plan: string) => string;
}

export const searchStrings: Record<SearchLang, SearchStrings> = {
  zh: {
    title: '搜索',
    label: '在全部文件中搜索条款',
    placeholder: '如：鲁班工坊、引智、友好学校',
    submit: '搜索',
    filters: '筛选',
    filtersDone: '完成',
    clearFilters: '清除筛选',
    sort: '排序',
    sortRelevance: '相关度',
    sortDate: '日期（新到旧）',
    noScript: '搜索需要浏览器启用 JavaScript。不用脚本也可以按主题浏览各地条款，或从文件列表逐份阅读。',
    more: '显示更多结果',
    allValues: (n) => `显示全部 ${n} 项`,
    groups: { document: '文件', region: '地区', level: '层级', type: '类型', year: '年份', theme: '主题' },
    kind: { exact: '精确匹配', alias: '同义词', loose: '部分匹配' },
    withinPlan: '在本文件中搜索',
    typeSomething: '输入词语后搜索。',
    searching: '搜索中……',
    countsLoading: '正在计算各项条数……',
    status: (q, n) => `“${q}”：共 ${n} 条。`,
    simplified: (q) => `已按简体“${q}”搜索。`,
    cut: (max) => `检索词过长，只用了前 ${max} 个字。`,
    resolvedTheme: (name) => `以下为主题 ${name}的结果`,
    resolvedDocument: (name) => `以下为文件 ${name}的条款`,
    searchLiterally: (q) => `仍按“${q}”搜索`,
    didYouMean: '您要找的是不是：',
    bestTheme: '主题：',
    bestDocument: '文件：',
    nothing: '没有找到条款。可以换一个词，或按主题浏览。',
    withinOne: (plan) => `只搜 ${plan}`,
  },
  en: {
    title: 'Search',
    label: 'Search the clauses of every document',
    placeholder: 'e.g. 鲁班工坊, Luban workshop, lbgf',
    submit: 'Search',
    filters: 'Filters',
    filtersDone: 'Done',
    clearFilters: 'Clear filters',
    sort: 'Order',
    sortRelevance: 'Relevance',
    sortDate: 'Date (newest first)',
    noScript: 'Search needs JavaScript. Without it you can browse clauses by theme, or read the documents one by one from the list.',
    more: 'More results',
    allValues: (n) => `Show all ${n}`,
    groups: { document: 'Document', region: 'Region', level: 'Level', type: 'Type', year: 'Year', theme: 'Theme' },
    kind: { exact: 'Exact', alias: 'Synonym', loose: 'Partial' },
    withinPlan: 'Search this document',
    typeSomething: 'Type a word to search.',
    searching: 'Searching…',
    countsLoading: 'Counting…',
    status: (q, n) => `“${q}”: ${n} ${n === 1 ? 'result' : 'results'}.`,
    simplified: (q) => ` Searched as simplified “${q}”.`,
    cut: (max) => ` The query was too long; only its first ${max} characters were used.`,
    resolvedTheme: (name) => `Results for the theme ${name}`,
    resolvedDocument: (name) => `Clauses of the document ${name}`,
    searchLiterally: (q) => `Search for “${q}” as typed`,
    didYouMean: 'Did you mean: ',
    bestTheme: 'Theme: ',
    bestDocument: 'Document: ',
    nothing: 'No clause found. Try another word, or browse by theme.',
    withinOne: (plan) => `Only ${plan}`,
  },
};
