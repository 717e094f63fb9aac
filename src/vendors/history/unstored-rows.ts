import { bucketOf, type HistoryAccount } from '../../lib/history/history-store';
import { heldDayKey } from '../../lib/history/whole-rows';
import type { Conversation } from '../../model/conversation';

/**
 * The whole rows the history worker has handed the page as list rows (list-slice.ts) and not yet stored:
 * the page reads them here until they are on the device (held-rows.ts). A load's rows are let go once its
 * writes are done; they stay while the device is not keeping the history (the browser refused to store
 * them), since they are then nowhere else.
 */
export class UnstoredRows {
  /** account + day -> id -> the row and the load that sent it. */
  private readonly days = new Map<string, Map<string, { row: Conversation; load: number }>>();
  private readonly byLoad = new Map<number, Array<{ day: string; id: string }>>();

  /** `rows` of load `load`, under `account`: a row sent again replaces the one before. */
  add(load: number, account: HistoryAccount, rows: ReadonlyArray<Conversation>): void {
    let sent = this.byLoad.get(load);
    if (!sent) this.byLoad.set(load, (sent = []));
    for (const row of rows) {
      const day = heldDayKey({ account, bucket: bucketOf(row.startedAt) });
      let held = this.days.get(day);
      if (!held) this.days.set(day, (held = new Map()));
      held.set(row.id, { row, load });
      sent.push({ day, id: row.id });
    }
  }

  /** Lets go of what `load` sent (its writes are done, or it failed), unless a later load sent it again. */
  release(load: number): void {
    for (const { day, id } of this.byLoad.get(load) ?? []) {
      const held = this.days.get(day);
      if (held?.get(id)?.load !== load) continue;
      held.delete(id);
      if (held.size === 0) this.days.delete(day);
    }
    this.byLoad.delete(load);
  }

  /** The rows held for one account's day (only `ids`, when given), by id. */
  rowsOf(account: HistoryAccount, bucket: number, ids?: ReadonlyArray<string>): Map<string, Conversation> {
    const found = new Map<string, Conversation>();
    const held = this.days.get(heldDayKey({ account, bucket }));
    if (!held) return found;
    if (ids === undefined) for (const [id, { row }] of held) found.set(id, row);
    else
      for (const id of ids) {
        const entry = held.get(id);
        if (entry) found.set(id, entry.row);
      }
    return found;
  }

  clear(): void {
    this.days.clear();
    this.byLoad.clear();
  }
}
