import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bucketOf } from '../../lib/history/history-store';
import type { Conversation } from '../../model/conversation';
import { makeConversation } from '../../testing/make-conversation';

/**
 * The history worker and the device, as the page sees them: `worker` holds the rows handed to the page and
 * not yet stored; `device` what is stored. `onDeviceRead` runs as the device answers: a write that lands
 * (and the worker letting go of its rows) while the page is reading.
 */
const state = vi.hoisted(() => ({
  worker: new Map<string, Conversation>(),
  device: new Map<string, Conversation>(),
  payloads: new Map<string, unknown>(),
  onDeviceRead: () => {},
}));

vi.mock('./load-in-worker', () => ({
  unstoredRows: async (_account: string, _bucket: number, ids?: string[]) =>
    new Map([...state.worker].filter(([id]) => !ids || ids.includes(id))),
  unstoredPayloads: async (_account: string, _bucket: number, ids: string[]) =>
    new Map(
      [...state.worker]
        .filter(([id, row]) => ids.includes(id) && row.raw !== undefined)
        .map(([id, row]) => [id, row.raw]),
    ),
}));

vi.mock('../../lib/history/device-store', () => ({
  historyStore: async () => ({
    rowsOf: async (_account: string, _bucket: number, ids?: ReadonlySet<string>) => {
      const found = new Map([...state.device].filter(([id]) => !ids || ids.has(id)));
      state.onDeviceRead();
      return found;
    },
    payloads: async (_account: string, _bucket: number, ids: ReadonlySet<string>) =>
      new Map([...state.payloads].filter(([id]) => ids.has(id))),
  }),
}));

const { heldDay, heldPayloads, heldRows } = await import('./held-rows');

const account = 'livechat:aaaa';
const startedAt = Date.parse('2026-11-02T10:00:00Z');
const day = bucketOf(startedAt);
const row = (id: string, raw?: unknown) => makeConversation({ id, startedAt, raw });

/** The write of `ids` landing: on the device, and let go of by the worker. */
const store = (...ids: string[]) => {
  for (const id of ids) {
    const whole = state.worker.get(id);
    if (!whole) continue;
    state.device.set(id, whole);
    state.worker.delete(id);
  }
};

beforeEach(() => {
  state.worker.clear();
  state.device.clear();
  state.payloads.clear();
  state.onDeviceRead = () => {};
});

describe('the whole rows behind the page’s list rows', () => {
  it('come from the worker before they are stored and from the device after', async () => {
    state.worker.set('a', row('a'));
    state.device.set('b', row('b'));
    expect([...(await heldRows.rowsOf(account, day, new Set(['a', 'b']))).keys()].sort()).toEqual(['a', 'b']);
    const read = await heldDay(account, day);
    expect([...read.rows.keys()].sort()).toEqual(['a', 'b']);
    expect(read.partlyUnstored).toBe(true);
    store('a');
    expect((await heldDay(account, day)).partlyUnstored).toBe(false);
  });

  it('are found while their write lands during the read: the worker lets go only of what is stored', async () => {
    state.worker.set('a', row('a'));
    state.onDeviceRead = () => store('a');
    expect([...(await heldRows.rowsOf(account, day, new Set(['a']))).keys()]).toEqual(['a']);
    state.worker.set('c', row('c'));
    state.onDeviceRead = () => store('c');
    expect([...(await heldDay(account, day)).rows.keys()].sort()).toEqual(['a', 'c']);
  });

  it('bring their vendor payloads from wherever they are', async () => {
    state.worker.set('a', row('a', { chat: 'a' }));
    state.payloads.set('b', { chat: 'b' });
    const payloads = await heldPayloads(account, day, new Set(['a', 'b', 'x']));
    expect(Object.fromEntries(payloads)).toEqual({ a: { chat: 'a' }, b: { chat: 'b' } });
  });
});
