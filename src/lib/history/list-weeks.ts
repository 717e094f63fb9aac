import type { Table } from 'dexie';
import type { HistoryAccount } from './history-store';
import type { ListColumns } from './list-columns';
import { readAhead, type DaysAhead } from './read-ahead';

/**
 * What the list shows of a week's rows, as columns by day (list-columns.ts), kept beside the rows. A week to
 * a record, not a day: a reload of 90 days reads 14 records an account instead of 90. Chromium keeps each
 * record over 64 KiB in a file of its own, and most days of 100,000 demo conversations are: in a fresh
 * browser, reading the 360 day records of 90 days took 0.61–0.77 s (0.51–0.64 s of the page's main
 * thread), the 54 week records 0.27–0.46 s (0.26–0.45 s) (docs/benchmark-log.md, "A week to a record,
 * and read ahead"). Weeks are numbered from the epoch's (Thursday to Wednesday, UTC).
 */
export type ListWeekRow = { account: HistoryAccount; week: number; days: Map<number, ListColumns> };

/** Weeks of list records asked at a time: each is answered, and deserialized, in a task of its own. */
export const WEEKS_PER_READ = 2;

export const weekOf = (day: number) => Math.floor(day / 7);

/** The weeks of the days `firstDay` to `lastDay`, newest first, as a list is read. */
export function weeksNewestFirst(firstDay: number, lastDay: number): number[] {
  const weeks: number[] = [];
  for (let week = weekOf(lastDay); week >= weekOf(firstDay); week--) weeks.push(week);
  return weeks;
}

export type ListWeeks = {
  /** The records of `weeks` (undefined where none is held): read ahead where they were, else asked now. */
  read: (account: HistoryAccount, weeks: ReadonlyArray<number>) => Promise<Array<ListWeekRow | undefined>>;
  /**
   * Writes each day's columns (null: the day has no rows now) into its week's record, in the caller's
   * transaction; a week left with no day is deleted.
   */
  putDays: (account: HistoryAccount, days: ReadonlyMap<number, ListColumns | null>) => Promise<void>;
  /** This page is about to write: records read ahead would not show it, so they are let go. */
  wrote: () => void;
};

/** The list records of `table`, with those of `ahead`'s accounts and days read at once (read-ahead.ts). */
export function listWeeks(
  table: Table<ListWeekRow, [HistoryAccount, number]>,
  ahead: (DaysAhead & { accounts: ReadonlyArray<HistoryAccount> }) | null,
): ListWeeks {
  const get = (account: HistoryAccount, weeks: ReadonlyArray<number>) =>
    table.bulkGet(weeks.map((week): [HistoryAccount, number] => [account, week]));
  const early = ahead && readAhead(ahead.accounts, weeksNewestFirst(ahead.firstDay, ahead.lastDay), get);
  return {
    read: async (account, weeks) => {
      const taken = early?.take(account, weeks);
      if (taken) {
        try {
          return await taken;
        } catch {
          // Not read after all: asked again below.
        }
      }
      return get(account, weeks);
    },
    putDays: async (account, days) => {
      const changed = [...days.keys()];
      if (changed.length === 0) return;
      const held = await table
        .where('[account+week]')
        .between([account, weekOf(Math.min(...changed))], [account, weekOf(Math.max(...changed))], true, true)
        .toArray();
      const heldWeeks = new Map(held.map((row) => [row.week, row.days]));
      /** The weeks written, each with its days as held, then changed. */
      const touched = new Map<number, Map<number, ListColumns>>();
      for (const [day, columns] of days) {
        const week = weekOf(day);
        const weekDays = touched.get(week) ?? heldWeeks.get(week) ?? new Map<number, ListColumns>();
        touched.set(week, weekDays);
        if (columns) weekDays.set(day, columns);
        else weekDays.delete(day);
      }
      const rows = [...touched].map(([week, weekDays]) => ({ account, week, days: weekDays }));
      await Promise.all([
        table.bulkPut(rows.filter((row) => row.days.size > 0)),
        table.bulkDelete(rows.filter((row) => row.days.size === 0).map((row) => [account, row.week])),
      ]);
    },
    wrote: () => early?.drop(),
  };
}
