import type { Conversation } from '../../model/conversation';
import { carrySearchText, searchTextOf } from '../search/carried-search-text';
import { fromColumns, toColumns, type ListColumns } from './list-columns';

/**
 * Rows as the history worker hands them to the page when the device keeps the history: what the list
 * shows of them, as columns (list-columns.ts), and each row's whole search text. Structured-cloning whole
 * rows, with their messages, cost a 90-day cold load about 2.5 s of the worker and 1 s of the page, and
 * left a heap behind that the next page load paid to collect; these are a fraction of that. The whole rows
 * stay in the worker until they are stored (unstored-rows.ts), and are read back where more is needed, as
 * after a reload (whole-rows.ts).
 */
export type ListSlice = { columns: ListColumns; texts: string[] };

/** One vendor's rows (a slice's rows share a vendor, as a day's do) as a slice. */
export function toListSlice(rows: ReadonlyArray<Conversation>): ListSlice {
  return { columns: toColumns(rows), texts: rows.map(searchTextOf) };
}

/** The list rows of a slice, read under `account`, each carrying its whole search text. */
export function fromListSlice(slice: ListSlice, account: string): Conversation[] {
  const rows = fromColumns(slice.columns, account);
  rows.forEach((row, i) => carrySearchText(row, slice.texts[i] ?? ''));
  return rows;
}
