import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { localDateOf } from '../../utils/date';
import { DatabaseProvider } from '../../utils/db/context';
import { getDatabase, type OpenResult } from '../../utils/db/database';
import { storeError } from '../../utils/db/errors';
import { buildExport, exportFileName, serializeExport } from '../../utils/transfer/format';
import { useAppEnvironment } from '../app-context';
import { StoreErrorPanel } from '../StoreErrorPanel';
import { downloadTextFile } from '../settings/download';
import { pageStorage } from './startup/profile-cache';

interface DatabaseGateProps {
  /** Shown while the database opens (e.g. today's task from the profile cache). */
  readonly fallback: ComponentChildren;
  readonly children: ComponentChildren;
}

/** Opens the store once; on failure explains what happened, writes nothing, and offers what it can read. */
export function DatabaseGate({ fallback, children }: DatabaseGateProps) {
  const { clock } = useAppEnvironment();
  const [result, setResult] = useState<OpenResult | null>(null);
  const [replaced, setReplaced] = useState<'upgraded' | 'deleted' | null>(null);
  useEffect(() => {
    let live = true;
    getDatabase({ onVersionChange: setReplaced }).then((opened) => {
      if (live) setResult(opened);
    });
    return () => {
      live = false;
    };
  }, []);

  const downloadSalvage = async () => {
    // Loaded only here: the salvage reader and its schemas stay off every working start.
    const { salvage } = await import('../../utils/db/salvage');
    const { snapshot } = await salvage();
    const file = buildExport(snapshot, 'unknown (salvaged)', clock.now());
    downloadTextFile(
      exportFileName(localDateOf(clock.now(), clock.timeZone())),
      serializeExport(file),
    );
  };

  if (replaced === 'deleted') {
    return (
      <StoreErrorPanel
        title="Backend Path’s saved data was deleted from this browser."
        advice="Clearing site data or browsing history removes it. Reload to start again, then restore your latest backup from the settings (Restore from a backup) if you have one."
        dataKept={false}
      />
    );
  }
  if (replaced === 'upgraded') {
    return (
      <StoreErrorPanel
        title="Backend Path was updated in another tab."
        advice="Reload this page to continue with the new version. Your progress is safe."
      />
    );
  }
  if (result === null) return <>{fallback}</>;
  if (!result.ok) {
    // Chromium reports blocked site data as an unknown IndexedDB error; localStorage tells.
    const error = pageStorage() === null ? storeError('unavailable') : result.error;
    const readable = error.kind !== 'unavailable';
    return (
      <StoreErrorPanel
        title={error.title}
        advice={error.advice}
        onDownloadSalvage={readable ? () => void downloadSalvage() : undefined}
      />
    );
  }
  return <DatabaseProvider db={result.db}>{children}</DatabaseProvider>;
}
