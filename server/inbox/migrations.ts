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
