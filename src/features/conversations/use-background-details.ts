import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { recheckSession } from '../../lib/current-user';
import { reportDetailsProgress } from '../../lib/history/details-progress';
import { historyStore, settleBeforeClearing } from '../../lib/history/device-store';
import { historyAccount } from '../../lib/history/history-store';
import type { Conversation, VendorId } from '../../model/conversation';
import { vendorDescriptors } from '../../model/vendor-descriptors';
import type { LoadProgress } from '../../lib/progress-store';
import { whenUserQuiet } from '../../lib/history/user-activity';
import { spanOf } from '../../vendors/history/details-in-worker';
import { fetchMissingDetails } from '../../vendors/history/fetch-missing-details';
import { detailsInWorker } from '../../vendors/history/load-in-worker';
import { adapters } from '../../vendors/registry';
import type { VendorList } from '../../vendors/types';

export type DetailsSource = {
  vendor: VendorId;
  fingerprint: string | null;
  queryKey: QueryKey;
  /** The list's rows once settled (not a previous range's placeholder); undefined while loading. */
  rows: Conversation[] | undefined;
  dataUpdatedAt: number;
};

/**
 * Once every vendor's list has loaded (`start`), fetches in the background the details a list lacks
 * (ImBox: visitor, tags, transcript), four at a time, paused while the tab is hidden, and folds them into the list's rows
 * as they arrive, so names, e-mails and message counts appear and filters and search see them. Progress
 * goes to lib/history/details-progress ("ImBox details 340/742"); nothing waits for it.
 */
export function useBackgroundDetails(start: boolean, sources: ReadonlyArray<DetailsSource>): void {
  const queryClient = useQueryClient();
  const wanted = sources.filter(
    (source) =>
      start &&
      source.fingerprint !== null &&
      source.rows !== undefined &&
      vendorDescriptors[source.vendor].capabilities.lazyTranscripts,
  );
  const key = wanted.map((source) => `${source.vendor}@${source.dataUpdatedAt}`).join(',');
  const totalRows = sources.reduce((sum, source) => sum + (source.rows?.length ?? 0), 0);
  useEffect(() => {
    const controller = new AbortController();
    const unregister = settleBeforeClearing(async () => controller.abort());
    for (const source of wanted) {
      const transcriptQuery = adapters[source.vendor].transcriptQuery;
      const fingerprint = source.fingerprint;
      if (!transcriptQuery || !source.rows || fingerprint === null) continue;
      // Each batch re-filters and re-sorts every row on screen: at tens of thousands of rows, fold
      // details in every few seconds rather than every second.
      const flushEveryMs = Math.min(10_000, Math.max(1000, totalRows / 10));
      const rows = source.rows;
      const onProgress = ({ done, total }: LoadProgress) =>
        reportDetailsProgress(source.vendor, { done, total });
      // Folding a batch in re-filters and re-sorts every row: it waits while the person is typing or clicking.
      const onRows = (updated: Conversation[]) =>
        whenUserQuiet(() => {
          if (controller.signal.aborted) return;
          const byId = new Map(updated.map((row) => [row.id, row]));
          queryClient.setQueryData<VendorList>(
            source.queryKey,
            (old) =>
              old && { ...old, conversations: old.conversations.map((row) => byId.get(row.id) ?? row) },
            // Keeps the list's own timestamp, so this effect does not start over for its own update.
            { updatedAt: source.dataUpdatedAt },
          );
        });
      const missing = rows.filter((row) => row.messages === null);
      if (missing.length === 0) continue;
      // In the vendor's history worker: fetching, parsing and storing thousands of details there keeps
      // the page's thread free for the person using it.
      const inWorker = detailsInWorker(
        {
          vendor: source.vendor,
          fingerprint,
          ids: missing.map((row) => row.id),
          span: spanOf(missing),
          flushEveryMs,
        },
        { signal: controller.signal, onRows, onProgress },
      );
      void (
        inWorker ??
        historyStore().then((store) =>
          fetchMissingDetails({
            rows,
            store,
            account: historyAccount(source.vendor, fingerprint),
            signal: controller.signal,
            flushEveryMs,
            // gcTime 0: the history keeps the detail; React Query need not hold thousands of them too.
            fetchDetail: (row) => queryClient.fetchQuery({ ...transcriptQuery(row), gcTime: 0 }),
            onProgress: (done, total) => onProgress({ done, total }),
            onRows,
          }),
        )
      )
        // A walk that stopped may mean the session ended (fetch-missing-details.ts).
        .catch(() => {
          if (!controller.signal.aborted) void recheckSession(queryClient);
        })
        .finally(() => reportDetailsProgress(source.vendor, null));
    }
    return () => {
      controller.abort();
      unregister();
    };
    // `key` names the sources' vendors and data versions; the rows themselves are read when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, queryClient]);
}
