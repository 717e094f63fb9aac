import { describe, expect, it } from 'vitest';
import { forgetPendingSearch, rememberPendingSearch, takePendingSearch } from './pending-search-text';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { size: () => number } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    size: () => items.size,
  };
}

const list = { pathname: '/', search: '?status=answered' };

describe('search text typed but not yet in the link', () => {
  it('is given back to a page loaded at the address it was typed at', () => {
    const storage = memoryStorage();
    rememberPendingSearch(storage, list, 'refund');
    expect(takePendingSearch(storage, list)).toBe('refund');
  });

  it('gives back a cleared box too, so a cleared search stays cleared', () => {
    const storage = memoryStorage();
    rememberPendingSearch(storage, { pathname: '/', search: '?q=refund' }, '');
    expect(takePendingSearch(storage, { pathname: '/', search: '?q=refund' })).toBe('');
  });

  it('is dropped at any other address: another filter, another path', () => {
    const storage = memoryStorage();
    rememberPendingSearch(storage, list, 'refund');
    expect(takePendingSearch(storage, { pathname: '/', search: '?status=missed' })).toBeNull();
    expect(storage.size()).toBe(0);
    rememberPendingSearch(storage, list, 'refund');
    expect(
      takePendingSearch(storage, { pathname: '/conversations/imbox/7', search: list.search }),
    ).toBeNull();
  });

  it('is gone once the link carries it', () => {
    const storage = memoryStorage();
    rememberPendingSearch(storage, list, 'refund');
    forgetPendingSearch(storage);
    expect(takePendingSearch(storage, list)).toBeNull();
  });

  it('treats an unreadable note as nothing pending', () => {
    const storage = memoryStorage();
    storage.setItem('backscroll.pending-search', '{"at":');
    expect(takePendingSearch(storage, list)).toBeNull();
    storage.setItem('backscroll.pending-search', JSON.stringify({ at: '/?status=answered', text: 7 }));
    expect(takePendingSearch(storage, list)).toBeNull();
    expect(storage.size()).toBe(0);
  });

  it('keeps working without storage (private mode, a refused quota)', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => rememberPendingSearch(refusing, list, 'refund')).not.toThrow();
    expect(takePendingSearch(refusing, list)).toBeNull();
    expect(takePendingSearch(undefined, list)).toBeNull();
  });
});
