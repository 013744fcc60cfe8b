/** The PWA's view bar and its hash routes, shared by the start-up shell and the live app. */

export type PwaRoute = 'today' | 'checklist' | 'settings';

export const PWA_ROUTES: readonly { readonly route: PwaRoute; readonly label: string }[] = [
  { route: 'today', label: 'Today' },
  { route: 'checklist', label: 'Checklist' },
  { route: 'settings', label: 'Settings' },
];

/** `#/checklist` → 'checklist'; anything unknown (or no hash) is the day view. */
export function routeFromHash(hash: string): PwaRoute {
  const name = hash.replace(/^#\/?/, '');
  // A hand-off link (`#/receive/<code>`) lands on Receive in the settings.
  if (name === 'receive' || name.startsWith('receive/')) return 'settings';
  // The day view's own sub-views (`#/today/notes`, `#/today/career`) stay on Today.
  if (name.startsWith('today/')) return 'today';
  return PWA_ROUTES.find((entry) => entry.route === name)?.route ?? 'today';
}

export function routeHref(base: string, route: PwaRoute): string {
  return `${base}#/${route}`;
}

export function PwaNav({ base, route }: { readonly base: string; readonly route: PwaRoute }) {
  return (
    <header class="pwa-header">
      <nav class="pwa-nav" aria-label="Views">
        <span class="pwa-brand" aria-hidden="true">
          Backend Path
        </span>
        <ul>
          {PWA_ROUTES.map((entry) => (
            <li key={entry.route}>
              <a
                href={routeHref(base, entry.route)}
                aria-current={entry.route === route ? 'page' : undefined}
              >
                {entry.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
