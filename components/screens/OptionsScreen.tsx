import { useEffect, useState } from 'preact/hooks';
import { restDaysFromToday } from '../../utils/calendar';
import type { Plan } from '../../utils/curriculum/types';
import { offsetAt, today } from '../../utils/date';
import { updateProfile } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import { useProfile } from '../../utils/db/hooks';
import { PLAN_IDS } from '../../utils/model/ids';
import type { ProfileRecord, Theme } from '../../utils/model/records';
import { useAppEnvironment } from '../app-context';
import { useSectionSave } from '../hooks/use-section-save';
import { applyTheme, useTheme } from '../hooks/use-theme';
import { StoreErrorPanel } from '../StoreErrorPanel';
import { ExportPanel, type ExportStatus } from '../settings/ExportPanel';
import { ImportPanel } from '../settings/ImportPanel';
import { PlanSettings, type PlanSettingsValue } from '../settings/PlanSettings';
import { PreferenceSettings } from '../settings/PreferenceSettings';
import { ReminderSettings } from '../settings/ReminderSettings';
import { ResetPanel } from '../settings/ResetPanel';
import { TimeZoneNote } from '../settings/TimeZoneNote';
import { PlanOfferNotice } from './PlanOfferNotice';
import { downloadBackup } from './settings/backup-download';
import { CardSection } from './settings/CardSection';
import { HandoffSettings, type HandoffSetup } from './settings/HandoffSettings';
import { PauseSection } from './settings/PauseSection';
import { SetAsideNotice } from './settings/SetAsideNotice';
import { SyncSettings } from './settings/SyncSettings';
import { useImportFlow } from './settings/use-import-flow';
import { useResetFlow } from './settings/use-reset-flow';
import { useProfileCacheSync } from './startup/cache-sync';
import { usePlans } from './use-plan';

type PreferencePatch = Partial<
  Pick<ProfileRecord, 'theme' | 'restDays' | 'reminderTime' | 'scheduleRules'>
>;

interface OptionsScreenProps {
  /** Written into exports, so a backup says which version made it. */
  readonly appVersion: string;
  /** Send to phone and Receive; the address the QR links to. */
  readonly handoff?: HandoffSetup;
}

const NO_ADDRESS: HandoffSetup = { appUrl: null, editableAddress: true };

/** Settings for a saved profile; every change saves at once and shows here live. */
function ProfileSettings({
  profile,
  plans,
}: {
  readonly profile: ProfileRecord;
  readonly plans: readonly Plan[];
}) {
  const db = useDatabase();
  const { clock, platform, reminders } = useAppEnvironment();
  const planSave = useSectionSave();
  const preferenceSave = useSectionSave();

  const savePlan = (value: PlanSettingsValue) => {
    const switched = value.planId !== profile.planId;
    const message = switched
      ? `Saved: you are now on the ${plans.find((plan) => plan.id === value.planId)?.title ?? 'new plan'}. Your ticks on the other plan are kept.`
      : 'Saved.';
    void planSave.save(updateProfile(db, value, clock), message);
  };
  // Shown at once, until the stored profile (here or from another tab) catches up;
  // without it a controlled checkbox would flick back while the write is under way.
  const [optimistic, setOptimistic] = useState<PreferencePatch>({});
  useEffect(() => setOptimistic({}), [profile.updatedAt]);
  const savePreference = async (patch: PreferencePatch, successText: string) => {
    setOptimistic((current) => ({ ...current, ...patch }));
    const result = await preferenceSave.save(updateProfile(db, patch, clock), successText);
    if (result.ok) return true;
    setOptimistic({});
    if (patch.theme) applyTheme(profile.theme);
    return false;
  };
  const saveReminder = (reminderTime: string | null) =>
    savePreference(
      { reminderTime },
      reminderTime === null ? 'Reminder turned off.' : `Reminder set for ${reminderTime} each day.`,
    );
  const saveTheme = (theme: Theme) => {
    applyTheme(theme);
    void savePreference({ theme }, 'Theme saved.');
  };

  return (
    <>
      <PlanSettings
        // Remounts with the stored values whenever they change, here or in another tab.
        key={`${profile.planId}|${profile.startDate}|${profile.language}`}
        plans={plans}
        saved={profile}
        today={today(clock)}
        restDays={profile.restDays}
        onSave={savePlan}
        status={planSave.status}
      />
      <PreferenceSettings
        restDays={optimistic.restDays ?? profile.restDays}
        theme={optimistic.theme ?? profile.theme}
        onRestDaysChange={(restDays) => {
          // Every day a rest day leaves no day to study: refused, with the way out named.
          if (restDays.length === 7) {
            void preferenceSave.save(
              Promise.resolve({
                ok: false,
                error: {
                  kind: 'invalid',
                  title: 'At least one day a week must be a study day.',
                  advice: 'To take time off, add a pause below instead.',
                },
              }),
              '',
            );
            return;
          }
          // From today on only: the days already lived keep their plan days.
          const patch = restDaysFromToday(profile, restDays, today(clock));
          void savePreference(patch, 'Rest days saved. They apply from today on.');
        }}
        onThemeChange={saveTheme}
        reminder={
          <ReminderSettings
            platformKind={platform.kind}
            access={reminders}
            time={
              optimistic.reminderTime === undefined ? profile.reminderTime : optimistic.reminderTime
            }
            onSave={saveReminder}
          />
        }
        status={preferenceSave.status}
      />
      <PauseSection profile={profile} />
      <CardSection profile={profile} />
    </>
  );
}

