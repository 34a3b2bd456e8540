/**
 * A comparison as HTML, in either edition. Every piece of plan text goes through
 * {@link escapeHtml}: the page inserts this string, so escaping here is what keeps a `<` in a plan
 * from becoming markup. The English edition quotes Duidu's translation where there is one, the
 * Chinese (with its marks) one click away, as theme pages do.
 */
import { highlight } from '../highlight.ts';
import { planUrl } from '../urls.ts';
import { describeAlignedHtml } from '../align/describe.ts';
import { pathIn, type Lang } from '../i18n/lang.ts';
import type { ClauseCard, CompareView, IndicatorRow, ThemeRow } from './view.ts';
import { instruments } from '../../schemas/commitment-kinds.ts';
import { commitmentLabel, committing, instrumentNames, strengthNames } from '../commitment-names.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface RenderNames {
  /** Theme id → name in the page's language. */
  theme: (id: string) => string;
  /** Theme id → Chinese name (shared words are told apart from theme names by it). */
  themeZh?: (id: string) => string;
}

const OPEN_ROWS = 3;

/** The interface strings of the comparison, by edition. */
const words = {
  zh: {
    aligned: '对应：',
    sep: '；',
    count: (n: number) => `${n} 条`,
    countPairs: (n: number, pairs: number) => `${n} 条${pairs ? `，对应 ${pairs} 对` : ''}`,
    all: (n: number) => `${n} 份文件都涉及。`,
    only: (present: string[], absent: string[]) => `仅见于${present.map((t) => `《${t}》`).join('、')}；${absent.map((t) => `《${t}》`).join('、')}未涉及。`,
    themePage: '主题页',
    none: '未涉及本主题。',
    noFigures: '所选文件没有可比的数字目标或成效。',
    indicator: '指标',
    figuresLabel: '同一指标对照',
    quoteTitle: '',
    year: (y: number) => `${y}年 `,
    kind: { outcome: '（成效）', baseline: '（基数）' } as Record<string, string>,
    selected: '所选文件',
    head: ['文件', '地区', '时间', '可对读条款', '涉及主题', '独有主题'],
    commitmentsCaption: '承诺力度与政策工具（条款数）',
    hedged: '兼用软性措辞',
    counts: (themes: number, shared: number, pairs: number) => `共 <strong>${themes}</strong> 个主题，其中 <strong>${shared}</strong> 个为所选文件共同涉及；对应条款 <strong>${pairs}</strong> 对。`,
    themes: '主题',
    partial: '部分',
    other: '其他对应条款',
    otherIntro: '以下条款没有共同主题，但用词和所提名称相近。',
    overview: '概览',
    byTheme: '逐主题对读',
    figures: '同一指标的目标与成效',
  },
  en: {
    aligned: 'Aligned with: ',
    sep: '; ',
    count: (n: number) => `${n} ${n === 1 ? 'clause' : 'clauses'}`,
    countPairs: (n: number, pairs: number) => `${n} ${n === 1 ? 'clause' : 'clauses'}${pairs ? `, ${pairs} aligned ${pairs === 1 ? 'pair' : 'pairs'}` : ''}`,
    all: (n: number) => `All ${n} documents touch it.`,
    only: (present: string[], absent: string[]) => `Only in ${present.map((t) => `<cite>${t}</cite>`).join(', ')}; not in ${absent.map((t) => `<cite>${t}</cite>`).join(', ')}.`,
    themePage: 'Theme page',
    none: 'Does not touch this theme.',
    noFigures: 'The chosen documents have no targets or outcomes of the same indicator.',
    indicator: 'Indicator',
    figuresLabel: 'The same indicator side by side',
    quoteTitle: 'In the Chinese text: ',
    year: (y: number) => `${y}: `,
    kind: { outcome: ' (outcome)', baseline: ' (baseline)' } as Record<string, string>,
    selected: 'Documents chosen',
    head: ['Document', 'Region', 'When', 'Clauses compared', 'Themes', 'Themes only here'],
    commitmentsCaption: 'Commitment strength and policy instruments (clauses)',
    hedged: 'Also hedged',
    counts: (themes: number, shared: number, pairs: number) => `<strong>${themes}</strong> themes, <strong>${shared}</strong> of them in every chosen document; <strong>${pairs}</strong> aligned pairs of clauses.`,
    themes: 'Themes',
    partial: 'partial',
    other: 'Other aligned clauses',
    otherIntro: 'These clauses share no theme, but their wording and the names they use are close.',
    overview: 'Overview',
    byTheme: 'Theme by theme',
    figures: 'Targets and outcomes of the same indicator',
  },
} as const;

