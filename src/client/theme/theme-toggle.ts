/**
 * The header's theme button: pressed means dark. A press stores the choice (read back by the head
 * script on every later page) and applies it at once; until the reader chooses, the page follows the
 * system setting, also when it changes while the page is open. Other tabs follow a choice made here.
 */
import { THEME_KEY, type Theme } from './bootstrap.ts';

const root = document.documentElement;
const system = matchMedia('(prefers-color-scheme: dark)');

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function show(theme: Theme): void {
  root.dataset['theme'] = theme;
  for (const button of document.querySelectorAll('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}

function choose(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage refused: the choice holds for this page only.
  }
  show(theme);
}

show(stored() ?? (system.matches ? 'dark' : 'light'));

document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || event.target.closest('[data-theme-toggle]') === null) return;
  choose(root.dataset['theme'] === 'dark' ? 'light' : 'dark');
});

system.addEventListener('change', () => {
  if (stored() === null) show(system.matches ? 'dark' : 'light');
});

window.addEventListener('storage', (event) => {
  if (event.key === THEME_KEY) show(stored() ?? (system.matches ? 'dark' : 'light'));
});
