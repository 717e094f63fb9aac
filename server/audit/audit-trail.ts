import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { auditEventSchema, type AuditAction, type AuditEntry, type AuditEvent } from '../../src/model/audit';

/**
 * The audit trail: an append-only table in the same SQLite file as the SnapEngage inbox. It keeps its own
 * table (created if missing) rather than a step in the inbox's numbered migrations, so the inbox's schema
 * version stays the inbox's. Rows are never updated (a trigger refuses it); the only deletion is retention.
 */
export type AuditQuery = {
  /** Part of the user's e-mail, any case. */
  user?: string | undefined;
  action?: AuditAction | undefined;
  /** Epoch ms, inclusive. */
  from?: number | undefined;
  to?: number | undefined;
  limit: number;
  /** Where the previous page stopped (from its `next`). */
  after?: AuditPosition | null | undefined;
};

export type AuditPosition = { at: number; id: number };

export type AuditTrail = {
  /** Validates and appends one entry; throws when the event is not a valid one. */
  record: (event: AuditEvent) => AuditEntry;
  /** Newest first, `limit` at a time. */
  list: (query: AuditQuery) => { entries: AuditEntry[]; next: AuditPosition | null };
  /** Deletes entries older than the retention; returns how many went. */
  prune: () => number;
  close: () => void;
};

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    user_email TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS audit_events_by_at ON audit_events (at DESC, id DESC);
  CREATE TRIGGER IF NOT EXISTS audit_events_append_only BEFORE UPDATE ON audit_events
  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`;

const DAY_MS = 86_400_000;

type Row = { id: number; at: number; user_email: string | null; action: string; detail: string };

const storedDetailSchema = z.record(z.string(), z.unknown());

export function openAuditTrail(
  file: string,
  { retentionDays, now = Date.now }: { retentionDays: number; now?: () => number },
): AuditTrail {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insert = db.prepare<{ at: number; user: string | null; action: string; detail: string }>(
    'INSERT INTO audit_events (at, user_email, action, detail) VALUES (@at, @user, @action, @detail)',
  );
  // One statement for every filter combination: a NULL parameter switches its filter off.
  const page = db.prepare<
    {
      user: string | null;
      action: string | null;
      from: number | null;
      to: number | null;
      afterAt: number | null;
      afterId: number | null;
      limit: number;
    },
    Row
  >(
    `SELECT id, at, user_email, action, detail FROM audit_events
     WHERE (@user IS NULL OR instr(lower(user_email), lower(@user)) > 0)
       AND (@action IS NULL OR action = @action)
       AND (@from IS NULL OR at >= @from)
       AND (@to IS NULL OR at <= @to)
       AND (@afterAt IS NULL OR at < @afterAt OR (at = @afterAt AND id < @afterId))
     ORDER BY at DESC, id DESC LIMIT @limit`,
  );
  const deleteBefore = db.prepare<{ cutoff: number }>('DELETE FROM audit_events WHERE at < @cutoff');

  return {
    record(event) {
      const valid = auditEventSchema.parse(event);
      const detail = JSON.stringify(valid.detail);
      const result = insert.run({ at: valid.at, user: valid.user, action: valid.action, detail });
      return { id: String(result.lastInsertRowid), ...valid };
    },
    list({ user, action, from, to, limit, after }) {
      // One row more than asked tells whether another page exists without a second query.
      const rows = page.all({
        user: user ?? null,
        action: action ?? null,
        from: from ?? null,
        to: to ?? null,
        afterAt: after?.at ?? null,
        afterId: after?.id ?? null,
        limit: limit + 1,
      });
      const pageRows = rows.slice(0, limit);
      const last = pageRows[pageRows.length - 1];
      return {
        entries: pageRows.map(toEntry),
        next: rows.length > limit && last ? { at: last.at, id: last.id } : null,
      };
    },
    prune() {
      return deleteBefore.run({ cutoff: now() - retentionDays * DAY_MS }).changes;
    },
    close() {
      if (db.open) db.close();
    },
  };
}

function toEntry(row: Row): AuditEntry {
  const detail = storedDetailSchema.safeParse(safeJson(row.detail));
  return {
    id: String(row.id),
    at: row.at,
    user: row.user_email,
    action: row.action,
    detail: detail.success ? detail.data : {},
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
