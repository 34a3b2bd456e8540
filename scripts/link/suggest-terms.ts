import type { Theme } from '../../src/schemas/theme.ts';

export interface TermCandidate {
  term: string;
  regions: string[];
  documents: number;
  count: number;
}

export interface SuggestInput {
  document: string;
  region: string;
  texts: readonly string[];
}

/** Policy verbs and framing words: they recur everywhere and name no theme. */
const GENERIC = new Set(
  '推进 推动 加强 加快 加大 提升 提高 完善 健全 建立 建设 实施 开展 深化 促进 支持 鼓励 强化 落实 构建 打造 发挥 扩大 优化 培育 探索 创新 全面 进一步 积极 持续 不断 坚持 深入 着力 切实 大力 有效 重点 重要 相关 各类 各级 有条件 形成 体系 机制 制度 工作 水平 能力 质量 发展 服务 教育 学校 我市 全市 全区 我区 新时代 高质量 现代化 国际化'.split(' '),
);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Chinese words of a text, as the runtime's dictionary segments them. */
function words(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Candidate theme terms: runs of one to three words (3–8 characters, no policy verbs or framing
 * words) that recur in the plans of two or more regions and that no theme covers (neither inside
 * a theme term nor containing one). Only maximal runs are kept: a candidate inside a longer one
 * with the same count is dropped.
 */
export function suggestTerms(docs: readonly SuggestInput[], themes: readonly Theme[], minLength = 3, maxLength = 8): TermCandidate[] {
  const seen = new Map<string, { regions: Set<string>; documents: Set<string>; count: number }>();
  for (const d of docs) {
    for (const text of d.texts) {
      const ws = words(text);
      for (let i = 0; i < ws.length; i++) {
        let term = '';
        for (let n = 0; n < 3 && i + n < ws.length; n++) {
          const w = ws[i + n]!;
          if (!/^\p{Script=Han}+$/u.test(w) || GENERIC.has(w) || w.length < 2) break;
          term += w;
          if (term.length < minLength || term.length > maxLength) continue;
          const entry = seen.get(term) ?? { regions: new Set(), documents: new Set(), count: 0 };
          entry.regions.add(d.region);
          entry.documents.add(d.document);
          entry.count++;
          seen.set(term, entry);
        }
      }
    }
  }
  const covered = themes.flatMap((t) => t.terms);
  const shared = [...seen].filter(([term, e]) => e.regions.size >= 2 && !covered.some((c) => c.includes(term) || term.includes(c)));
  const counts = new Map(shared.map(([t, e]) => [t, e.count]));
  return shared
    .filter(([term, e]) => ![...counts].some(([other, c]) => other.length > term.length && other.includes(term) && c === e.count))
    .map(([term, e]) => ({ term, regions: [...e.regions].sort(), documents: e.documents.size, count: e.count }))
    .sort((a, b) => b.regions.length - a.regions.length || b.documents - a.documents || b.count - a.count || a.term.localeCompare(b.term));
}
