/**
 * The theme (light or dark) that <html data-theme> carries, set before the first paint so a reader who
 * chose one never sees the other flash. The reader's choice is kept in localStorage; without one, the
 * system setting decides. Without JavaScript the attribute is absent and theme.css follows the system.
 */

/** The localStorage key of the reader's choice: `'light'` or `'dark'`. */
export const THEME_KEY = 'theme';

export type Theme = 'light' | 'dark';

/**
 * The inline script at the top of every page's <head>: writes the theme to `<html data-theme>`. A string,
 * not a function's source: its text must be the same wherever it is read, since the page's
 * Content-Security-Policy allows it by its hash (integrations/strict-csp.ts), and compilers rewrite
 * functions differently. `var`, so a storage error (a privacy setting) leaves it undefined and the
 * system setting decides.
 */
export const THEME_BOOTSTRAP =
  `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}` +
  "document.documentElement.dataset.theme=t==='light'||t==='dark'?t:" +
  "matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';";
