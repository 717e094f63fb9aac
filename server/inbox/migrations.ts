import type Database from 'better-sqlite3';

/**
 * The inbox's schema, as numbered steps. `PRAGMA user_version` records how many have run, so a store
 * written by an older Backscroll is upgraded in place on start and never rebuilt (it holds the only copy
 * of cases SnapEngage pushed: the Integration API does not resend them).
 */
const migrations: ReadonlyArray<string> = [
  // 1: one row per case id; the raw body exactly as received, plus the columns the reads filter on.
  `CREATE TABLE cases (
     id TEXT PRIMARY KEY,
     started_at INTEGER NOT NULL,
     type TEXT,
     visitor_email TEXT,
     first_received_at INTEGER NOT NULL,
     received_at INTEGER NOT NULL,
     delivery_count INTEGER NOT NULL DEFAULT 1,
     raw TEXT NOT NULL
   ) STRICT;
   CREATE INDEX cases_by_start ON cases (started_at DESC, id DESC);
   CREATE INDEX cases_by_visitor_email ON cases (visitor_email);`,
  // 2: ids kept as the exact text sent, a number id apart from a string id with the same text; and a
  // mark on cases that arrived without any start time and are placed at their receipt. Rows stored by
  // schema 1 read their kind of id from the raw body, and a start equal to the first receipt as that mark.
  `CREATE TABLE cases_v2 (
     id TEXT NOT NULL,
     id_is_number INTEGER NOT NULL DEFAULT 0,
     started_at INTEGER NOT NULL,
     start_from_receipt INTEGER NOT NULL DEFAULT 0,
     type TEXT,
     visitor_email TEXT,
     first_received_at INTEGER NOT NULL,
     received_at INTEGER NOT NULL,
     delivery_count INTEGER NOT NULL DEFAULT 1,
     raw TEXT NOT NULL,
     PRIMARY KEY (id, id_is_number)
   ) STRICT;
   INSERT INTO cases_v2 (id, id_is_number, started_at, start_from_receipt, type, visitor_email,
                         first_received_at, received_at, delivery_count, raw)
     SELECT id,
            CASE WHEN json_valid(raw) AND json_type(raw, '$.id') IN ('integer', 'real') THEN 1 ELSE 0 END,
            started_at,
            CASE WHEN started_at = first_received_at THEN 1 ELSE 0 END,
            type, visitor_email, first_received_at, received_at, delivery_count, raw
     FROM cases;
   DROP TABLE cases;
   ALTER TABLE cases_v2 RENAME TO cases;
   CREATE INDEX cases_by_start ON cases (started_at DESC, id DESC, id_is_number DESC);
   CREATE INDEX cases_by_visitor_email ON cases (visitor_email);`,
];

export const SCHEMA_VERSION = migrations.length;

export function migrate(db: Database.Database): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `The SnapEngage inbox was written by a newer Backscroll (schema ${current}, this one knows ${SCHEMA_VERSION}). Upgrade Backscroll.`,
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    const step = migrations[version] as string;
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
