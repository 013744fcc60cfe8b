import { useState } from 'preact/hooks';
import type { PlatformKind } from '../../utils/platform';
import type { ReminderAccess } from '../../utils/reminder/access';
import { minutesOfReminderTime } from '../../utils/reminder/schedule';
import { Switch } from '../Switch';

const DEFAULT_TIME = '09:00';

interface ReminderSettingsProps {
  readonly platformKind: PlatformKind;
  /** Undefined where the browser offers no reminders (the PWA). */
  readonly access: ReminderAccess | undefined;
  /** Saved `HH:MM`, or null when the reminder is off. */
  readonly time: string | null;
  /** Saves the time (null = off); resolves to whether it was saved. */
  readonly onSave: (time: string | null) => Promise<boolean>;
}

/** The daily reminder: a switch and a time, off until the user allows notifications. */
export function ReminderSettings({ platformKind, access, time, onSave }: ReminderSettingsProps) {
  const [chosenTime, setChosenTime] = useState(time ?? DEFAULT_TIME);
  const [problem, setProblem] = useState<string | null>(null);
  const on = time !== null;

  if (platformKind === 'pwa' || !access) {
    return (
      <fieldset>
        <legend>Daily reminder</legend>
        <p class="muted small settings-note">Reminders are available in the browser extension.</p>
      </fieldset>
    );
  }

  const saveAndReschedule = async (next: string | null) => {
    if (await onSave(next)) await access.scheduleChanged();
  };

  const turnOn = async () => {
    setProblem(null);
    // First thing in the click: browsers only show the request during a user gesture.
    const granted = await access.requestPermission().catch(() => false);
    if (!granted) {
      setProblem(
        'The reminder stays off: notifications were not allowed. Turn it on again to be asked once more.',
      );
      return;
    }
    await saveAndReschedule(chosenTime);
  };

  const turnOff = async () => {
    setProblem(null);
    await saveAndReschedule(null);
    await access.releasePermission().catch(() => undefined);
  };

  const changeTime = (value: string) => {
    if (minutesOfReminderTime(value) === null) return;
    setChosenTime(value);
    if (on && value !== time) void saveAndReschedule(value);
  };

  return (
    <fieldset>
      <legend>Daily reminder</legend>
      <Switch
        checked={on}
        describedBy="reminder-note"
        onChange={(checked) => void (checked ? turnOn() : turnOff())}
      >
        Remind me about today’s task
      </Switch>
      <p class="field">
        <label for="reminder-time">Remind me at</label>
        <input
          id="reminder-time"
          type="time"
          value={on ? (time ?? chosenTime) : chosenTime}
          aria-describedby="reminder-note"
          onChange={(event) => changeTime(event.currentTarget.value)}
        />
      </p>
      <p id="reminder-note" class="muted small settings-note">
        Only on plan days with something left to tick. Needs permission to show notifications.
      </p>
      {problem && (
        <p class="error-text small" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
