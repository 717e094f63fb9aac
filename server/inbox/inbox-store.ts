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
  /** The id exactly as written in the body (server/inbox/exact-id.ts). */
  id: string;
  /** The id was a JSON number: `4242` and `"4242"` are two cases. */
  idIsNumber: boolean;
  /** Epoch ms from the case itself, or null to fall back to when we first received it. */
  createdAt: number | null;
  type: string | null;
  visitorEmail: string | null;
  /** The request body exactly as received. */
  raw: string;
  receivedAt: number;
};

/** A stored case as the read routes need it. */
export type StoredCase = {
  id: string;
  idIsNumber: boolean;
  startedAt: number;
  /** No start time came with the case: `startedAt` is when it was first received. */
  startFromReceipt: boolean;
  raw: string;
};

/** Where a page of the newest-first listing stopped: the last row's start instant and id. */
export type PagePosition = { startedAt: number; id: string; idIsNumber: boolean };

export type CasePage = { cases: StoredCase[]; next: PagePosition | null; total: number };

export type InboxStore = {
  /** Inserts a case, or replaces the stored body of a case with the same id. */
  save: (incoming: IncomingCase) => 'new' | 'updated';
  /**
   * Cases that started in [from, to], newest first, after `after`: at most `limit` of them and, past the
   * first, no more than `maxBytes` of bodies, so a page of large cases stays a size the server can build.
   */
  page: (query: {
    from: number;
    to: number;
    limit: number;
    maxBytes: number;
    after: PagePosition | null;
    /** Only the cases of this visitor e-mail (lowercased, as stored); absent or null: every case. */
    email?: string | null;
  }) => CasePage;
  /** The case with this id; a string id before a number id with the same text. */
  get: (id: string) => StoredCase | null;
  close: () => void;
};

type Row = {
  id: string;
  id_is_number: number;
  started_at: number;
  start_from_receipt: number;
  raw: string;
};

const toStored = (row: Row): StoredCase => ({
  id: row.id,
  idIsNumber: row.id_is_number === 1,
  startedAt: row.started_at,
  startFromReceipt: row.start_from_receipt === 1,
  raw: row.raw,
});

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
      number: number;
      created: number | null;
      type: string | null;
      email: string | null;
      raw: string;
      now: number;
    },
    { delivery_count: number }
  >(
    `INSERT INTO cases (id, id_is_number, started_at, start_from_receipt, type, visitor_email,
                        first_received_at, received_at, delivery_count, raw)
     VALUES (@id, @number, COALESCE(@created, @now), @created IS NULL, @type, @email, @now, @now, 1, @raw)
     ON CONFLICT (id, id_is_number) DO UPDATE SET
       started_at = COALESCE(@created, cases.first_received_at),
       start_from_receipt = @created IS NULL,
       type = excluded.type,
       visitor_email = excluded.visitor_email,
       received_at = excluded.received_at,
       delivery_count = cases.delivery_count + 1,
       raw = excluded.raw
     RETURNING delivery_count`,
  );
  const columns = 'id, id_is_number, started_at, start_from_receipt, raw';
  // The visitor's history asks by e-mail over all time (the column the webhook fills, lowercased).
  const ofEmail = '(@email IS NULL OR visitor_email = @email)';
  const firstPage = db.prepare<{ from: number; to: number; email: string | null }, Row>(
    `SELECT ${columns} FROM cases
     WHERE started_at BETWEEN @from AND @to AND ${ofEmail}
     ORDER BY started_at DESC, id DESC, id_is_number DESC`,
  );
  const laterPage = db.prepare<
    {
      from: number;
      to: number;
      afterStart: number;
      afterId: string;
      afterNumber: number;
      email: string | null;
    },
    Row
  >(
    `SELECT ${columns} FROM cases
     WHERE started_at BETWEEN @from AND @to AND ${ofEmail}
       AND (started_at, id, id_is_number) < (@afterStart, @afterId, @afterNumber)
     ORDER BY started_at DESC, id DESC, id_is_number DESC`,
  );
  const countInRange = db.prepare<{ from: number; to: number; email: string | null }, { total: number }>(
    `SELECT COUNT(*) AS total FROM cases WHERE started_at BETWEEN @from AND @to AND ${ofEmail}`,
  );
  const byId = db.prepare<[string], Row>(
    `SELECT ${columns} FROM cases WHERE id = ? ORDER BY id_is_number ASC LIMIT 1`,
  );

  return {
    save(incoming) {
      const row = upsert.get({
        id: incoming.id,
        number: incoming.idIsNumber ? 1 : 0,
        created: incoming.createdAt,
        type: incoming.type,
        email: incoming.visitorEmail,
        raw: incoming.raw,
        now: incoming.receivedAt,
      });
      return row?.delivery_count === 1 ? 'new' : 'updated';
    },
    page({ from, to, limit, maxBytes, after, email: wanted }) {
      const email = wanted ?? null;
      // Rows are read one at a time and the reading stops at the page's end, so a range of huge cases
      // never sits in memory at once; one row past the page tells whether another page exists.
      const rows = after
        ? laterPage.iterate({
            from,
            to,
            afterStart: after.startedAt,
            afterId: after.id,
            afterNumber: after.idIsNumber ? 1 : 0,
            email,
          })
        : firstPage.iterate({ from, to, email });
      const cases: StoredCase[] = [];
      let bytes = 0;
      let more = false;
      for (const row of rows) {
        const size = Buffer.byteLength(row.raw, 'utf8');
        if (cases.length >= limit || (cases.length > 0 && bytes + size > maxBytes)) {
          more = true;
          break;
        }
        cases.push(toStored(row));
        bytes += size;
      }
      const last = cases[cases.length - 1];
      const next =
        more && last ? { startedAt: last.startedAt, id: last.id, idIsNumber: last.idIsNumber } : null;
      const total = countInRange.get({ from, to, email })?.total ?? 0;
      return { cases, next, total };
    },
    get(id) {
      const row = byId.get(id);
      return row ? toStored(row) : null;
    },
    close() {
      if (db.open) db.close();
    },
  };
}
