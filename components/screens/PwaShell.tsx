import { useEffect, useRef, useState } from 'preact/hooks';
import { useProfile } from '../../utils/db/hooks';
import type { ProfileRecord } from '../../utils/model/records';
import { DatabaseGate } from './DatabaseGate';
import { CachedDayPage, NewTabScreen } from './NewTabScreen';
import { OptionsScreen } from './OptionsScreen';
import { PopupScreen } from './PopupScreen';

export type PwaRoute = 'today' | 'checklist' | 'settings';

const ROUTES: readonly { readonly route: PwaRoute; readonly label: string }[] = [
  { route: 'today', label: 'Today' },
  { route: 'checklist', label: 'Checklist' },
  { route: 'settings', label: 'Settings' },
];

/** `#/checklist` → 'checklist'; anything unknown (or no hash) is the day view. */
export function routeFromHash(hash: string): PwaRoute {
  const name = hash.replace(/^#\/?/, '');
  return ROUTES.find((entry) => entry.route === name)?.route ?? 'today';
}

export function routeHref(base: string, route: PwaRoute): string {
  return `${base}#/${route}`;
}

function useHashRoute(): PwaRoute {
  const [route, setRoute] = useState(() => routeFromHash(location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeFromHash(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

/** Moves focus to the new view after in-app navigation, so keyboard and screen-reader users land in it. */
function useFocusOnRouteChange(route: PwaRoute) {
  const mainRef = useRef<HTMLElement>(null);
  const shownRoute = useRef(route);
  useEffect(() => {
    const label = ROUTES.find((entry) => entry.route === route)?.label ?? '';
    document.title = `${label} · Backend Path`;
    if (shownRoute.current !== route) mainRef.current?.focus();
    shownRoute.current = route;
  }, [route]);
  return mainRef;
}

/** Lets the caller ask for persistent storage once there is progress worth keeping. */
function WhenOnboarded({ run }: { run: () => void }) {
  const profile = useProfile();
  const onboarded = profile.status === 'ready' && (profile.value?.onboardedAt ?? null) !== null;
  useEffect(() => {
    if (onboarded) run();
  }, [onboarded, run]);
  return null;
}

interface PwaShellProps {
  /** The app's base path, e.g. `/` or `/backend-path/`. */
  readonly base: string;
  readonly cachedProfile: ProfileRecord | null;
  readonly appVersion: string;
  readonly buildId: string;
  /** Runs once a profile exists (at start or right after onboarding). */
  readonly onOnboarded: () => void;
}

function RouteView({
  route,
  cachedProfile,
  appVersion,
  buildId,
}: Omit<PwaShellProps, 'base' | 'onOnboarded'> & { route: PwaRoute }) {
  if (route === 'checklist') return <PopupScreen />;
  if (route === 'settings')
    return (
      <>
        <OptionsScreen appVersion={appVersion} />
        <p class="pwa-about muted small">
          Backend Path {appVersion} (build {buildId}). Works offline; your progress stays in this
          browser.
        </p>
      </>
    );
  return <NewTabScreen cachedProfile={cachedProfile} />;
}

function RouteFallback({
  route,
  cachedProfile,
}: {
  route: PwaRoute;
  cachedProfile: ProfileRecord | null;
}) {
  if (route === 'today') return <CachedDayPage profile={cachedProfile} />;
  if (route === 'settings')
    return (
      <p class="card muted" role="status">
        Loading your settings…
      </p>
    );
  return null;
}

/** The PWA: the extension's three views (day, checklist, settings) behind a hash router. */
export function PwaShell({ base, cachedProfile, appVersion, buildId, onOnboarded }: PwaShellProps) {
  const route = useHashRoute();
  const mainRef = useFocusOnRouteChange(route);
  return (
    <>
      <header class="pwa-header">
        <nav class="pwa-nav" aria-label="Views">
          <span class="pwa-brand" aria-hidden="true">
            Backend Path
          </span>
          <ul>
            {ROUTES.map((entry) => (
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
      <main ref={mainRef} tabIndex={-1} class={`page pwa-view pwa-view-${route}`}>
        <DatabaseGate fallback={<RouteFallback route={route} cachedProfile={cachedProfile} />}>
          <WhenOnboarded run={onOnboarded} />
          <RouteView
            route={route}
            cachedProfile={cachedProfile}
            appVersion={appVersion}
            buildId={buildId}
          />
        </DatabaseGate>
      </main>
    </>
  );
}
