import { describe, expect, it } from 'vitest';
import { parseSocialIntentsStartDate } from './parse-socialintents-start-date';

const utc = (iso: string) => Date.parse(iso);

describe('Social Intents startDate', () => {
  it('reads the documented 24-hour clock that still carries a meridiem', () => {
    expect(parseSocialIntentsStartDate('2017-06-24 15:01:31 PM', 'UTC')).toBe(utc('2017-06-24T15:01:31Z'));
  });

  it('reads the wall clock in the timezone the request named', () => {
    expect(parseSocialIntentsStartDate('2017-06-24 15:01:31 PM', 'America/New_York')).toBe(
      utc('2017-06-24T19:01:31Z'),
    );
    expect(parseSocialIntentsStartDate('2026-01-10 09:00:00 AM', 'Europe/Stockholm')).toBe(
      utc('2026-01-10T08:00:00Z'),
    );
  });

  it('reads a real 12-hour clock', () => {
    expect(parseSocialIntentsStartDate('2017-06-24 03:01:31 PM', 'UTC')).toBe(utc('2017-06-24T15:01:31Z'));
    expect(parseSocialIntentsStartDate('2017-06-24 03:01:31 AM', 'UTC')).toBe(utc('2017-06-24T03:01:31Z'));
  });

  it('puts 12 AM at midnight and 12 PM at noon', () => {
    expect(parseSocialIntentsStartDate('2017-06-24 12:30:00 AM', 'UTC')).toBe(utc('2017-06-24T00:30:00Z'));
    expect(parseSocialIntentsStartDate('2017-06-24 12:30:00 PM', 'UTC')).toBe(utc('2017-06-24T12:30:00Z'));
    expect(parseSocialIntentsStartDate('2017-06-24 00:30:00 AM', 'UTC')).toBe(utc('2017-06-24T00:30:00Z'));
  });

  it('reads ISO-8601 with an offset, whatever timezone was requested', () => {
    expect(parseSocialIntentsStartDate('2017-06-24T15:01:31-04:00', 'Europe/Stockholm')).toBe(
      utc('2017-06-24T19:01:31Z'),
    );
    expect(parseSocialIntentsStartDate('2017-06-24T15:01:31.250Z', 'America/New_York')).toBe(
      utc('2017-06-24T15:01:31.250Z'),
    );
  });

  it('reads a wall clock without seconds or meridiem', () => {
    expect(parseSocialIntentsStartDate('2017-06-24 15:01', 'UTC')).toBe(utc('2017-06-24T15:01:00Z'));
  });

  it('refuses what is not a date, so the caller can fall back', () => {
    for (const value of ['', 'yesterday', '2017-02-31 10:00:00 AM', '2017-06-24 25:00:00', null, undefined]) {
      expect(parseSocialIntentsStartDate(value, 'UTC')).toBeNull();
    }
  });
});
