import type { HistoryAccount, HistoryStore } from '../../lib/history/history-store';
import { newestFirst } from '../../lib/history/history-store';
import { unionSpans, type Span } from '../../lib/history/spans';
import type { Conversation } from '../../model/conversation';
import { withStoredDetails } from './stored-details';

/** Read a month of held rows at a time: a large history is filtered as it streams, never held whole. */
const CHUNK_MS = 31 * 86_400_000;

/**
 * Every conversation the local history holds for `account`, over all the time it holds, that `matches`,
 * newest first. With `withDetails` (a vendor whose list carries no visitor, ImBox) the held transcript
 * details are folded in before matching: that is where its e-mails come from.
 */
export async function readHeldMatching(
  store: HistoryStore,
  account: HistoryAccount,
  matches: (conversation: Conversation) => boolean,
  withDetails: boolean,
): Promise<Conversation[]> {
  const held = unionSpans(await store.spans(account));
  const found: Conversation[] = [];
  for (const span of held) {
    for (const part of chunks(span)) {
      const rows = await store.read(account, part);
      const prepared = withDetails ? await withStoredDetails(store, account, rows) : rows;
      for (const row of prepared) if (matches(row)) found.push(row);
    }
  }
  return found.sort(newestFirst);
}

function chunks(span: Span): Span[] {
  const parts: Span[] = [];
  for (let start = span.start; start <= span.end; start += CHUNK_MS)
    parts.push({ start, end: Math.min(span.end, start + CHUNK_MS - 1) });
  return parts;
}
