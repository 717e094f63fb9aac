import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openInboxStore, type InboxStore, type PagePosition, type StoredCase } from './inbox-store';

const T = Date.parse('2026-03-01T12:00:00Z');
let dir: string;
let store: InboxStore;

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every page of the range, one case a page, in the order the inbox lists them. */
function everyPage(): StoredCase[] {
  const listed: StoredCase[] = [];
  let after: PagePosition | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = store.page({ from: T - 1000, to: T + 1000, limit: 1, maxBytes: 1_000_000, after });
    listed.push(...page.cases);
    if (page.next === null) return listed;
    after = page.next;
  }
  throw new Error('the inbox never reached its last page');
}

describe('the inbox store', () => {
  it('pages newest first through cases that share an instant and an id text, losing and repeating none', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'backscroll-inbox-store-'));
    store = openInboxStore(path.join(dir, 'inbox.sqlite'));
    // Each page holds one case, so every page boundary falls between two cases that tie on their start,
    // and two of them tie on their id text too (SnapEngage's 7 and "7" are different cases).
    const saved: Array<[string, boolean, number]> = [
      ['7', true, T],
      ['7', false, T],
      ['8', false, T],
      ['6', false, T],
      ['9', false, T + 1],
      ['5', false, T - 1],
    ];
    for (const [id, idIsNumber, createdAt] of saved) {
      store.save({ id, idIsNumber, createdAt, type: 'chat', visitorEmail: null, raw: '{}', receivedAt: T });
    }
    expect(
      everyPage().map((item) => `${item.id}${item.idIsNumber ? '#' : ''}@${item.startedAt - T}`),
    ).toEqual(['9@1', '8@0', '7#@0', '7@0', '6@0', '5@-1']);
  });
});
