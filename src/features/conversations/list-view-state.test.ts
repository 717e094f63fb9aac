import { describe, expect, it } from 'vitest';
import { dayRange } from '../../lib/date-range';
import { noFilters } from '../../lib/list-filters';
import {
  exportedVendors,
  isVendorLoading,
  listPlaceholder,
  widenedRange,
  type ListLoad,
} from './list-view-state';

const range = dayRange('2026-10-23', '2026-11-21', 'Europe/Stockholm');
const ready = { state: 'ready' } as const;

function load(states: Partial<Record<'livechat' | 'imbox', 'loading' | 'error' | 'ready'>>): ListLoad {
  return {
    server: ready,
    vendors: Object.entries(states).map(([vendor, state]) => ({
      vendor: vendor === 'livechat' ? 'livechat' : 'imbox',
      label: vendor === 'livechat' ? 'LiveChat' : 'ImBox',
      state,
    })),
  };
}

describe('what the table area shows', () => {
  it('shows rows as soon as there are any, even while other vendors load', () => {
    expect(listPlaceholder(load({ livechat: 'loading', imbox: 'ready' }), 3, noFilters, range)).toEqual({
      kind: 'rows',
    });
  });

  it('shows a skeleton while the server or every vendor is still loading', () => {
    const starting: ListLoad = { server: { state: 'loading' }, vendors: [] };
    expect(listPlaceholder(starting, 0, noFilters, range).kind).toBe('skeleton');
    expect(listPlaceholder(load({ livechat: 'loading', imbox: 'loading' }), 0, noFilters, range).kind).toBe(
      'skeleton',
    );
  });

  it('says the filters match nothing, naming the vendors that may still add rows', () => {
    const filters = { ...noFilters, tags: ['vip'] };
    expect(listPlaceholder(load({ livechat: 'loading', imbox: 'ready' }), 0, filters, range)).toEqual({
      kind: 'empty',
      reason: { kind: 'no-match', filters },
      stillLoading: ['LiveChat'],
    });
  });

  it('says the range is empty when no filter is set', () => {
    expect(listPlaceholder(load({ imbox: 'ready' }), 0, noFilters, range)).toEqual({
      kind: 'empty',
      reason: { kind: 'empty-range', range },
      stillLoading: [],
    });
  });

  it('tells failures and a server without vendors apart from an empty result', () => {
    const failed = listPlaceholder(load({ livechat: 'error', imbox: 'error' }), 0, noFilters, range);
    expect(failed.kind === 'empty' && failed.reason.kind).toBe('all-failed');
    const serverDown = listPlaceholder({ server: { state: 'error' }, vendors: [] }, 0, noFilters, range);
    expect(serverDown.kind === 'empty' && serverDown.reason.kind).toBe('all-failed');
    const none = listPlaceholder({ server: ready, vendors: [] }, 0, noFilters, range);
    expect(none.kind === 'empty' && none.reason.kind).toBe('no-vendors');
    // One vendor failing while another answered with nothing is an empty range, not a failure.
    const partly = listPlaceholder(load({ livechat: 'error', imbox: 'ready' }), 0, noFilters, range);
    expect(partly.kind === 'empty' && partly.reason.kind).toBe('empty-range');
  });
});

describe('list rules', () => {
  it('knows whether an open conversation may still arrive', () => {
    const loads = load({ livechat: 'loading', imbox: 'ready' });
    expect(isVendorLoading(loads, 'livechat')).toBe(true);
    expect(isVendorLoading(loads, 'imbox')).toBe(false);
    expect(isVendorLoading({ server: { state: 'loading' }, vendors: [] }, 'imbox')).toBe(true);
  });

  it('exports the filtered vendors that are enabled, else every vendor that loaded', () => {
    const loads = load({ livechat: 'loading', imbox: 'ready' });
    expect(exportedVendors(loads, [])).toEqual(['imbox']);
    expect(exportedVendors(loads, ['livechat', 'snapengage'])).toEqual(['livechat']);
  });

  it('offers the last 90 days unless the range already covers them', () => {
    expect(widenedRange({ from: '2026-10-23', to: '2026-11-21' }, '2026-11-21')).toEqual({
      from: '2026-08-24',
      to: '2026-11-21',
    });
    expect(widenedRange({ from: '2026-08-24', to: '2026-11-21' }, '2026-11-21')).toBeNull();
    expect(widenedRange({ from: '2026-01-01', to: '2026-11-21' }, '2026-11-21')).toBeNull();
    // A range in the past is widened to end today.
    expect(widenedRange({ from: '2026-01-01', to: '2026-06-01' }, '2026-11-21')).not.toBeNull();
  });
});
