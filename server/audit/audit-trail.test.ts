import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../src/model/audit';
import { loadConfig } from '../config';
import { openInboxStore } from '../inbox/inbox-store';
import { silentLogger } from '../log';
import { createAudit } from './audit';
import { openAuditTrail, type AuditTrail } from './audit-trail';
import { recordAudit } from './record-audit';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');

let dir: string;
let file: string;
let trail: AuditTrail;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'backscroll-audit-'));
  file = path.join(dir, 'snapengage-inbox.sqlite');
  clock = NOW;
  trail = openAuditTrail(file, { retentionDays: 30, now: () => clock });
});

afterEach(() => {
  trail.close();
  rmSync(dir, { recursive: true, force: true });
});

function view(at: number, user: string | null, conversationId = `c-${at}`): AuditEvent {
  return { at, user, action: 'transcript_view', detail: { vendor: 'livechat', conversationId } };
}

const anExport: AuditEvent = {
  at: NOW - 1000,
  user: 'Lead@Example.com',
  action: 'export',
  detail: {
    format: 'csv',
    filters: [
      ['vendor', 'livechat'],
      ['q', 'refund'],
    ],
    rows: 42,
    redaction: null,
    fileName: 'backscroll_livechat_2026-11-01_to_2026-11-20.csv',
  },
};

describe('the audit trail', () => {
  it('records entries and lists them back newest first, as recorded', () => {
    trail.record(view(NOW - 3000, null, 'older'));
    trail.record(anExport);
    trail.record(view(NOW - 2000, 'ann@example.com', 'middle'));
    const { entries, next } = trail.list({ limit: 10 });
    expect(next).toBeNull();
    expect(entries.map((entry) => entry.action)).toEqual(['export', 'transcript_view', 'transcript_view']);
    expect(entries[0]).toEqual({ id: expect.any(String), ...anExport });
    expect(entries[1]?.detail).toEqual({ vendor: 'livechat', conversationId: 'middle' });
    expect(entries[2]?.user).toBeNull();
  });

  it('filters by part of the user (any case), action and date range', () => {
    trail.record(view(NOW - 5 * DAY, 'ann@example.com'));
    trail.record(view(NOW - 3 * DAY, 'bob@example.com'));
    trail.record(view(NOW - 2 * DAY, null));
    trail.record(anExport);
    expect(trail.list({ limit: 10, user: 'LEAD@' }).entries.map((e) => e.action)).toEqual(['export']);
    expect(trail.list({ limit: 10, action: 'transcript_view' }).entries).toHaveLength(3);
    const range = trail.list({ limit: 10, from: NOW - 4 * DAY, to: NOW - 2 * DAY });
    expect(range.entries.map((e) => e.at)).toEqual([NOW - 2 * DAY, NOW - 3 * DAY]);
    expect(trail.list({ limit: 10, user: 'example.com', action: 'export', to: NOW - DAY }).entries).toEqual(
      [],
    );
  });

  it('pages by keyset without gaps or repeats, even between entries of the same instant', () => {
    for (let i = 0; i < 23; i++) trail.record(view(NOW - Math.floor(i / 3) * 1000, null, `c-${i}`));
    const seen: string[] = [];
    let after = null;
    let pages = 0;
    do {
      const page = trail.list({ limit: 5, after });
      seen.push(...page.entries.map((entry) => String(entry.detail.conversationId)));
      // An entry recorded while paging is newer than the keyset: it cannot shift later pages.
      trail.record(view(NOW + 1000 + pages, null, `late-${pages}`));
      after = page.next;
      pages++;
    } while (after);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    expect(seen.filter((id) => id.startsWith('late-'))).toEqual([]);
  });

  it('refuses an invalid event and stores nothing', () => {
    const bad: unknown = { at: NOW, user: null, action: 'transcript_view', detail: { vendor: 'zendesk' } };
    // @ts-expect-error: the point is a caller that got the shape wrong
    expect(() => trail.record(bad)).toThrow();
    expect(trail.list({ limit: 10 }).entries).toEqual([]);
  });

  it('is append-only: an entry cannot be changed', () => {
    trail.record(anExport);
    const db = new Database(file);
    try {
      expect(() => db.prepare("UPDATE audit_events SET user_email = 'someone@else.example'").run()).toThrow(
        /append-only/,
      );
    } finally {
      db.close();
    }
    expect(trail.list({ limit: 1 }).entries[0]?.user).toBe('Lead@Example.com');
  });

  it('keeps its days: older entries are deleted, the rest stay', () => {
    trail.record(view(NOW - 31 * DAY, null, 'too-old'));
    trail.record(view(NOW - 30 * DAY + 1000, null, 'just-kept'));
    trail.record(view(NOW, null, 'today'));
    expect(trail.prune()).toBe(1);
    expect(trail.list({ limit: 10 }).entries.map((e) => e.detail.conversationId)).toEqual([
      'today',
      'just-kept',
    ]);
    clock += 2 * DAY;
    expect(trail.prune()).toBe(1);
  });

  it('lives beside the SnapEngage inbox in the same file without touching its schema', () => {
    trail.record(anExport);
    const inbox = openInboxStore(file);
    inbox.save({
      id: 'c1',
      idIsNumber: false,
      createdAt: NOW,
      type: 'chat',
      visitorEmail: null,
      raw: '{}',
      receivedAt: NOW,
    });
    inbox.close();
    trail.close();
    trail = openAuditTrail(file, { retentionDays: 30, now: () => clock });
    expect(trail.list({ limit: 10 }).entries).toHaveLength(1);
  });
});

describe('retention at start, and recordAudit for server code', () => {
  it('deletes old entries when the server starts, and records through recordAudit', () => {
    const config = loadConfig({
      BACKSCROLL_DATA_DIR: dir,
      BACKSCROLL_DEMO: '0',
      SNAPENGAGE_WEBHOOK_TOKEN: 't',
      BACKSCROLL_AUDIT_DAYS: '7',
    });
    const first = createAudit({ config, logger: silentLogger, now: () => NOW - 10 * DAY });
    first.trail.record(view(NOW - 10 * DAY, null, 'old'));
    first.trail.record(view(NOW - 6 * DAY, null, 'recent'));
    first.close();

    const second = createAudit({ config, logger: silentLogger, now: () => NOW });
    try {
      expect(second.trail.list({ limit: 10 }).entries.map((e) => e.detail.conversationId)).toEqual([
        'recent',
      ]);
      expect(
        recordAudit(
          {
            user: 'ann@example.com',
            action: 'sign_in_refused',
            detail: { method: 'oidc', reason: 'not allowed' },
          },
          () => NOW,
        ),
      ).toBe(true);
      expect(second.trail.list({ limit: 1 }).entries[0]).toMatchObject({
        at: NOW,
        user: 'ann@example.com',
        action: 'sign_in_refused',
        detail: { method: 'oidc', reason: 'not allowed' },
      });
    } finally {
      second.close();
    }
    expect(recordAudit({ user: null, action: 'sign_out', detail: {} })).toBe(false);
  });
});
