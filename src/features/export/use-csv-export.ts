import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { holdBackgroundWork } from '../../lib/history/user-activity';
import { useCallback, useEffect, useRef, useState } from 'react';
import { filtersFromSearch, reportAudit } from '../../lib/audit-client';
import type { DayRange } from '../../lib/date-range';
import type { Conversation, TranscriptDetail, VendorId } from '../../model/conversation';
import type { AdapterQuery } from '../../vendors/types';
import { openExportHost } from './export-in-worker';
import { exportFileName } from './export-file-name';
import type { ExportOptions } from './export-options';
import { isRedacting, type RedactionOptions } from '../../lib/redaction/redaction-options';
import { downloadSink } from './file-sink';
import { streamExport } from './stream-export';
import { needingTranscripts, withTranscripts, type WithTranscriptsResult } from './with-transcripts';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'fetching'; done: number; total: number }
  /** `label` names the file being built ("Messages (CSV)"); the conversations CSV has none. */
  | { phase: 'building'; done: number; total: number; label?: string }
  | {
      phase: 'done';
      rows: number;
      fileName: string;
      unavailable: number;
      /** Where the missing transcripts show in the file (default: their cells). */
      unavailableNote?: string;
      /** What the file lacks because a vendor was loading or failed: "LiveChat (failed)"; null if nothing. */
      lacking: string | null;
    }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

/** A vendor of the view whose rows an export would lack. */
export type LackingVendor = { label: string; state: 'loading' | 'error' };

export type ExportRequest = {
  conversations: ReadonlyArray<Conversation>;
  range: DayRange;
  vendors: ReadonlyArray<VendorId>;
  options: ExportOptions;
  /** Vendors still loading or failed when the export started. */
  lacking?: ReadonlyArray<LackingVendor>;
  /** The display timezone (src/lib/display-time-zone.ts). */
  timeZone: string;
  redaction: RedactionOptions;
};

/** "LiveChat (failed) and ImBox (still loading)": what a file made now would not hold. */
export function lackingText(lacking: ReadonlyArray<LackingVendor>): string | null {
  if (lacking.length === 0) return null;
  const parts = lacking.map(
    (item) => `${item.label} (${item.state === 'error' ? 'failed' : 'still loading'})`,
  );
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/**
 * The query that fetches a conversation's transcript separately (ImBox), or null when its list row
 * already carries the messages. Handed in by the page that composes the export with the transcript.
 */
export type TranscriptQueryFor = (conversation: Conversation) => AdapterQuery<TranscriptDetail> | null;

const TRANSCRIPT_CONCURRENCY = 6;

const csvFileType = {
  description: 'Conversations (CSV)',
  mimeType: 'text/csv;charset=utf-8',
  extension: 'csv',
};

/** How many conversations' details (ImBox: visitor and transcript) an export must fetch first. */
export function countMissingTranscripts(
  conversations: ReadonlyArray<Conversation>,
  transcriptQueryFor: TranscriptQueryFor,
): number {
  return needingTranscripts(conversations, (conversation) => transcriptQueryFor(conversation) !== null)
    .length;
}

/**
 * The rows an export writes, with every missing detail and transcript fetched first (ImBox), a few at a
 * time through the React Query cache; `onProgress` hears (0, total) before the first. Always, not only
 * with "Include transcripts": a row whose vendor lists no messages also lacks the visitor's name and
 * e-mail until its details are fetched, and the file must carry them. Unchanged when nothing is missing.
 */
export async function fetchMissingForExport(
  rows: ReadonlyArray<Conversation>,
  transcriptQueryFor: TranscriptQueryFor,
  queryClient: QueryClient,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
): Promise<{
  conversations: ReadonlyArray<Conversation>;
  unavailable: WithTranscriptsResult['unavailable'];
}> {
  // List rows (a reload reads only what the list shows) stay as they are: the host that writes the file
  // reads them back whole from the device where it needs them (export-in-worker.ts). No vendor is asked.
  const missing = needingTranscripts(rows, (conversation) => transcriptQueryFor(conversation) !== null);
  if (missing.length === 0) return { conversations: rows, unavailable: new Map() };
  onProgress(0, missing.length);
  return withTranscripts(
    rows,
    missing,
    (conversation) => {
      const query = transcriptQueryFor(conversation);
      if (!query) return Promise.reject(new Error('this vendor has no separate transcript'));
      return queryClient.fetchQuery(query);
    },
    { signal, concurrency: TRANSCRIPT_CONCURRENCY, onProgress },
  );
}

/**
 * One CSV export at a time: fetch missing details and transcripts, build the file in slices, download.
 * Cancel aborts whichever step is running and downloads nothing.
 */
export function useCsvExport(transcriptQueryFor: TranscriptQueryFor) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(
    async ({ conversations, range, vendors, options, timeZone, redaction, lacking = [] }: ExportRequest) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      const { signal } = controller;
      // The ImBox background details wait while the export the person asked for runs.
      const releaseBackground = holdBackgroundWork();
      // The view's filters as its link has them now, for the audit trail.
      const filters = filtersFromSearch(window.location.search);
      try {
        const { conversations: rows, unavailable } = await fetchMissingForExport(
          conversations,
          transcriptQueryFor,
          queryClient,
          { signal, onProgress: (done, total) => setState({ phase: 'fetching', done, total }) },
        );
        setState({ phase: 'building', done: 0, total: rows.length });
        const fileName = exportFileName(vendors, range, isRedacting(redaction));
        const spec = {
          format: 'csv',
          options: {
            timeZone,
            redaction,
            includeTranscripts: options.includeTranscripts,
            excelBom: options.excelBom,
            unavailableTranscripts: unavailable,
          },
        } as const;
        await streamExport(rows, await openExportHost(spec, rows), downloadSink(fileName, csvFileType), {
          signal,
          onProgress: (done, total) => setState({ phase: 'building', done, total }),
        });
        reportAudit({
          action: 'export',
          detail: { format: 'csv', filters, rows: rows.length, redaction: isRedacting(redaction), fileName },
        });
        setState({
          phase: 'done',
          rows: rows.length,
          fileName,
          unavailable: unavailable.size,
          lacking: lackingText(lacking),
        });
      } catch (error) {
        if (signal.aborted) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      } finally {
        releaseBackground();
        if (controllerRef.current === controller) controllerRef.current = null;
      }
    },
    [queryClient, transcriptQueryFor],
  );

  const cancel = useCallback(() => {
    controllerRef.current?.abort(new DOMException('Export cancelled', 'AbortError'));
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, dismiss };
}
