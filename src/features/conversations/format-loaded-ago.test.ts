import { describe, expect, it } from 'vitest';
import { formatLoadedAgo } from './format-loaded-ago';

describe('formatLoadedAgo', () => {
  const now = 1_000_000_000_000;
  it('says how long ago, in the largest whole unit', () => {
    expect(formatLoadedAgo(null, now)).toBe('Not loaded yet');
    expect(formatLoadedAgo(now - 20_000, now)).toBe('Loaded just now');
    expect(formatLoadedAgo(now - 3 * 60_000, now)).toBe('Loaded 3 min ago');
    expect(formatLoadedAgo(now - 150 * 60_000, now)).toBe('Loaded 2 h ago');
    expect(formatLoadedAgo(now - 24 * 3_600_000, now)).toBe('Loaded 1 day ago');
    expect(formatLoadedAgo(now - 80 * 3_600_000, now)).toBe('Loaded 3 days ago');
  });
});
