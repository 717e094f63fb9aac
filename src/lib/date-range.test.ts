import { describe, expect, it } from 'vitest';
import { dayRange, rangeFromParams, shiftDay } from './date-range';

describe('day ranges in the viewer timezone', () => {
  it('covers whole days in that timezone, both ends inclusive', () => {
    const range = dayRange('2026-03-01', '2026-03-02', 'America/New_York');
    expect(new Date(range.start).toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(new Date(range.end).toISOString()).toBe('2026-03-03T04:59:59.999Z');
  });

  it('defaults to the last 30 days ending today', () => {
    const now = Date.parse('2026-11-21T12:00:00Z');
    const range = rangeFromParams(new URLSearchParams(), 'Europe/Stockholm', now);
    expect(range.to).toBe('2026-11-21');
    expect(range.from).toBe('2026-10-23');
  });

  it('ignores invalid days and a reversed range', () => {
    const now = Date.parse('2026-11-21T12:00:00Z');
    expect(rangeFromParams(new URLSearchParams('from=2026-13-40&to=2026-11-01'), 'UTC', now).from).toBe(
      '2026-10-03',
    );
    expect(rangeFromParams(new URLSearchParams('from=2026-11-10&to=2026-11-01'), 'UTC', now).from).toBe(
      '2026-11-01',
    );
  });

  it('shifts across month ends', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
  });
});
