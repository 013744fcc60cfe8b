/**
 * The one seam between the extension and the PWA. Everything else is shared.
 */
export type PlatformKind = 'extension' | 'pwa';

export interface Platform {
  readonly kind: PlatformKind;
  /** Where the full day view, the settings and the privacy policy live in this build. */
  readonly links: { readonly day: string; readonly options: string; readonly privacy: string };
  /** Whether links open in a new tab (true in the toolbar popup, which closes on navigation). */
  readonly linksOpenNewTab: boolean;
}

export function extensionPlatform(options: { inPopup: boolean }): Platform {
  return {
    kind: 'extension',
    links: { day: '/newtab.html', options: '/options.html', privacy: '/privacy.html' },
    linksOpenNewTab: options.inPopup,
  };
}

export function pwaPlatform(base: string): Platform {
  return {
    kind: 'pwa',
    links: { day: `${base}#/today`, options: `${base}#/settings`, privacy: `${base}privacy.html` },
    linksOpenNewTab: false,
  };
}
