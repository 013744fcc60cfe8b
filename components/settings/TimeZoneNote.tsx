import { formatUtcOffset } from '../../utils/utc-offset';

/** Says once, calmly, which zone stands in when the system's own cannot be read. */
export function TimeZoneNote({ offsetMinutes }: { readonly offsetMinutes: number }) {
  const zone = offsetMinutes === 0 ? 'UTC' : `UTC${formatUtcOffset(offsetMinutes)}`;
  return (
    <p class="card muted small time-zone-note" role="note">
      Your system’s time zone could not be read, so Backend Path uses {zone}. Days turn at midnight
      in that zone.
    </p>
  );
}
