import { historyStore } from '../../lib/history/device-store';
import type { HistoryAccount, HistoryStore } from '../../lib/history/history-store';
import type { Conversation } from '../../model/conversation';
import { unstoredPayloads, unstoredRows } from './load-in-worker';

/**
 * The whole rows of one account's day behind the page's list rows, wherever they are: still in the
 * history worker (a cold load hands the page list rows before it stores the rows: list-slice.ts), or on
 * the device. The worker is asked first: it lets go of a row only once the row is stored, so a row it no
 * longer has is on the device by then (asking the device first could miss a row on its way there).
 */
export const heldRows: Pick<HistoryStore, 'rowsOf'> = {
  rowsOf: async (account, bucket, ids) => (await readHeld(account, bucket, ids)).rows,
};

/**
 * Every whole row of one account's day (see `heldRows`), and whether some are still in the worker only: a
 * load may yet send more of that day's rows, which an answer read now would lack.
 */
export function heldDay(account: HistoryAccount, bucket: number): Promise<HeldRead> {
  return readHeld(account, bucket);
}

type HeldRead = { rows: Map<string, Conversation>; partlyUnstored: boolean };

/** The rows `ids` (every one when none is named) of one account's day: the worker's, then the device's. */
async function readHeld(
  account: HistoryAccount,
  bucket: number,
  ids?: ReadonlySet<string>,
): Promise<HeldRead> {
  const wanted = ids ? [...ids] : undefined;
  const unstored = await unstoredRows(account, bucket, wanted);
  const rest = wanted?.filter((id) => !unstored.has(id));
  const rows =
    rest?.length === 0
      ? new Map<string, Conversation>()
      : await (await historyStore()).rowsOf(account, bucket, rest && new Set(rest));
  for (const [id, row] of unstored) rows.set(id, row);
  return { rows, partlyUnstored: unstored.size > 0 };
}

/** The vendor payloads of rows `ids` of one account's day, by id, from the worker or the device. */
export async function heldPayloads(
  account: HistoryAccount,
  bucket: number,
  ids: ReadonlySet<string>,
): Promise<Map<string, unknown>> {
  const unstored = await unstoredPayloads(account, bucket, [...ids]);
  const rest = new Set([...ids].filter((id) => !unstored.has(id)));
  if (rest.size === 0) return unstored;
  const stored = await (await historyStore()).payloads(account, bucket, rest);
  for (const [id, payload] of unstored) stored.set(id, payload);
  return stored;
}
