import type { ComponentChildren } from 'preact';
import type { Theme, Weekday } from '../../utils/model/records';
import type { SaveStatus } from '../hooks/use-section-save';
import { type RadioChoice, RadioChoices } from '../RadioChoices';
import { SaveStatusLine } from './StatusLine';

/** Monday first, as most calendars show the week; stored numbers count from Sunday = 0. */
const WEEKDAYS: readonly { readonly day: Weekday; readonly label: string }[] = [
  { day: 1, label: 'Monday' },
  { day: 2, label: 'Tuesday' },
  { day: 3, label: 'Wednesday' },
  { day: 4, label: 'Thursday' },
  { day: 5, label: 'Friday' },
  { day: 6, label: 'Saturday' },
  { day: 0, label: 'Sunday' },
];

const THEMES: readonly RadioChoice<Theme>[] = [
  { id: 'system', label: 'Same as my system' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

/** The rest days with one day switched on or off, sorted for stable storage. */
export function toggleRestDay(days: readonly Weekday[], day: Weekday, on: boolean): Weekday[] {
  const others = days.filter((existing) => existing !== day);
  return (on ? [...others, day] : others).sort((a, b) => a - b);
}

interface PreferenceSettingsProps {
  readonly restDays: readonly Weekday[];
  readonly theme: Theme;
  readonly onRestDaysChange: (days: Weekday[]) => void;
  readonly onThemeChange: (theme: Theme) => void;
  /** The reminder fieldset, which differs between the extension and the PWA. */
  readonly reminder: ComponentChildren;
  readonly status: SaveStatus;
}

export function PreferenceSettings(props: PreferenceSettingsProps) {
  const { restDays, theme, onRestDaysChange, onThemeChange, reminder, status } = props;
  return (
    <form
      class="card settings-section"
      aria-labelledby="preferences-heading"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="preferences-heading">Week, look and reminders</h2>
      <fieldset>
        <legend>Rest days</legend>
        <p id="rest-days-help" class="muted small settings-note">
          Rest days never break your streak. Changes save right away.
        </p>
        <div class="weekday-grid">
          {WEEKDAYS.map(({ day, label }) => (
            <label class="choice" key={day}>
              <input
                type="checkbox"
                name="rest-days"
                value={day}
                checked={restDays.includes(day)}
                aria-describedby="rest-days-help"
                onChange={(event) =>
                  onRestDaysChange(toggleRestDay(restDays, day, event.currentTarget.checked))
                }
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        <RadioChoices name="theme" choices={THEMES} value={theme} onChange={onThemeChange} inline />
      </fieldset>
      {reminder}
      <SaveStatusLine status={status} />
    </form>
  );
}
