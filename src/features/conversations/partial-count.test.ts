import { describe, expect, it } from 'vitest';
import { countSentence, lackingVendors, missingVendors, type MissingVendor } from './partial-count';
import type { ListLoad } from './list-view-state';

function load(states: Record<string, 'loading' | 'error' | 'ready'>): ListLoad {
  const labels: Record<string, string> = {
    socialintents: 'Social Intents',
    livechat: 'LiveChat',
    imbox: 'ImBox',
    snapengage: 'SnapEngage',
  };
  return {
    server: { state: 'ready' },
    vendors: Object.entries(states).map(([vendor, state]) => ({
      vendor: vendor as MissingVendor['vendor'],
      label: labels[vendor] ?? vendor,
      state,
    })),
  };
}

describe('the partial count', () => {
  it('is the plain count when every vendor loaded', () => {
    const missing = missingVendors(load({ livechat: 'ready', imbox: 'ready' }), []);
    expect(missing).toEqual([]);
    expect(countSentence(935, missing)).toBe('935 conversations');
    expect(countSentence(1, missing)).toBe('1 conversation');
  });

  it('names a failed vendor as not included and a loading one as still loading', () => {
    const missing = missingVendors(
      load({ socialintents: 'ready', livechat: 'error', imbox: 'loading', snapengage: 'loading' }),
      [],
    );
    expect(countSentence(935, missing)).toBe(
      '935 conversations · LiveChat failed, not included · ImBox and SnapEngage still loading',
    );
    expect(countSentence(935, missing.slice(0, 1))).toBe('935 conversations · LiveChat failed, not included');
  });

  it('lists three or more vendors with commas and a final "and"', () => {
    const missing = missingVendors(load({ socialintents: 'error', livechat: 'error', imbox: 'error' }), []);
    expect(countSentence(0, missing)).toBe(
      '0 conversations · Social Intents, LiveChat and ImBox failed, not included',
    );
  });

  it('names a vendor whose refresh failed as not refreshed, and a file made now holds its rows', () => {
    const state = load({ socialintents: 'ready', livechat: 'ready', imbox: 'error', snapengage: 'loading' });
    const stale = {
      ...state,
      vendors: state.vendors.map((item) => ({ ...item, stale: item.vendor === 'livechat' })),
    };
    const missing = missingVendors(stale, []);
    expect(countSentence(935, missing)).toBe(
      '935 conversations · ImBox failed, not included · LiveChat not refreshed · SnapEngage still loading',
    );
    expect(lackingVendors(missing).map((item) => item.label)).toEqual(['ImBox', 'SnapEngage']);
  });

  it('ignores vendors the view filters out', () => {
    const state = load({ livechat: 'error', imbox: 'ready', snapengage: 'loading' });
    expect(missingVendors(state, ['imbox'])).toEqual([]);
    expect(countSentence(12, missingVendors(state, ['imbox', 'snapengage']))).toBe(
      '12 conversations · SnapEngage still loading',
    );
  });
});