function cardId(theme: string, plan: string, clause: string): string {
  return `cmp-${theme}--${plan}--${clause}`;
}

function marked(card: ClauseCard): string {
  const pieces = highlight(card.clause.text, card.marks);
  return pieces.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

/** The clause quoted: in Chinese; in the English edition its English, the Chinese one click away, or the Chinese said to be untranslated. */
function quote(card: ClauseCard, lang: Lang): string {
  const cite = escapeHtml(pathIn(lang, planUrl(card.plan, card.clause.id)));
  if (lang === 'zh') return `<blockquote cite="${cite}"><p>${marked(card)}</p></blockquote>`;
  const zh = `<blockquote lang="zh-CN"><p>${marked(card)}</p></blockquote>`;
  if (card.clause.en === undefined) return `<p class="untranslated">Not yet translated: the Chinese text only.</p><blockquote cite="${cite}" lang="zh-CN"><p>${marked(card)}</p></blockquote>`;
  const stale = card.clause.enStale ? '<span class="stale-note"> (translation of an earlier Chinese text)</span>' : '';
  return `<blockquote cite="${cite}" lang="en"><p>${escapeHtml(card.clause.en)}${stale}</p></blockquote><details class="quote-original"><summary>Chinese original</summary>${zh}</details>`;
}

function renderCard(card: ClauseCard, theme: string, titleOf: (plan: string) => string, names: RenderNames, lang: Lang): string {
  const w = words[lang];
  const themeNames = { zh: names.themeZh ?? names.theme, en: names.theme };
  const aligned = card.aligned.length
    ? `<p class="aligned"><span class="aligned-label">${w.aligned}</span>${card.aligned
        .map((r) => `<a href="#${escapeHtml(cardId(theme, r.plan, r.clause))}">${escapeHtml(titleOf(r.plan))} <span lang="zh-CN">${escapeHtml(r.label)}</span></a><span class="why">${describeAlignedHtml(r, themeNames, lang)}</span>`)
        .join(w.sep)}</p>`
    : '';
  const c = card.clause.commitment;
  const commitment = c ? ` <span class="strength s-${c[0]}">${escapeHtml(commitmentLabel({ strength: c[0], instrument: c[1] }, lang))}</span>` : '';
  return `<li class="compare-card${card.aligned.length ? ' has-aligned' : ''}" id="${escapeHtml(cardId(theme, card.plan, card.clause.id))}"><a class="quote-label" href="${escapeHtml(pathIn(lang, planUrl(card.plan, card.clause.id)))}" lang="zh-CN">${escapeHtml(card.clause.label)}</a>${commitment}${quote(card, lang)}${aligned}</li>`;
}

function renderRow(row: ThemeRow, index: number, view: CompareView, names: RenderNames, lang: Lang): string {
  const w = words[lang];
  const titleOf = (id: string) => view.plans.find((p) => p.id === id)!.title;
  const present = row.columns.filter((c) => c.cards.length > 0).map((c) => escapeHtml(titleOf(c.plan)));
  const coverage = row.absent.length === 0 ? w.all(view.plans.length) : w.only(present, row.absent.map((p) => escapeHtml(titleOf(p))));
  const pairs = row.columns.reduce((n, c) => n + c.cards.reduce((m, card) => m + card.aligned.length, 0), 0) / 2;
  const cols = row.columns
    .map(
      (c) =>
        `<div class="compare-col"><h4>${escapeHtml(titleOf(c.plan))} <span class="count">${w.count(c.cards.length)}</span></h4>${
          c.cards.length ? `<ol class="quotes">${c.cards.map((card) => renderCard(card, row.theme, titleOf, names, lang)).join('')}</ol>` : `<p class="none">${w.none}</p>`
        }</div>`,
    )
    .join('');
  return `<details class="compare-theme" id="cmp-t-${escapeHtml(row.theme)}"${index < OPEN_ROWS ? ' open' : ''}><summary><h3><span class="theme-name">${escapeHtml(names.theme(row.theme))}</span> <span class="count">${w.countPairs(row.total, pairs)}</span></h3></summary><p class="coverage${row.absent.length ? ' partial' : ''}">${coverage} <a href="${escapeHtml(pathIn(lang, `/themes/${row.theme}/`))}">${w.themePage}</a></p><div class="compare-cols cols-${row.columns.length}">${cols}</div></details>`;
}

function renderFigures(rows: readonly IndicatorRow[], view: CompareView, lang: Lang): string {
  const w = words[lang];
  if (!rows.length) return `<p>${w.noFigures}</p>`;
  const head = view.plans.map((p) => `<th scope="col">${escapeHtml(p.title)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.name)}</th>${r.byPlan
          .map((b) =>
            b.figures.length
              ? `<td>${b.figures.map((f) => `<a href="${escapeHtml(pathIn(lang, planUrl(b.plan, f.clause)))}" title="${w.quoteTitle}${escapeHtml(f.quote)}">${f.year ? w.year(f.year) : ''}${escapeHtml(f.figure)}</a>${w.kind[f.kind] ?? ''}`).join('<br>')}</td>`
              : '<td class="none">—</td>',
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="table-scroll" tabindex="0" role="region" aria-label="${w.figuresLabel}"><table><thead><tr><th scope="col">${w.indicator}</th>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The whole comparison, as the HTML inside the page's result region. */
export function renderComparison(view: CompareView, names: RenderNames, lang: Lang = 'zh'): string {
  const w = words[lang];
  // Both tables scroll in their own box on a phone: English headings do not wrap the way Chinese ones do.
  const summary = `<div class="table-scroll" tabindex="0" role="region" aria-label="${w.selected}"><table class="compare-summary"><caption>${w.selected}</caption><thead><tr>${w.head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${view.plans
    .map(
      (p) =>
        `<tr><th scope="row"><a href="${escapeHtml(pathIn(lang, planUrl(p.id)))}">${escapeHtml(p.title)}</a></th><td>${escapeHtml(p.regionName)}</td><td>${escapeHtml(p.when)}</td><td>${p.clauses}</td><td>${p.themes}</td><td>${view.counts.onlyIn[p.id] ?? 0}</td></tr>`,
    )
    .join('')}</tbody></table></div>`;
  const commitments = `<div class="table-scroll" tabindex="0" role="region" aria-label="${w.commitmentsCaption}"><table class="compare-commitments"><caption>${w.commitmentsCaption}</caption><thead><tr><th scope="col">${w.head[0]}</th>${committing.map((k) => `<th scope="col">${strengthNames[k][lang]}</th>`).join('')}<th scope="col">${w.hedged}</th>${instruments.map((i) => `<th scope="col">${instrumentNames[i][lang]}</th>`).join('')}</tr></thead><tbody>${view.plans
    .map((p) => `<tr><th scope="row">${escapeHtml(p.title)}</th>${committing.map((k) => `<td>${p.commitments.strength[k]}</td>`).join('')}<td>${p.commitments.hedged}</td>${instruments.map((i) => `<td>${p.commitments.instrument[i]}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
  const counts = `<p class="compare-counts">${w.counts(view.counts.themes, view.counts.sharedThemes, view.counts.alignedPairs)}</p>`;
  const toc = `<nav class="compare-toc" aria-label="${w.themes}"><ol>${view.rows.map((r) => `<li><a href="#cmp-t-${escapeHtml(r.theme)}">${escapeHtml(names.theme(r.theme))}</a> <span class="count">${r.total}</span>${r.absent.length ? ` <span class="partial">${w.partial}</span>` : ''}</li>`).join('')}</ol></nav>`;
  const rows = view.rows.map((r, i) => renderRow(r, i, view, names, lang)).join('');
  const titleOf = (id: string) => view.plans.find((p) => p.id === id)!.title;
  const other = view.other.length
    ? `<section class="compare-other" aria-labelledby="cmp-other"><h2 id="cmp-other">${w.other}</h2><p>${w.otherIntro}</p><ol class="pairs">${view.other
        .map((p) => `<li class="pair"><ol class="quotes">${renderCard(p.a, 'other', titleOf, names, lang)}${renderCard(p.b, 'other', titleOf, names, lang)}</ol></li>`)
        .join('')}</ol></section>`
    : '';
  return `<section aria-labelledby="cmp-overview"><h2 id="cmp-overview">${w.overview}</h2>${summary}${counts}${commitments}</section><section aria-labelledby="cmp-themes"><h2 id="cmp-themes">${w.byTheme}</h2>${toc}${rows}</section>${other}<section aria-labelledby="cmp-figures"><h2 id="cmp-figures">${w.figures}</h2>${renderFigures(view.figures, view, lang)}</section>`;
}
