/**
 * The interface language. Chinese is in the HTML; an element with `data-en` shows that English
 * text instead when the reader chooses English (remembered in localStorage). Plan texts never change.
 */
const KEY = 'duidu-lang';
export type Lang = 'zh' | 'en';

export function currentLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Picks the interface string for the current language (for text the scripts write). */
export function t(zh: string, en: string): string {
  return currentLang() === 'en' ? en : zh;
}

export function applyLanguage(lang: Lang, root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-en]')) {
    el.dataset['zh'] ??= el.textContent ?? '';
    el.textContent = lang === 'en' ? el.dataset['en']! : el.dataset['zh']!;
    if (lang === 'en') el.lang = 'en';
    else el.removeAttribute('lang');
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-en-placeholder]')) {
    el.dataset['zhPlaceholder'] ??= el.getAttribute('placeholder') ?? '';
    el.setAttribute('placeholder', lang === 'en' ? el.dataset['enPlaceholder']! : el.dataset['zhPlaceholder']!);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-en-label]')) {
    el.dataset['zhLabel'] ??= el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', lang === 'en' ? el.dataset['enLabel']! : el.dataset['zhLabel']!);
  }
  document.documentElement.dataset['ui'] = lang;
}

export function startLanguageToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-lang-toggle]');
  const paint = (lang: Lang) => {
    if (!button) return;
    button.textContent = lang === 'en' ? '中文' : 'English';
    button.lang = lang === 'en' ? 'zh-CN' : 'en';
    button.setAttribute('aria-label', lang === 'en' ? '切换到中文界面' : 'Switch the interface to English');
  };
  const lang = currentLang();
  if (lang === 'en') applyLanguage('en');
  paint(lang);
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const next: Lang = currentLang() === 'en' ? 'zh' : 'en';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    applyLanguage(next);
    paint(next);
  });
}
