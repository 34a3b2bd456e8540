import { createHash } from 'node:crypto';

/**
 * Shows the columns a reading-mode link asked for (`?text=en`, `?text=zh`) before the text is
 * drawn, so nothing moves after load; the choice lives in the address only. Inline, so it runs
 * where it stands; the page's security policy allows it by its hash.
 */
export const TEXT_MODE_SCRIPT = `(function () {
  var asked = new URLSearchParams(location.search).get('text');
  var mode = asked === 'en' || asked === 'zh' ? asked : 'both';
  if (mode !== 'both') document.documentElement.setAttribute('data-text', mode);
  var current = document.querySelector('[data-text-mode="' + mode + '"]');
  if (current) current.setAttribute('aria-current', 'page');
})();`;

export const TEXT_MODE_SCRIPT_HASH = `sha256-${createHash('sha256').update(TEXT_MODE_SCRIPT).digest('base64')}` as const;
