import { mapWithConcurrency } from '../../lib/concurrency';
import type { DayRange } from '../../lib/date-range';
import { reportProgress } from '../../lib/progress-store';
import type { VendorList } from '../types';
import { fetchImBoxRows } from './fetch-imbox';
import { listedConversationSchema, statisticsRowSchema } from './imbox-api';
import { normalizeImBoxConversations } from './normalize-imbox';
import { listConversationDays, statisticsParams, statisticsWindows } from './statistics-windows';

/**
 * Every ImBox conversation of the range: per window of at most 365 days, one chatStatistics request (exact
 * instants) and one listConversations request (widened days), never one request per conversation. A row
 * without the id that ties it to a conversation is left out and counted.
 */
export async function listImBoxConversations(range: DayRange, signal?: AbortSignal): Promise<VendorList> {
  const windows = statisticsWindows(range.start, range.end);
  const showProgress = windows.length > 1;
  const total = windows.length * 2;
  let done = 0;
  const counted = async <Result>(request: Promise<Result>): Promise<Result> => {
    const result = await request;
    done += 1;
    if (showProgress) reportProgress('imbox', { done, total });
    return result;
  };
  try {
    const parts = await mapWithConcurrency(windows, 2, (window) =>
      Promise.all([
        counted(fetchImBoxRows('chatStatistics', statisticsParams(window), statisticsRowSchema, signal)),
        counted(
          fetchImBoxRows('listConversations', listConversationDays(window), listedConversationSchema, signal),
        ),
      ]),
    );
    const conversations = normalizeImBoxConversations({
      statistics: parts.flatMap(([statistics]) => statistics.items),
      listed: parts.flatMap(([, listed]) => listed.items),
      range,
    });
    const unreadable = parts.flat().reduce((sum, answer) => sum + answer.unreadable, 0);
    return { conversations, unreadable };
  } finally {
    if (showProgress) reportProgress('imbox', null);
  }
}
