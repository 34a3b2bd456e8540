/**
 * A comparison as HTML. Every piece of plan text goes through {@link escapeHtml}: the page inserts
 * this string, so escaping here is what keeps a `<` in a plan from becoming markup.
 */
import { highlight } from '../highlight.ts';
import { planUrl } from '../urls.ts';
import { describeAligned } from '../align/describe.ts';
import type { ClauseCard, CompareView, IndicatorRow, ThemeRow } from './view.ts';
import { instruments } from '../../schemas/commitment-kinds.ts';
import { commitmentLabel, committing, instrumentNames, strengthNames } from '../commitment-names.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface RenderNames {
  /** Theme id → Chinese name. */
  theme: (id: string) => string;
}

const OPEN_ROWS = 3;

function cardId(theme: string, plan: string, clause: string): string {
  return `cmp-${theme}--${plan}--${clause}`;
}

function quote(card: ClauseCard): string {
  const pieces = highlight(card.clause.text, card.marks);
  return pieces.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

function renderCard(card: ClauseCard, theme: string, titleOf: (plan: string) => string, names: RenderNames): string {
  const aligned = card.aligned.length
    ? `<p class="aligned"><span class="aligned-label">对应：</span>${card.aligned
        .map(
          (r) =>
            `<a href="#${escapeHtml(cardId(theme, r.plan, r.clause))}">${escapeHtml(titleOf(r.plan))} ${escapeHtml(r.label)}</a><span class="why">（${escapeHtml(describeAligned(r, names.theme))}）</span>`,
        )
        .join('；')}</p>`
    : '';
  const commitment = card.clause.commitment ? ` <span class="strength s-${card.clause.commitment[0]}">${escapeHtml(commitmentLabel({ strength: card.clause.commitment[0], instrument: card.clause.commitment[1] }))}</span>` : '';
  return `<li class="compare-card${card.aligned.length ? ' has-aligned' : ''}" id="${escapeHtml(cardId(theme, card.plan, card.clause.id))}"><a class="quote-label" href="${escapeHtml(planUrl(card.plan, card.clause.id))}">${escapeHtml(card.clause.label)}</a>${commitment}<blockquote cite="${escapeHtml(planUrl(card.plan, card.clause.id))}"><p>${quote(card)}</p></blockquote>${aligned}</li>`;
}

function renderRow(row: ThemeRow, index: number, view: CompareView, names: RenderNames): string {
  const titleOf = (id: string) => view.plans.find((p) => p.id === id)!.title;
  const present = row.columns.filter((c) => c.cards.length > 0).map((c) => titleOf(c.plan));
  const coverage = row.absent.length === 0 ? `${view.plans.length} 份文件都涉及。` : `仅见于${present.map((t) => `《${escapeHtml(t)}》`).join('、')}；${row.absent.map((p) => `《${escapeHtml(titleOf(p))}》`).join('、')}未涉及。`;
  const pairs = row.columns.reduce((n, c) => n + c.cards.reduce((m, card) => m + card.aligned.length, 0), 0) / 2;
  const cols = row.columns
    .map(
      (c) =>
        `<div class="compare-col"><h4>${escapeHtml(titleOf(c.plan))} <span class="count">${c.cards.length} 条</span></h4>${
          c.cards.length ? `<ol class="quotes">${c.cards.map((card) => renderCard(card, row.theme, titleOf, names)).join('')}</ol>` : '<p class="none">未涉及本主题。</p>'
        }</div>`,
    )
    .join('');
  return `<details class="compare-theme" id="cmp-t-${escapeHtml(row.theme)}"${index < OPEN_ROWS ? ' open' : ''}><summary><h3><span class="theme-name">${escapeHtml(names.theme(row.theme))}</span> <span class="count">${row.total} 条${pairs ? `，对应 ${pairs} 对` : ''}</span></h3></summary><p class="coverage${row.absent.length ? ' partial' : ''}">${coverage} <a href="/themes/${escapeHtml(row.theme)}/">主题页</a></p><div class="compare-cols cols-${row.columns.length}">${cols}</div></details>`;
}

function renderFigures(rows: readonly IndicatorRow[], view: CompareView): string {
  if (!rows.length) return '<p>所选文件没有可比的数字目标或成效。</p>';
  const head = view.plans.map((p) => `<th scope="col">${escapeHtml(p.title)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.name)}</th>${r.byPlan
          .map((b) =>
            b.figures.length
              ? `<td>${b.figures.map((f) => `<a href="${escapeHtml(planUrl(b.plan, f.clause))}" title="${escapeHtml(f.quote)}">${f.year ? `${f.year}年 ` : ''}${escapeHtml(f.figure)}</a>${f.kind === 'target' ? '' : `（${f.kind === 'outcome' ? '成效' : '基数'}）`}`).join('<br>')}</td>`
              : '<td class="none">—</td>',
          )
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="table-scroll" tabindex="0" role="region" aria-label="同一指标对照"><table><thead><tr><th scope="col">指标</th>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The whole comparison, as the HTML inside the page's result region. */
export function renderComparison(view: CompareView, names: RenderNames): string {
  const summary = `<table class="compare-summary"><caption>所选文件</caption><thead><tr><th scope="col">文件</th><th scope="col">地区</th><th scope="col">时间</th><th scope="col">可对读条款</th><th scope="col">涉及主题</th><th scope="col">独有主题</th></tr></thead><tbody>${view.plans
    .map(
      (p) =>
        `<tr><th scope="row"><a href="${escapeHtml(planUrl(p.id))}">${escapeHtml(p.title)}</a></th><td>${escapeHtml(p.regionName)}</td><td>${escapeHtml(p.when)}</td><td>${p.clauses}</td><td>${p.themes}</td><td>${view.counts.onlyIn[p.id] ?? 0}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const commitments = `<table class="compare-commitments"><caption>承诺力度与政策工具（条款数）</caption><thead><tr><th scope="col">文件</th>${committing.map((k) => `<th scope="col">${strengthNames[k].zh}</th>`).join('')}<th scope="col">兼用软性措辞</th>${instruments.map((i) => `<th scope="col">${instrumentNames[i].zh}</th>`).join('')}</tr></thead><tbody>${view.plans
    .map((p) => `<tr><th scope="row">${escapeHtml(p.title)}</th>${committing.map((k) => `<td>${p.commitments.strength[k]}</td>`).join('')}<td>${p.commitments.hedged}</td>${instruments.map((i) => `<td>${p.commitments.instrument[i]}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  const counts = `<p class="compare-counts">共 <strong>${view.counts.themes}</strong> 个主题，其中 <strong>${view.counts.sharedThemes}</strong> 个为所选文件共同涉及；对应条款 <strong>${view.counts.alignedPairs}</strong> 对。</p>`;
  const toc = `<nav class="compare-toc" aria-label="主题"><ol>${view.rows.map((r) => `<li><a href="#cmp-t-${escapeHtml(r.theme)}">${escapeHtml(names.theme(r.theme))}</a> <span class="count">${r.total}</span>${r.absent.length ? ' <span class="partial">部分</span>' : ''}</li>`).join('')}</ol></nav>`;
  const rows = view.rows.map((r, i) => renderRow(r, i, view, names)).join('');
  const titleOf = (id: string) => view.plans.find((p) => p.id === id)!.title;
  const other = view.other.length
    ? `<section class="compare-other" aria-labelledby="cmp-other"><h2 id="cmp-other">其他对应条款</h2><p>以下条款没有共同主题，但用词和所提名称相近。</p><ol class="pairs">${view.other
        .map((p) => `<li class="pair"><ol class="quotes">${renderCard(p.a, 'other', titleOf, names)}${renderCard(p.b, 'other', titleOf, names)}</ol></li>`)
        .join('')}</ol></section>`
    : '';
  return `<section aria-labelledby="cmp-overview"><h2 id="cmp-overview">概览</h2>${summary}${counts}${commitments}</section><section aria-labelledby="cmp-themes"><h2 id="cmp-themes">逐主题对读</h2>${toc}${rows}</section>${other}<section aria-labelledby="cmp-figures"><h2 id="cmp-figures">同一指标的目标与成效</h2>${renderFigures(view.figures, view)}</section>`;
}
