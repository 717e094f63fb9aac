import { describe, expect, it } from 'vitest';
import { makeConversation } from '../../testing/make-conversation';
import { concatParts } from './conversation-parts';
import { buildSearchIndex } from './filter-conversations';
import { newestFirst, sortOrder } from './sort-conversations';
import type { ConversationsData, VendorLoad } from './use-conversations';
import { withPreparedRows } from './use-prepared-conversations';

function vendorLoad(vendor: VendorLoad['vendor'], rows: VendorLoad['rows']): VendorLoad {
  return {
    vendor,
    label: vendor,
    mode: 'demo',
    state: 'ready',
    error: null,
    stale: false,
    count: rows.length,
    rows,
    unreadable: 0,
    refetch: () => {},
    account: null,
    refresh: () => {},
  };
}

const liveChat = [makeConversation({ id: 'l1' }), makeConversation({ id: 'l2' })];
const imbox = [makeConversation({ vendor: 'imbox', id: 'i1', messages: null })];

function data(vendors: VendorLoad[]): ConversationsData {
  return {
    server: { state: 'ready', error: null, refetch: () => {} },
    vendors,
    offVendors: [],
    conversations: concatParts(vendors.map((vendor) => vendor.rows)),
    loading: false,
  };
}

describe('rows held back until the list has worked them out', () => {
  it('shows the latest rows as they are once they are worked out', () => {
    const latest = data([vendorLoad('livechat', liveChat), vendorLoad('imbox', imbox)]);
    expect(withPreparedRows(latest, latest.conversations)).toBe(latest);
  });

  it('keeps the rows worked out so far, and the vendor that landed since counts as loading', () => {
    const before = data([vendorLoad('livechat', liveChat), vendorLoad('imbox', [])]);
    const latest = data([vendorLoad('livechat', liveChat), vendorLoad('imbox', imbox)]);
    const shown = withPreparedRows(latest, before.conversations);
    expect(shown.conversations).toBe(before.conversations);
    expect(shown.loading).toBe(true);
    expect(shown.vendors.map((vendor) => [vendor.vendor, vendor.state])).toEqual([
      ['livechat', 'ready'],
      ['imbox', 'loading'],
    ]);
  });

  it('a vendor whose rows were only updated (ImBox details folded in) stays ready: no flicker', () => {
    const before = data([vendorLoad('livechat', liveChat), vendorLoad('imbox', imbox)]);
    const folded = imbox.map((row) => ({ ...row, visitor: { ...row.visitor, name: 'Zoe Lind' } }));
    const latest = data([vendorLoad('livechat', liveChat), vendorLoad('imbox', folded)]);
    const shown = withPreparedRows(latest, before.conversations);
    expect(shown.conversations).toBe(before.conversations);
    expect(shown.vendors.map((vendor) => vendor.state)).toEqual(['ready', 'ready']);
    expect(shown.loading).toBe(false);
  });

  it('a vendor whose rows are another list (another range) counts as loading', () => {
    const before = data([vendorLoad('livechat', liveChat)]);
    const latest = data([vendorLoad('livechat', [makeConversation({ id: 'l0' }), ...liveChat])]);
    const shown = withPreparedRows(latest, before.conversations);
    expect(shown.vendors[0]?.state).toBe('loading');
    expect(shown.loading).toBe(true);
  });

  it('does not call a vendor with no rows loading', () => {
    const before = data([vendorLoad('livechat', [])]);
    const latest = data([vendorLoad('livechat', liveChat), vendorLoad('snapengage', [])]);
    const shown = withPreparedRows(latest, before.conversations);
    expect(shown.vendors.find((vendor) => vendor.vendor === 'snapengage')?.state).toBe('ready');
    expect(shown.vendors.find((vendor) => vendor.vendor === 'livechat')?.state).toBe('loading');
  });

  it('worked out ahead for a one-vendor list, the render finds them done', () => {
    const rows = [...liveChat];
    expect(sortOrder(rows, newestFirst)).toBe(sortOrder(rows, newestFirst));
    expect(buildSearchIndex(rows)).toBe(buildSearchIndex(rows));
  });
});
