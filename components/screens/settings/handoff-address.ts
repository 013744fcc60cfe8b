/**
 * The PWA's public address for hand-off links: the one saved in this browser's Options, else
 * the build's `PWA_URL`. Kept in localStorage (this device's setting, not progress): nothing
 * in the store, export or sync changes.
 */
import { useState } from 'preact/hooks';

const KEY = 'backend-path:pwa-url';

function saved(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** An http(s) address ending in `/` or a file, or the reason it is not one. */
export function checkAddress(
  text: string,
): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return {
      ok: false,
      message: 'Enter a full address such as https://you.github.io/backend-path/.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return {
      ok: false,
      message: 'The address must start with https:// (or http:// for a local test).',
    };
  url.hash = '';
  return { ok: true, url: url.href };
}

export function useHandoffAddress(builtIn: string | null) {
  const [override, setOverride] = useState(saved);
  const save = (text: string): string | null => {
    if (text.trim() === '') {
      try {
        localStorage.removeItem(KEY);
      } catch {
        // Nothing saved to forget.
      }
      setOverride(null);
      return null;
    }
    const checked = checkAddress(text);
    if (!checked.ok) return checked.message;
    try {
      localStorage.setItem(KEY, checked.url);
    } catch {
      return 'This browser would not save the address.';
    }
    setOverride(checked.url);
    return null;
  };
  return { value: override ?? builtIn, override, save };
}
