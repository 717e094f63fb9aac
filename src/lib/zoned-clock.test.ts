import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { zonedClock } from './zoned-clock';

describe('zoned clock', () => {
  it('writes an instant with the offset in force at that moment, across DST changes', () => {
    const stockholm = zonedClock('Europe/Stockholm');
    expect(stockholm.iso(Date.parse('2026-11-02T10:00:00Z'))).toBe('2026-11-02T11:00:00+01:00');
    expect(stockholm.iso(Date.parse('2026-07-02T10:00:00Z'))).toBe('2026-07-02T12:00:00+02:00');
    // The last second of summer time and the first of winter time (clocks go back at 03:00 local).
    expect(stockholm.iso(Date.parse('2026-10-25T00:59:59Z'))).toBe('2026-10-25T02:59:59+02:00');
    expect(stockholm.iso(Date.parse('2026-10-25T01:00:00Z'))).toBe('2026-10-25T02:00:00+01:00');
    expect(stockholm.time(Date.parse('2026-10-25T01:00:00Z'))).toBe('02:00:00');
  });

  it('handles negative, half-hour and quarter-hour offsets, and UTC', () => {
    const at = Date.parse('2026-01-15T12:34:56.789Z');
    expect(zonedClock('America/New_York').iso(at)).toBe('2026-01-15T07:34:56-05:00');
    expect(zonedClock('Asia/Kolkata').iso(at)).toBe('2026-01-15T18:04:56+05:30');
    expect(zonedClock('Asia/Kathmandu').iso(at)).toBe('2026-01-15T18:19:56+05:45');
    expect(zonedClock('UTC').iso(at)).toBe('2026-01-15T12:34:56Z');
  });

  it('agrees with TZDate + date-fns format at every hour and odd minute of a year, in several zones', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const timeZone of [
      'Europe/Stockholm',
      'America/Sao_Paulo',
      'Australia/Lord_Howe',
      'America/St_Johns',
    ]) {
      const clock = zonedClock(timeZone);
      for (let at = start; at < start + 366 * 86_400_000; at += 3_600_000 + 7 * 60_000 + 13_001) {
        expect(clock.iso(at), `${timeZone} ${new Date(at).toISOString()}`).toBe(
          format(new TZDate(at, timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX"),
        );
      }
    }
  });
});
