import { isolate } from '../bidi.ts';

/** Reading the plans a comparison asks for from its address, with every problem said, never silently dropped. */

/** More plans side by side stop being readable on a page. */
export const MAX_PLANS = 4;
/** Ids longer than this are not ids; the cap keeps a hostile address from costing anything. */
const MAX_ID = 80;

export interface Selection {
  /** Known plans, in the order asked, without repeats, at most {@link MAX_PLANS}. */
  plans: string[];
  /** Problems to tell the reader. */
  messages: string[];
}

/**
 * `?plans=a,b` and `?plans=a&plans=b` (the form's own GET) both work. Unknown ids are named and
 * left out; what remains still shows.
 */
export function readSelection(params: URLSearchParams, known: ReadonlySet<string>, lang: 'zh' | 'en' = 'zh'): Selection {
  const asked = params
    .getAll('plans')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const messages: string[] = [];
  const unknown: string[] = [];
  const plans: string[] = [];
  let repeated = false;
  for (const id of asked) {
    if (!known.has(id)) {
      if (unknown.length < 5 && !unknown.includes(id)) unknown.push(id.length > MAX_ID ? `${id.slice(0, MAX_ID)}…` : id);
      continue;
    }
    if (plans.includes(id)) repeated = true;
    else plans.push(id);
  }
  const unknownCount = new Set(asked.filter((id) => !known.has(id))).size;
  const en = lang === 'en';
  if (unknownCount) {
    const named = unknown.map(isolate).join(en ? ', ' : '、');
    const more = unknownCount > unknown.length ? (en ? ` and others (${unknownCount} ids)` : ` 等 ${unknownCount} 个编号`) : '';
    messages.push(en ? `No such document: ${named}${more}.` : `没有这份文件：${named}${more}。`);
  }
  if (repeated) messages.push(en ? 'A document chosen twice counts once.' : '重复的文件只算一次。');
  if (plans.length > MAX_PLANS) {
    messages.push(en ? `At most ${MAX_PLANS} documents at a time: the first ${MAX_PLANS} are compared.` : `一次最多对读 ${MAX_PLANS} 份文件，以下只比较前 ${MAX_PLANS} 份。`);
    plans.length = MAX_PLANS;
  }
  if (plans.length < 2) messages.push(en ? (plans.length === 1 ? 'Choose one more document.' : 'Choose two to four documents.') : plans.length === 1 ? '请再选一份文件。' : '请选择二至四份文件。');
  return { plans, messages };
}
