import { describe, expect, it } from 'vitest';
import { parseTimeZone, timeZoneFromParams, timeZoneOffsetName, writeTimeZone } from './display-time-zone';

describe('the display timezone from the link', () => {
  it('takes an IANA name, spelled as Intl spells it', () => {
    expect(parseTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(parseTimeZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(parseTimeZone(' America/New_York ')).toBe('America/New_York');
    expect(parseTimeZone('UTC')).toBe('UTC');
  });

  it('refuses what is not a zone, so a bad link falls back to the browser zone', () => {
    for (const bad of ['Mars/Olympus', '', '   ', null, undefined, '+09:00', '<script>', 'Asia/Tokyo;x']) {
      expect(parseTimeZone(bad)).toBeNull();
    }
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(timeZoneFromParams(new URLSearchParams('tz=Mars/Olympus'))).toBe(browser);
    expect(timeZoneFromParams(new URLSearchParams(''))).toBe(browser);
    expect(timeZoneFromParams(new URLSearchParams('tz=Asia/Tokyo'))).toBe('Asia/Tokyo');
  });

  it('writes the zone into the link, leaving the other parameters, and drops the browser zone', () => {
    const params = new URLSearchParams('from=2026-11-01&agent=Anna');
    expect(writeTimeZone(params, 'Asia/Tokyo').toString()).toBe('from=2026-11-01&agent=Anna&tz=Asia%2FTokyo');
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(writeTimeZone(new URLSearchParams('tz=Asia/Tokyo'), browser).has('tz')).toBe(false);
  });

  it('names the offset at a given instant, following daylight saving', () => {
    expect(timeZoneOffsetName('Asia/Tokyo', Date.parse('2026-01-15T00:00:00Z'))).toBe('GMT+9');
    expect(timeZoneOffsetName('Europe/Stockholm', Date.parse('2026-01-15T00:00:00Z'))).toBe('GMT+1');
    expect(timeZoneOffsetName('Europe/Stockholm', Date.parse('2026-07-15T00:00:00Z'))).toBe('GMT+2');
  });
});
