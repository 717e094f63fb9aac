import type { Conversation } from '../../model/conversation';
import { searchTextOf } from '../search/carried-search-text';

/**
 * What the search box searches in each of a day's rows (lib/search/searchable-text.ts), kept beside the
 * rows as plain strings: after a reload the search worker reads these instead of the whole rows. Read
 * whole, a day's rows cost the worker about 100 ms each (their messages are objects to rebuild); the same
 * text as strings is a fraction of that (docs/benchmark-log.md).
 */
export type SearchTexts = { ids: string[]; texts: string[] };

export function toSearchTexts(rows: ReadonlyArray<Conversation>): SearchTexts {
  return { ids: rows.map((row) => row.id), texts: rows.map(searchTextOf) };
}

/** The texts of the rows `ids`, by id; rows the record does not have are absent. */
export function textsFor(record: SearchTexts | undefined, ids: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  if (!record) return found;
  for (let i = 0; i < record.ids.length; i++) {
    const id = record.ids[i] as string;
    if (ids.has(id)) found.set(id, record.texts[i] ?? '');
  }
  return found;
}
