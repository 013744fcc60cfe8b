import { useState } from 'preact/hooks';
import type { Clock } from '../../../utils/date';
import { resetEverything, resetProgress } from '../../../utils/db/actions';
import type { BackendPathDatabase } from '../../../utils/db/schema';
import type { ResetKind, ResetStatus } from '../../settings/ResetPanel';
import { downloadBackup } from './backup-download';

/** Ask, then download a backup, then reset; a failed backup stops the reset. */
export function useResetFlow(db: BackendPathDatabase, appVersion: string, clock: Clock) {
  const [status, setStatus] = useState<ResetStatus>({ kind: 'idle' });

  const confirm = async () => {
    if (status.kind !== 'confirming') return;
    const { what } = status;
    setStatus({ kind: 'working', what });
    const backup = await downloadBackup(db, appVersion, clock);
    if (!backup.ok) {
      setStatus({
        kind: 'failed',
        what,
        message: `Nothing was reset, because the backup could not be made first: ${backup.message}`,
      });
      return;
    }
    const result = await (what === 'progress'
      ? resetProgress(db, clock)
      : resetEverything(db, clock));
    setStatus(
      result.ok
        ? { kind: 'done', what, fileName: backup.fileName }
        : {
            kind: 'failed',
            what,
            message: `Not reset: ${result.error.title} ${result.error.advice} A backup was downloaded first: ${backup.fileName}.`,
          },
    );
  };

  return {
    status,
    ask: (what: ResetKind) => setStatus({ kind: 'confirming', what }),
    cancel: () => setStatus({ kind: 'idle' }),
    confirm: () => void confirm(),
  };
}
