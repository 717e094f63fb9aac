import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

/**
 * The SnapEngage cases SnapEngage pushed to us, in SQLite. WAL with synchronous=NORMAL makes a commit
 * durable against a crash of this process (kill -9 included) as soon as the statement returns, which is
 * what the webhook needs before it answers 200; only a power loss could still lose the last commits.
 */
export type IncomingCase = {
  id: string;
  /** Epoch ms from the case itself, or null to fall back to when we first received it. */
  createdAt: number | null;
  type: string | null;
  visitorEmail: string | null;
  /** The request body exactly as received. */
  raw: string;
  receivedAt: number;
};

/** Where a page of the newest-first listing stopped: the last row's start instant and id. */
export type PagePosition = { startedAt: number; id: string };

export type CasePage = { raws: string[]; next: PagePosition | null; total: number };

export type InboxStore = {
  /** Inserts a case, or replaces the stored body of a case with the same id. */
  save: (incoming: IncomingCase) => 'new' | 'updated';
  /** Cases that started in [from, to], newest first, `limit` at a time after `after`. */
  page: (query: { from: number; to: number; limit: number; after: PagePosition | null }) => CasePage;
  get: (id: string) => string | null;
  close: () => void;
};

export function openInboxStore(file: string, options: { wipe?: boolean } = {}): InboxStore {
  mkdirSync(path.dirname(file), { recursive: true });
  if (options.wipe) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  // A redelivery keeps when we first saw the case and, when it still carries no creation time, the
  // start instant that was derived from that first sighting.
  const upsert = db.prepare<
    {
      id: string;
      created: number | null;
      type: string | null;
      email: string | null;
      raw: string;
      now: number;
    },
    { delivery_count: number }
  >(
    `INSERT INTO cases (id, started_at, type, visitor_email, first_received_at, received_at, delivery_count, raw)
     VALUES (@id, COALESCE(@created, @now), @type, @email, @now, @now, 1, @raw)
     ON CONFLICT (id) DO UPDATE SET
       started_at = COALESCE(@created, cases.first_received_at),
       type = excluded.type,
       visitor_email = excluded.visitor_email,
       received_at = excluded.received_at,
       delivery_count = cases.delivery_count + 1,
       raw = excluded.raw
     RETURNING delivery_count`,
  );
  const firstPage = db.prepare<
    { from: number; to: number; limit: number },
    { id: string; started_at: number; raw: string }
  >(
    `SELECT id, started_at, raw FROM cases
     WHERE started_at BETWEEN @from AND @to
     ORDER BY started_at DESC, id DESC LIMIT @limit`,
  );
  const laterPage = db.prepare<
    { from: number; to: number; limit: number; afterStart: number; afterId: string },
    { id: string; started_at: number; raw: string }
  >(
    `SELECT id, started_at, raw FROM cases
     WHERE started_at BETWEEN @from AND @to
       AND (started_at < @afterStart OR (started_at = @afterStart AND id < @afterId))
     ORDER BY started_at DESC, id DESC LIMIT @limit`,
  );
  const countInRange = db.prepare<{ from: number; to: number }, { total: number }>(
    'SELECT COUNT(*) AS total FROM cases WHERE started_at BETWEEN @from AND @to',
  );
  const byId = db.prepare<[string], { raw: string }>('SELECT raw FROM cases WHERE id = ?');

  return {
    save(incoming) {
      const row = upsert.get({
        id: incoming.id,
        created: incoming.createdAt,
        type: incoming.type,
        email: incoming.visitorEmail,
        raw: incoming.raw,
        now: incoming.receivedAt,
      });
      return row?.delivery_count === 1 ? 'new' : 'updated';
    },
    page({ from, to, limit, after }) {
      // One row more than asked tells whether another page exists without a second query.
      const rows = after
        ? laterPage.all({ from, to, limit: limit + 1, afterStart: after.startedAt, afterId: after.id })
        : firstPage.all({ from, to, limit: limit + 1 });
      const pageRows = rows.slice(0, limit);
      const last = pageRows[pageRows.length - 1];
      const next = rows.length > limit && last ? { startedAt: last.started_at, id: last.id } : null;
      const total = countInRange.get({ from, to })?.total ?? 0;
      return { raws: pageRows.map((row) => row.raw), next, total };
    },
    get(id) {
      return byId.get(id)?.raw ?? null;
    },
    close() {
      if (db.open) db.close();
    },
  };
}
