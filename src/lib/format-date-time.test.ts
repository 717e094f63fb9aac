import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDateTimeWithSeconds,
  formatDay,
  formatDayRange,
  formatDuration,
  formatFullDateTime,
  formatLongDay,
  formatTime,
} from './format-date-time';

const stockholm = { locale: 'en-GB', timeZone: 'Europe/Stockholm' };

describe('dates and times on screen', () => {
  const at = Date.parse('2026-11-21T13:03:12Z');

  it('shows instants in the viewer timezone and locale', () => {
    expect(formatDateTime(at, stockholm)).toBe('21 Nov 2026, 14:03');
    expect(formatDateTimeWithSeconds(at, stockholm)).toBe('21 Nov 2026, 14:03:12');
    expect(formatTime(at, stockholm)).toBe('14:03');
    expect(formatTime(at, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe('08:03');
    expect(formatLongDay(at, stockholm)).toBe('Saturday, 21 November 2026');
    expect(formatFullDateTime(at, stockholm)).toMatch(
      /^Saturday,? 21 November 2026 at 14:03:12 (CET|GMT\+1)$/,
    );
  });

  it('names the day an instant falls on in the viewer timezone, not in UTC', () => {
    const lateEvening = Date.parse('2026-11-21T23:30:00Z');
    expect(formatLongDay(lateEvening, stockholm)).toBe('Sunday, 22 November 2026');
    expect(formatDateTime(lateEvening, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe(
      '21 Nov 2026, 18:30',
    );
  });

  it('shows calendar days from the URL as those days, whatever the timezone', () => {
    expect(formatDay('2026-11-21', { locale: 'en-GB', timeZone: 'Pacific/Kiritimati' })).toBe('21 Nov 2026');
    expect(formatDay('2026-11-21', { locale: 'en-GB', timeZone: 'Pacific/Pago_Pago' })).toBe('21 Nov 2026');
  });

  it('writes a day range with the year only when it spans two years', () => {
    expect(formatDayRange('2026-10-23', '2026-11-21', stockholm)).toBe('23 Oct – 21 Nov');
    expect(formatDayRange('2025-12-30', '2026-01-02', stockholm)).toBe('30 Dec 2025 – 2 Jan 2026');
  });

  it('writes durations the way a person reads them', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(1456)).toBe('24 min 16 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(3900)).toBe('1 h 05 min');
    expect(formatDuration(0)).toBe('0 s');
  });
});
