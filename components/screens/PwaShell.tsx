import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { SavedTicks } from '../../utils/db/early-read';
import { useProfile } from '../../utils/db/hooks';
import type { ProfileRecord } from '../../utils/model/records';
import { useAppEnvironment } from '../app-context';
import { useHashValue } from '../hooks/use-hash-value';
import { PWA_ROUTES, PwaNav, type PwaRoute, routeFromHash } from '../PwaNav';
import { DatabaseGate } from './DatabaseGate';
import { CachedDayPage, NewTabScreen } from './NewTabScreen';
import { OptionsScreen } from './OptionsScreen';
import { PopupScreen } from './PopupScreen';
import { useIncomingCode } from './settings/use-incoming-code';
import type { ShellView } from './startup/boot';
import { EarlyPopupShell } from './startup/EarlyPopupShell';
import type { EarlyTicks } from './startup/early-ticks';

/**
 * Moves focus to the new view after in-app navigation, so keyboard and screen-reader users land
 * in it; also when the view was chosen on the start-up shell (`paintedRoute`), whose DOM the
 * live app replaces.
 */
function useFocusOnRouteChange(route: PwaRoute, paintedRoute: PwaRoute | undefined) {
  const mainRef = useRef<HTMLElement>(null);
  const shownRoute = useRef(paintedRoute ?? route);
  useEffect(() => {
    const label = PWA_ROUTES.find((entry) => entry.route === route)?.label ?? '';
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
  /** Today's ticks as the start-up shell showed them, and its queued clicks. */
  readonly savedTicks?: SavedTicks | null;
  readonly earlyTicks?: EarlyTicks | null;
  /** What the start-up shell painted, kept on screen while the store opens. */
  readonly shellView?: ShellView | null;
  readonly appVersion: string;
  readonly buildId: string;
  /** Runs once a profile exists (at start or right after onboarding). */
  readonly onOnboarded: () => void;
  /** The Install button, shown on the settings page. */
  readonly install?: ComponentChildren;
  /** The view the start-up shell painted, if it painted one. */
  readonly shellRoute?: PwaRoute;
}

function ChecklistPlaceholder({
  shellView,
  earlyTicks,
}: Pick<PwaShellProps, 'shellView' | 'earlyTicks'>) {
  const { platform } = useAppEnvironment();
  if (!shellView) return null;
  return (
    <EarlyPopupShell
      card={shellView.card}
      platform={platform}
      early={earlyTicks ?? null}
      behind={shellView.today.behind}
    />
  );
}

/** The PWA's settings: its own address is where hand-off links point. */
function PwaSettings({ appVersion }: { readonly appVersion: string }) {
  const incoming = useIncomingCode();
  const appUrl = new URL(import.meta.env.BASE_URL, location.href).href;
  return (
    <OptionsScreen appVersion={appVersion} handoff={{ appUrl, editableAddress: false, incoming }} />
  );
}

function RouteView({
  route,
  install,
  cachedProfile,
  appVersion,
  buildId,
  savedTicks = null,
  earlyTicks = null,
  shellView = null,
}: Omit<PwaShellProps, 'base' | 'onOnboarded'> & { route: PwaRoute }) {
  if (route === 'checklist')
    return (
      <PopupScreen
        placeholder={<ChecklistPlaceholder shellView={shellView} earlyTicks={earlyTicks} />}
        savedTicks={savedTicks}
        earlyTicks={earlyTicks}
      />
    );
  if (route === 'settings')
    return (
      <>
        {install}
        <PwaSettings appVersion={appVersion} />
        <p class="pwa-about muted small">
          Backend Path {appVersion} (build {buildId}). Works offline; your progress stays in this
          browser.
        </p>
      </>
    );
  return (
    <NewTabScreen cachedProfile={cachedProfile} savedTicks={savedTicks} earlyTicks={earlyTicks} />
  );
}

function RouteFallback({
  route,
  cachedProfile,
  savedTicks = null,
  earlyTicks = null,
  shellView = null,
}: Pick<PwaShellProps, 'cachedProfile' | 'savedTicks' | 'earlyTicks' | 'shellView'> & {
  route: PwaRoute;
}) {
  if (route === 'checklist')
    return <ChecklistPlaceholder shellView={shellView} earlyTicks={earlyTicks} />;
  if (route === 'today')
    return (
      <CachedDayPage profile={cachedProfile} savedTicks={savedTicks} earlyTicks={earlyTicks} />
    );
  if (route === 'settings')
    return (
      <p class="card muted" role="status">
        Loading your settings…
      </p>
    );
  return null;
}

/** The PWA: the extension's three views (day, checklist, settings) behind a hash router. */
export function PwaShell({ base, onOnboarded, shellRoute, ...view }: PwaShellProps) {
  const route = useHashValue(routeFromHash);
  const mainRef = useFocusOnRouteChange(route, shellRoute);
  return (
    <>
      <PwaNav base={base} route={route} />
      <main ref={mainRef} tabIndex={-1} class={`page pwa-view pwa-view-${route}`}>
        <DatabaseGate fallback={<RouteFallback route={route} {...view} />}>
          <WhenOnboarded run={onOnboarded} />
          <RouteView route={route} {...view} />
        </DatabaseGate>
      </main>
    </>
  );
}
