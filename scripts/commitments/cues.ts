/**
 * The words that decide a clause's commitment strength and policy instruments. Pure data and
 * one finder. Words are matched on folded text (src/lib/text/fold.ts), so 確保 counts as 确保.
 */
import type { Cue, Instrument, Strength } from '../../src/schemas/commitment.ts';
import { toSourceSpan } from '../../src/lib/text/fold.ts';
import { foldForMatchingWithOffsets } from '../../src/lib/text/simplify.ts';

export type Level = Exclude<Strength, 'none'>;

/** Strength words, strongest level first. A longer word wins where two overlap (不得不 is not 不得). */
export const STRENGTH_WORDS: Record<Level, readonly string[]> = {
  binding: ['确保', '必须', '不得', '严禁', '禁止', '务必', '一律', '严格', '坚决', '切实保证', '切实保障'],
  directive: [
    '加快', '推进', '推动', '建立', '健全', '完善', '实施', '加强', '深化', '落实', '构建', '打造', '建设', '建成', '提升',
    '提高', '扩大', '优化', '发展', '开展', '培育', '实行', '推行', '坚持', '强化', '规范', '整合', '创新', '形成', '实现',
    '设立', '制定', '增强', '促进', '组织', '贯彻', '办好', '开齐', '做好', '配齐', '保障', '新增', '新建', '升级', '普及', '消除', '覆盖', '要', '应',
  ],
  encouraging: ['鼓励', '支持', '引导', '倡导', '欢迎', '激励'],
  aspirational: ['力争', '争取', '探索', '试点', '尝试', '逐步', '稳步', '研究制定', '适时'],
};

/**
 * Words not to read as cues: 要 in 重要/主要/需要, 应 in 适应/相应/供应, 发展 in 发展基础 …; 校外培训 and
 * 培训机构 name the tutoring trade a plan governs, not training it provides; 专业学位 and 学术学位
 * are kinds of degree, not school places (学位).
 */
const NOT_CUES = ['重要', '主要', '需要', '要求', '要素', '纲要', '适应', '相应', '供应', '效应', '对应', '反应', '应用', '响应', '发展基础', '应当指出', '创新能力', '建设者', '组织员', '党组织', '组织体系', '社会组织', '国际组织', '组织部', '中心城区', '城市中心', '管理人员', '校外培训', '培训机构', '专业学位', '学术学位', '教育系统'];

/**
 * Instrument words. Goals and targets are an environment instrument (目标规划) by their place, not
 * their words: see `code-clause.ts`. Words for who or where a measure is for (外籍, 国际学生, 港澳,
 * 海外, 一带一路, 来华) are not here: a school for foreign residents' children is supply, a rule for
 * them environment; they only make exchange and cooperation cross-border (`instrument.ts`).
 */
export const INSTRUMENT_WORDS: Record<Instrument, readonly string[]> = {
  supply: [
    '经费', '资金', '投入', '拨款', '奖学金', '助学金', '资助', '补助', '补贴', '专款', '师资', '教师队伍', '培训', '研修', '进修',
    '培养', '引进', '引育', '人才', '名师', '工作室', '团队', '新建', '学校建设', '校区', '学位', '基地', '平台', '中心', '实验室',
    '课程', '教材', '资源', '信息化', '数字', '数据', '网络', '智慧', '系统', '设施', '场地', '条件', '供给', '服务体系', '智库',
    '学院', '幼儿园', '项目建设', '科技园', '招生规模', '计划', '工程', '子女学校', '国际学校', '外国语学校', '国际部', '办学机构', '学位点',
  ],
  environment: [
    '目标', '规划', '制度', '机制', '体制', '标准', '规范', '办法', '政策', '法规', '法治', '条例', '评价', '考核', '督导', '督学',
    '监督', '监管', '监测', '评估', '认证', '认定', '准入', '管理', '领导', '统筹', '协调', '宣传', '舆论', '氛围', '改革', '责任',
    '治理', '审查', '检查', '问责', '待遇', '职称', '格局', '体系', '金融', '税收', '权益', '安全', '架构',
  ],
  demand: [
    '交流合作', '合作交流', '政府购买', '购买服务', '采购', '外包', '交流', '合作', '互访', '姊妹学校', '友好学校', '友校', '留学',
    '出国', '境外办学', '走出去', '鲁班工坊', '示范', '样板', '标杆', '窗口学校', '品牌',
    '联盟', '友城', '孔子', '引智', '中外', '国际赛事', '国际会议', '国际性赛事', '国际性学术会议',
  ],
};

export interface FoundCue extends Cue {
  key: string;
}

/** Occurrences of the words in `text`, longest first where they overlap, in text order; none inside an excluded word. */
export function findWords(text: string, words: Readonly<Record<string, readonly string[]>>): FoundCue[] {
  const folded = foldForMatchingWithOffsets(text);
  const blocked: [number, number][] = [];
  for (const w of NOT_CUES) for (let i = folded.text.indexOf(w); i !== -1; i = folded.text.indexOf(w, i + 1)) blocked.push([i, i + w.length]);
  const all: FoundCue[] = [];
  for (const [key, list] of Object.entries(words)) {
    for (const w of list) {
      for (let i = folded.text.indexOf(w); i !== -1; i = folded.text.indexOf(w, i + 1)) {
        const end = i + w.length;
        // A cue inside an excluded word is that word, unless the cue is the longer one (党组织 blocks 组织, not 党组织领导).
        if (blocked.some(([s, e]) => s <= i && end <= e && e - s > w.length)) continue;
        const [start, stop] = toSourceSpan(folded, i, end);
        all.push({ key, word: text.slice(start, stop), start, end: stop });
      }
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FoundCue[] = [];
  for (const c of all) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
