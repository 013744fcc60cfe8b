import { useEffect, useState } from 'preact/hooks';
import { updateProfile } from '../../../utils/db/actions';
import { useDatabase } from '../../../utils/db/context';
import { useProfile } from '../../../utils/db/hooks';
import type { SyncAccess } from '../../../utils/sync/access';
import { describeSyncStatus, type SyncStatus } from '../../../utils/sync/status';
import { useAppEnvironment } from '../../app-context';
import { useSectionSave } from '../../hooks/use-section-save';
import { Switch } from '../../Switch';
import { StatusLine } from '../../settings/StatusLine';

/** "2 minutes ago" moves on by itself while the page stays open. */
const REFRESH_MS = 30_000;

function useSyncStatus(access: SyncAccess | undefined): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => access?.watchStatus(setStatus), [access]);
  return status;
}

function useNow(now: () => number): number {
  const [value, setValue] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), REFRESH_MS);
    return () => clearInterval(timer);
  }, [now]);
  return value;
}

interface SyncSettingsViewProps {
  readonly enabled: boolean;
  /** What the background last reported; null before its first round. */
  readonly status: SyncStatus | null;
  readonly now: number;
  /** Absent until a plan is saved: there is nothing to switch yet. */
  readonly onToggle?: (enabled: boolean) => void;
  readonly saveError?: string;
}

export function SyncSettingsView({
  enabled,
  status,
  now,
  onToggle,
  saveError,
}: SyncSettingsViewProps) {
  const shown = enabled
    ? status && status.kind !== 'off'
      ? status
      : { kind: 'waiting' as const }
    : { kind: 'off' as const };
  const description = describeSyncStatus(shown, now);
  return (
    <section class="card settings-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync between browsers</h2>
      {onToggle && (
        <Switch checked={enabled} describedBy="sync-note" onChange={onToggle}>
          Sync my plan and progress through my browser account
        </Switch>
      )}
      <p id="sync-note" class="muted small settings-note">
        Uses the browser’s own sync storage; your progress always stays on this device too.
      </p>
      {/* Before any plan exists there is nothing to sync, so nothing to say. */}
      {onToggle && (
        <StatusLine
          message={!description.problem && description.text}
          error={saveError ?? (description.problem && description.text)}
        />
      )}
    </section>
  );
}

/** The sync switch and status; in the PWA only a note that the extension has it. */
export function SyncSettings() {
  const db = useDatabase();
  const { clock, platform, sync } = useAppEnvironment();
  const profile = useProfile();
  const status = useSyncStatus(sync);
  const now = useNow(clock.now);
  const toggleSave = useSectionSave();
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const stored = profile.status === 'ready' ? profile.value : undefined;
  useEffect(() => setOptimistic(null), [stored?.updatedAt]);

  if (platform.kind === 'pwa' || !sync) {
    return (
      <section class="card settings-section" aria-labelledby="sync-heading">
        <h2 id="sync-heading">Sync between browsers</h2>
        <p class="muted small settings-note">Sync is available in the browser extension.</p>
      </section>
    );
  }

  const toggle = async (enabled: boolean) => {
    setOptimistic(enabled);
    const result = await toggleSave.save(
      updateProfile(db, { syncEnabled: enabled }, clock),
      enabled ? 'Sync turned on.' : 'Sync turned off.',
    );
    if (!result.ok) setOptimistic(null);
    else await sync.syncNow().catch(() => undefined);
  };

  return (
    <SyncSettingsView
      enabled={optimistic ?? stored?.syncEnabled ?? false}
      status={status}
      now={now}
      {...(stored ? { onToggle: (enabled: boolean) => void toggle(enabled) } : {})}
      {...(toggleSave.status?.kind === 'error' ? { saveError: toggleSave.status.text } : {})}
    />
  );
}
