/**
 * The one seam between the extension and the PWA. Everything else is shared.
 */
export type PlatformKind = 'extension' | 'pwa';

export interface Platform {
  readonly kind: PlatformKind;
  /** Where the full day view, the settings and the privacy policy live in this build. */
  readonly links: {
    readonly day: string;
    readonly options: string;
    readonly privacy: string;
    /** The day view's own sub-views: every note, and the career facts. */
    readonly notes: string;
    readonly career: string;
  };
  /** Whether links open in a new tab (true in the toolbar popup, which closes on navigation). */
  readonly linksOpenNewTab: boolean;
}

export function extensionPlatform(options: { inPopup: boolean }): Platform {
  return {
    kind: 'extension',
    links: {
      day: '/newtab.html',
      options: '/options.html',
      privacy: '/privacy.html',
      notes: '/newtab.html#notes',
      career: '/newtab.html#career',
    },
    linksOpenNewTab: options.inPopup,
  };
}

export function pwaPlatform(base: string): Platform {
  return {
    kind: 'pwa',
    links: {
      day: `${base}#/today`,
      options: `${base}#/settings`,
      privacy: `${base}privacy.html`,
      notes: `${base}#/today/notes`,
      career: `${base}#/today/career`,
    },
    linksOpenNewTab: false,
  };
}

export type DayView = 'day' | 'notes' | 'career';

/** `#notes` (extension) or `#/today/notes` (PWA) → 'notes'; anything else is the day itself. */
export function dayViewFromHash(hash: string): DayView {
  const name = hash.replace(/^#\/?/, '').replace(/^today\/?/, '');
  return name === 'notes' || name === 'career' ? name : 'day';
}
