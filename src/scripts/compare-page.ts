/**
 * The compare page: reads the chosen plans from the address, fetches only their data, aligns them
 * with the pipeline's own scorer and shows the comparison.
 */
import { readSelection } from '../lib/compare/selection.ts';
import type { ComparePlan, ComparePlanEnglish } from '../schemas/compare.ts';
import { idFromHash } from '../lib/hash.ts';
import { currentLang, t } from './i18n.ts';

async function fetchJson<T>(url: string, title: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(t(`${title}：数据载入失败（${res.status}）`, `${title}: the data did not load (${res.status})`));
  return (await res.json()) as T;
}

export async function startComparePage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#compare-form')!;
  const status = document.querySelector<HTMLElement>('#compare-status')!;
  const result = document.querySelector<HTMLElement>('#compare-result')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="plans"]')];
  const titles = new Map(boxes.map((b) => [b.value, b.dataset['title'] ?? b.value]));
  const themeNames = new Map(Object.entries(JSON.parse(result.dataset['themes'] ?? '{}') as Record<string, string>));
  const themeNamesZh = new Map(Object.entries(JSON.parse(result.dataset['themesZh'] ?? '{}') as Record<string, string>));
  const lang = currentLang();

  const params = new URLSearchParams(location.search);
  if (!params.has('plans')) return;
  const { plans, messages } = readSelection(params, new Set(titles.keys()), lang);
  for (const b of boxes) b.checked = plans.includes(b.value);
  const say = (extra: string) => {
    status.textContent = [...messages, extra].filter(Boolean).join(' ');
  };
  if (plans.length < 2) {
    say('');
    return;
  }
  say(t(`正在载入 ${plans.length} 份文件……`, `Loading ${plans.length} documents…`));
  let data: ComparePlan[];
  try {
    data = await Promise.all(
      plans.map(async (id) => {
        const file = `/compare/data/${encodeURIComponent(id)}`;
        const title = titles.get(id) ?? id;
        // The English edition fetches the plan's English beside it; the comparison is computed from the Chinese in both.
        if (lang === 'zh') return fetchJson<ComparePlan>(`${file}.json`, title);
        const [plan, english, { withEnglish }] = await Promise.all([fetchJson<ComparePlan>(`${file}.json`, title), fetchJson<ComparePlanEnglish>(`${file}.en.json`, title), import('../lib/compare/english.ts')]);
        return withEnglish(plan, english);
      }),
    );
  } catch (e) {
    say(`${(e as Error).message}`);
    return;
  }
  // The aligner and the renderer load with the plans' data, like the search index: the form alone needs neither.
  const [{ compareView }, { renderComparison }] = await Promise.all([import('../lib/compare/view.ts'), import('../lib/compare/render.ts')]);
  const view = compareView(data);
  result.innerHTML = renderComparison(view, { theme: (id) => themeNames.get(id) ?? id, themeZh: (id) => themeNamesZh.get(id) ?? themeNames.get(id) ?? id }, lang);
  document.title = t(`对读：${data.map((p) => p.title).join(' × ')} · 对读 Duidu`, `Compare: ${data.map((p) => p.title).join(' × ')} · Duidu`);
  say(t(`已对读 ${data.map((p) => `《${p.title}》`).join('、')}。`, `Comparing ${data.map((p) => p.title).join('; ')}.`));
  // The form stays for changing the choice; on a phone it would push the result far down.
  form.querySelector('fieldset')?.closest('form')?.classList.add('has-result');
  if (location.hash) document.getElementById(idFromHash(location.hash))?.scrollIntoView();
}

