import type { FilterGroup } from '../lib/search/filter-options.ts';
import { valueText } from '../lib/search/value-text.ts';
import { titleShardOf, titleShardUrl } from '../lib/search/title-shards.ts';

/*
 * What the search page fetches instead of drawing: the values of a long filter past the first few
 * (./search-page.ts asks for them when a reader does, or when the address chooses one), and the
 * titles of documents its 文件 filter does not show, for the results that come from them.
 */

const english = () => document.documentElement.lang.startsWith('en');

/** One filter value as the page draws it at build time (SearchView.astro), so both look and work alike. */
function valueLabel(filter: string, v: FilterGroup['values'][number]): HTMLLabelElement {
  const label = document.createElement('label');
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'f', value: `${filter}:${v.value}` });
  box.setAttribute('form', 'search-form');
  box.dataset['filter'] = filter;
  box.dataset['value'] = v.value;
  const name = document.createElement('span');
  name.className = 'search-value';
  const { text, lang } = valueText(v, english());
  name.textContent = text;
  if (lang) name.lang = lang;
  const count = document.createElement('span');
  count.className = 'search-count';
  count.dataset['total'] = String(v.count);
  count.textContent = String(v.count);
  label.append(box, name, ' ', count);
  return label;
}

const loading = new WeakMap<HTMLButtonElement, Promise<void>>();

/** Draws a filter's remaining values in place of its "show all" button; once, however often asked. */
export function showAllValues(button: HTMLButtonElement): Promise<void> {
  let done = loading.get(button);
  if (!done) {
    done = (async () => {
      const response = await fetch(button.dataset['rest']!);
      if (!response.ok) throw new Error(`${button.dataset['rest']}: ${response.status}`);
      const values = (await response.json()) as FilterGroup['values'];
      const fieldset = button.closest<HTMLElement>('fieldset')!;
      const filter = fieldset.dataset['group']!;
      button.replaceWith(...values.map((v) => valueLabel(filter, v)));
    })();
    loading.set(button, done);
  }
  return done;
}

/** The titles results name their documents by: those the page draws, then shards fetched as needed. */
export function titleSource(known: Map<string, string>, shardCount: number): (ids: readonly string[]) => Promise<Map<string, string>> {
  const shards = new Map<number, Promise<void>>();
  const fetchShard = (shard: number) => {
    let p = shards.get(shard);
    if (!p) {
      p = fetch(titleShardUrl(english() ? 'en' : 'zh', shard))
        .then((r): Promise<Record<string, string>> => (r.ok ? r.json() : Promise.resolve({})))
        .then((titles) => {
          for (const [id, title] of Object.entries(titles)) if (!known.has(id)) known.set(id, title);
        })
        // A title that cannot be fetched leaves the result named by its clause label alone.
        .catch(() => undefined);
      shards.set(shard, p);
    }
    return p;
  };
  return async (ids) => {
    const missing = [...new Set(ids)].filter((id) => id && !known.has(id));
    await Promise.all([...new Set(missing.map((id) => titleShardOf(id, shardCount)))].map(fetchShard));
    return known;
  };
}
