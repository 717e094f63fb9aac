import { applyTranscriptDetail } from '../../lib/apply-transcript-detail';
import type { HistoryAccount, HistoryStore } from '../../lib/history/history-store';
import type { Conversation } from '../../model/conversation';

/**
 * Rows of a vendor whose list carries no messages (ImBox), with the details the history already holds
 * folded in: a reloaded span keeps its visitors' names without asking for their details again.
 */
export async function withStoredDetails(
  store: HistoryStore,
  account: HistoryAccount,
  rows: Conversation[],
): Promise<Conversation[]> {
  const details = await store.details(
    account,
    rows.map((row) => row.id),
  );
  if (details.size === 0) return rows;
  return rows.map((row) => {
    const detail = details.get(row.id);
    return detail ? applyTranscriptDetail(row, detail) : row;
  });
}
