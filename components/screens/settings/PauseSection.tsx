import { pauseAdded, pauseRemoved, pausesResumedOn } from '../../../utils/calendar';
import { updateProfile } from '../../../utils/db/actions';
import { useDatabase } from '../../../utils/db/context';
import type { ProfileRecord } from '../../../utils/model/records';
import { startDateBounds } from '../../../utils/start-date';
import { useAppEnvironment } from '../../app-context';
import { useSectionSave } from '../../hooks/use-section-save';
import { useToday } from '../../hooks/use-today';
import { type PauseAddOutcome, PauseSettings } from '../../settings/PauseSettings';
import { checkPause, describePause, pauseRows } from './pause-model';

/** The pause settings wired to the store; each change is a stamped profile write from today on. */
export function PauseSection({ profile }: { readonly profile: ProfileRecord }) {
  const db = useDatabase();
  const { clock } = useAppEnvironment();
  const today = useToday();
  const section = useSectionSave();
  const rows = pauseRows(profile.pauses ?? [], today);

  const onAdd = async (from: string, until: string | null): Promise<PauseAddOutcome> => {
    const checked = checkPause(from, until, today, profile.pauses ?? []);
    if (!checked.ok) return { kind: 'invalid', field: checked.field, message: checked.message };
    const { pause } = checked;
    const result = await section.save(
      // Made from the profile stored now, so a pause another tab added stays.
      updateProfile(db, (current) => pauseAdded(current, pause.from, pause.until, today), clock),
      `Pause saved: ${describePause(pause, today, 'from')}.`,
    );
    return { kind: result.ok ? 'saved' : 'failed' };
  };

  return (
    <PauseSettings
      rows={rows}
      today={today}
      bounds={{ min: today, max: startDateBounds(today).max }}
      onAdd={onAdd}
      onResume={() =>
        void section.save(
          updateProfile(db, (current) => pausesResumedOn(current, today), clock),
          'Resumed: today is a study day again.',
        )
      }
      onRemove={(key) => {
        const row = rows.find((candidate) => candidate.key === key);
        if (row)
          void section.save(
            updateProfile(db, (current) => pauseRemoved(current, row.pause, today), clock),
            `Pause removed: ${row.text.replace(/^From/, 'from')}.`,
          );
      }}
      status={section.status}
    />
  );
}
