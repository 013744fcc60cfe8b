import { useEffect } from 'preact/hooks';
import type { Theme } from '../../utils/model/records';

/** Key read by public/theme-boot.js before the first paint. */
export const THEME_STORAGE_KEY = 'bp:theme';

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Without storage the theme still applies for this page.
  }
}

export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
}