function NoProfileYet() {
  const { platform } = useAppEnvironment();
  return (
    <section class="card settings-section" aria-labelledby="no-plan-heading">
      <h2 id="no-plan-heading">No plan chosen yet</h2>
      <p>
        <a class="btn btn-primary" href={platform.links.day}>
          Choose a plan and start date
        </a>
      </p>
      <p class="muted small">Moving from another browser? Restore your backup below instead.</p>
    </section>
  );
}

export function OptionsScreen({ appVersion, handoff = NO_ADDRESS }: OptionsScreenProps) {
  const db = useDatabase();
  const { clock, platform } = useAppEnvironment();
  const profile = useProfile();
  const stored = profile.status === 'ready' ? profile.value : undefined;
  const plans = usePlans(PLAN_IDS);
  useTheme(stored?.theme);
  useProfileCacheSync(profile);
  const [exportStatus, setExportStatus] = useState<ExportStatus>({ kind: 'idle' });
  const importFlow = useImportFlow(db, appVersion, clock);
  const resetFlow = useResetFlow(db, appVersion, clock);

  const exportNow = async () => {
    setExportStatus({ kind: 'working' });
    const backup = await downloadBackup(db, appVersion, clock);
    setExportStatus(
      backup.ok
        ? { kind: 'done', fileName: backup.fileName, contents: backup.contents }
        : { kind: 'failed', message: `No backup was downloaded: ${backup.message}` },
    );
  };

  if (profile.status === 'error')
    return <StoreErrorPanel title={profile.error.title} advice={profile.error.advice} />;

  return (
    <div class="options-page">
      <header class="options-header">
        <h1>Backend Path settings</h1>
        {/* The PWA's tab bar already leads back to today. */}
        {platform.kind === 'extension' && <a href={platform.links.day}>Back to today’s task</a>}
      </header>
      {clock.timeZoneFellBack?.() ? (
        <TimeZoneNote
          offsetMinutes={Math.round(offsetAt(clock.now(), clock.timeZone()) / 60_000)}
        />
      ) : null}
      {profile.status === 'loading' || !plans ? (
        <p class="card muted" role="status">
          Loading your settings…
        </p>
      ) : stored && stored.onboardedAt !== null ? (
        <ProfileSettings profile={stored} plans={plans} />
      ) : (
        <NoProfileYet />
      )}
      <PlanOfferNotice />
      <SetAsideNotice />
      <SyncSettings />
      <HandoffSettings appVersion={appVersion} setup={handoff} />
      <ExportPanel status={exportStatus} onExport={() => void exportNow()} />
      <ImportPanel
        status={importFlow.status}
        mode={importFlow.mode}
        onModeChange={importFlow.setMode}
        onFile={importFlow.chooseFile}
        onApply={importFlow.apply}
        onCancel={importFlow.cancel}
      />
      <ResetPanel
        status={resetFlow.status}
        onAsk={resetFlow.ask}
        onConfirm={resetFlow.confirm}
        onCancel={resetFlow.cancel}
        unavailable={
          profile.status === 'ready' && (!stored || stored.onboardedAt === null)
            ? 'Nothing to reset yet: choose a plan first, and this is where you can start over.'
            : null
        }
      />
      <p class="muted small privacy-link">
        <a href={platform.links.privacy} target="_blank" rel="noopener noreferrer">
          Privacy policy
        </a>
        : Backend Path collects nothing, and the app itself makes no network requests.
      </p>
    </div>
  );
}
