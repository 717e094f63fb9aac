import { describe, expect, it } from 'vitest';
import { parseImBoxInstant } from './parse-imbox-instant';

describe('ImBox dates', () => {
  it('reads the documented format as an instant', () => {
    expect(parseImBoxInstant('2020-01-01T00:00:00.000Z')).toBe(Date.UTC(2020, 0, 1));
  });

  it('honours an explicit offset and reads a zoneless time as UTC, whatever the machine timezone', () => {
    expect(parseImBoxInstant('2020-01-01T02:00:00+02:00')).toBe(Date.UTC(2020, 0, 1));
    expect(parseImBoxInstant('2020-01-01 13:45:10')).toBe(Date.UTC(2020, 0, 1, 13, 45, 10));
  });

  it('treats impossible dates as unknown instead of rolling them over', () => {
    // The docs' own grabVisitorLabels sample carries this one.
    expect(parseImBoxInstant('2020-00-00T00:00:00.000Z')).toBeNull();
    expect(parseImBoxInstant('2020-02-30T00:00:00.000Z')).toBeNull();
    expect(parseImBoxInstant('yesterday')).toBeNull();
    expect(parseImBoxInstant('')).toBeNull();
    expect(parseImBoxInstant(null)).toBeNull();
  });
});
