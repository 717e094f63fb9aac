import type { Span } from '../../lib/history/spans';
import type { LoadProgress } from '../../lib/progress-store';
import type { Conversation, VendorId } from '../../model/conversation';

/** What the page asks the history worker to fetch in the background: plain data, so it can cross. */
export type DetailsRequest = {
  vendor: VendorId;
  /** The account fingerprint `GET /api/vendors` gave. */
  fingerprint: string;
  /** The list rows that still lack their details, by id. */
  ids: string[];
  /** The span those rows started in (the worker reads them from the history). */
  span: Span;
  /** How often rows that gained their details are handed back to the page. */
  flushEveryMs: number;
};

export type DetailsLink = {
  onRows: (rows: Conversation[]) => void;
  onProgress: (value: LoadProgress) => void;
};

/** The span covering every row in `rows`. */
export function spanOf(rows: ReadonlyArray<Conversation>): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const row of rows) {
    start = Math.min(start, row.startedAt);
    end = Math.max(end, row.startedAt);
  }
  return { start, end };
}
