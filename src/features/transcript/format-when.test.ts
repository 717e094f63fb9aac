import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatTime } from './format-when';

describe('pane dates and durations', () => {
  const at = Date.parse('2026-11-21T13:03:12Z');

  it('shows instants in the viewer timezone and locale', () => {
    expect(formatDateTime(at, { locale: 'en-GB', timeZone: 'Europe/Stockholm' })).toBe(
      '21 Nov 2026, 14:03:12',
    );
    expect(formatTime(at, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe('08:03');
  });

  it('writes durations the way a person reads them', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(1456)).toBe('24 min 16 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(3900)).toBe('1 h 05 min');
    expect(formatDuration(0)).toBe('0 s');
  });
});
