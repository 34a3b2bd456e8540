import { createHash } from 'node:crypto';
import { SHARD_MANIFEST_FILE } from './shards.ts';
import { bundlePath } from './bundles.ts';

/**
 * Opens Pagefind for the search page. Inline in the page's head, so a query in the address starts
 * the engine, its worker and its index while the page is still being laid out, instead of after
 * the page's own modules have loaded one another; the modules then take the same Pagefind through
 * `window.duiduPagefind`, with the folder the query is searched in (its date order lives there
 * too). /pagefind-en/ holds Duidu's English translations, searched from
 * English pages unless the query has Chinese characters; /pagefind/ the Chinese. Each bundle opens
 * once, with the shards its list names merged in (src/lib/search/shards.ts); it resolves to
 * Pagefind, the ids more than one shard uses and the bundle's folder. Pagefind takes its word handling from <html lang>
 * as it starts, so the Chinese index is opened as Chinese on English pages too (or phrase matches
 * fail). Its worker stays on: on the page's own thread, unpacking the engine and the index blocked
 * a throttled phone for seconds.
 */
export const PAGEFIND_START_SCRIPT = `(function () {
  var list = ${JSON.stringify(SHARD_MANIFEST_FILE)};
  var zh = ${JSON.stringify(bundlePath('zh-cn'))};
  var en = ${JSON.stringify(bundlePath('en'))};
  var open = {};
  function bundle(q) {
    return document.documentElement.lang.indexOf('en') === 0 && !/\\p{Script=Han}/u.test(q) ? en : zh;
  }
  function start(base) {
    var shards = fetch(base + list).then(function (r) {
      if (!r.ok) throw new Error('search: ' + base + list + ' ' + r.status);
      return r.json();
    });
    return import(base + 'pagefind.js').then(function (p) {
      return p.options({ excerptLength: 0 }).then(function () {
        var html = document.documentElement;
        var lang = html.lang;
        html.lang = base === en ? 'en' : 'zh-cn';
        var started = p.init ? p.init() : undefined;
        html.lang = lang;
        // Merged while the first index loads: Pagefind holds each until its engine is ready.
        return Promise.all([started, shards.then(function (m) {
          return Promise.all(m.shards.map(function (s) { return p.mergeIndex(base + s); })).then(function () { return m.shared; });
        })]).then(function (done) { return { pagefind: p, shared: done[1], base: base }; });
      });
    });
  }
  window.duiduPagefind = function (q) {
    var base = bundle(q);
    return open[base] || (open[base] = start(base));
  };
  var q = new URLSearchParams(location.search).get('q');
  if (q && q.trim()) window.duiduPagefind(q);
})();`;

export const PAGEFIND_START_SCRIPT_HASH = `sha256-${createHash('sha256').update(PAGEFIND_START_SCRIPT).digest('base64')}` as const;
