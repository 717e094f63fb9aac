import { describe, expect, it } from 'vitest';
import statisticsSample from './__fixtures__/chat-statistics.json';
import infoSample from './__fixtures__/grab-visitor-info.json';
import { imboxBrowser, imboxLocation, imboxReferrer } from './map-imbox-visitor';

const [statistics] = statisticsSample.json;
const [info] = infoSample.json;

describe('the ImBox visitor in pieces, put together', () => {
  it('reads the documented chatStatistics row', () => {
    expect(imboxLocation(statistics?.city ?? null, statistics?.country ?? null)).toBe('Stockholm, Sweden');
    expect(imboxBrowser(statistics?.browser ?? null, statistics?.os ?? null)).toBe('Chrome 50.0.0 on OS X');
    // The sample's searchEngine is "": read as null by the schema, so only the traffic type remains.
    expect(imboxReferrer(statistics?.referral ?? null, null)).toBe('Direct');
  });

  it('reads the documented grabVisitorInfo row the same way', () => {
    expect(imboxLocation(info?.user_city ?? null, info?.user_country ?? null)).toBe('Stockholm, Sweden');
    expect(imboxBrowser(info?.browser ?? null, info?.os ?? null)).toBe('Chrome 50.0.0 on Windows 7 0.0.0');
  });

  it('keeps the search engine beside organic traffic, and whatever piece is there alone', () => {
    expect(imboxReferrer('Organic', 'Google')).toBe('Organic (Google)');
    expect(imboxBrowser(null, 'Linux')).toBe('Linux');
    expect(imboxLocation(null, null)).toBeNull();
  });
});
