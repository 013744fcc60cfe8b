import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUsableTimeZone, localDateOf, offsetAt, resolveTimeZone } from '../../utils/date';
import { formatUtcOffset } from '../../utils/utc-offset';

const MS_PER_MINUTE = 60_000;
const SEED = 20261202;

describe('resolveTimeZone', () => {
  it('keeps a usable host zone', () => {
    expect(resolveTimeZone('Europe/Berlin', 60)).toEqual({
      zone: 'Europe/Berlin',
      fellBack: false,
    });
    expect(resolveTimeZone('UTC', 0)).toEqual({ zone: 'UTC', fellBack: false });
  });

  it.each([undefined, '', 'Etc/Unknown', 'Nowhere/Atlantis'])(
    'falls back from %j to the zone of the system offset',
    (reported) => {
      expect(resolveTimeZone(reported, 180)).toEqual({ zone: 'Etc/GMT-3', fellBack: true });
      expect(resolveTimeZone(reported, -300)).toEqual({ zone: 'Etc/GMT+5', fellBack: true });
      expect(resolveTimeZone(reported, 0)).toEqual({ zone: 'UTC', fellBack: true });
    },
  );

  it('uses UTC when the offset is not a number of minutes', () => {
    expect(resolveTimeZone('Etc/Unknown', Number.NaN)).toEqual({ zone: 'UTC', fellBack: true });
  });

  it('never throws and always yields a zone Intl accepts, whose offset matches for whole hours', () => {
    const instant = Date.UTC(2026, 2, 12, 9);
    fc.assert(
      fc.property(fc.integer({ min: -720, max: 840 }), (offsetMinutes) => {
        const { zone, fellBack } = resolveTimeZone('Etc/Unknown', offsetMinutes);
        expect(fellBack).toBe(true);
        expect(isUsableTimeZone(zone)).toBe(true);
        expect(() => localDateOf(instant, zone)).not.toThrow();
        const actual = offsetAt(instant, zone) / MS_PER_MINUTE;
        if (offsetMinutes % 60 === 0) expect(actual).toBe(offsetMinutes);
        // No IANA zone has a fixed half-hour offset: those fall back to UTC.
        else expect(actual).toBe(0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('formatUtcOffset', () => {
  it.each([
    [180, '+03:00'],
    [-300, '-05:00'],
    [330, '+05:30'],
    [-570, '-09:30'],
    [0, '+00:00'],
  ])('%i minutes reads %s', (minutes, text) => {
    expect(formatUtcOffset(minutes)).toBe(text);
  });
});
