import { useQueryClient } from '@tanstack/react-query';
import { holdBackgroundWork } from '../../lib/history/user-activity';
import { useCallback, useEffect, useRef, useState } from 'react';
import { filtersFromSearch, reportAudit } from '../../lib/audit-client';
import type { DayRange } from '../../lib/date-range';
import { isRedacting, type RedactionOptions } from '../../lib/redaction/redaction-options';
import type { Conversation, VendorId } from '../../model/conversation';
import { heldRawPayloads } from '../../vendors/history/held-raw-payload';
import { formatFileName } from './export-file-name';
import { openExportHost } from './export-in-worker';
import type { ExportSpec } from './export-spec';
import { openFileSink, type FileType } from './file-sink';
import { streamExport } from './stream-export';
import {
  fetchMissingForExport,
  lackingText,
  type ExportState,
  type LackingVendor,
  type TranscriptQueryFor,
} from './use-csv-export';

export type FileFormat = 'messages-csv' | 'jsonl';

export const fileFormats: Readonly<Record<FileFormat, FileType & { label: string }>> = {
  'messages-csv': {
    label: 'Messages (CSV)',
    description: 'Messages, one row each (CSV)',
    mimeType: 'text/csv',
    extension: 'csv',
  },
  jsonl: {
    label: 'Conversations with messages (JSON Lines)',
    description: 'Conversations with messages (JSON Lines)',
    mimeType: 'application/x-ndjson',
    extension: 'jsonl',
  },
};

export type FileExportRequest = {
  format: FileFormat;
  conversations: ReadonlyArray<Conversation>;
  range: DayRange;
  vendors: ReadonlyArray<VendorId>;
  timeZone: string;
  redaction: RedactionOptions;
  includeRaw: boolean;
  /** Vendors still loading or failed when the export started. */
  lacking?: ReadonlyArray<LackingVendor>;
};

/**
 * One Messages (CSV) or JSON Lines export at a time: choose where it goes (the save picker, where the
 * browser has one, opens at the click), fetch the transcripts the list lacks (progress, Cancel), then
 * stream the file out in slices. Cancel aborts whichever step runs and leaves no file behind.
 */
export function useFileExport(transcriptQueryFor: TranscriptQueryFor) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(
    async (request: FileExportRequest) => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      const { signal } = controller;
      // The ImBox background details wait while the export the person asked for runs.
      const releaseBackground = holdBackgroundWork();
      const filters = filtersFromSearch(window.location.search);
      const redacted = isRedacting(request.redaction);
      const fileName = formatFileName(request.format, request.vendors, request.range, redacted);
      const type = fileFormats[request.format];
      try {
        const sink = await openFileSink(fileName, type);
        if (!sink) {
          setState({ phase: 'idle' });
          return;
        }
        let rows = request.conversations;
        let unavailable = new Map<string, string>();
        try {
          const fetched = await fetchMissingForExport(rows, transcriptQueryFor, queryClient, {
            signal,
            onProgress: (done, total) => setState({ phase: 'fetching', done, total }),
          });
          rows = fetched.conversations;
          unavailable = fetched.unavailable;
          // Rows from the device history carry no vendor payload (history-worker.ts): read back when asked.
          if (request.format === 'jsonl' && request.includeRaw && !redacted) {
            const payloads = await heldRawPayloads(queryClient, rows);
            signal.throwIfAborted();
            rows = rows.map((row) =>
              row.raw === undefined ? { ...row, raw: payloads.get(row.key) ?? null } : row,
            );
          }
        } catch (error) {
          await sink.abort().catch(() => undefined);
          throw error;
        }
        const options = {
          timeZone: request.timeZone,
          redaction: request.redaction,
          unavailableTranscripts: unavailable,
        };
        const spec: ExportSpec =
          request.format === 'jsonl'
            ? { format: 'jsonl', options: { ...options, includeRaw: request.includeRaw } }
            : { format: 'messages-csv', options };
        const label = type.label;
        setState({ phase: 'building', done: 0, total: rows.length, label });
        // List rows are read back whole by the host that writes the file (export-in-worker.ts).
        const written = await streamExport(rows, await openExportHost(spec, rows), sink, {
          signal,
          onProgress: (done, total) => setState({ phase: 'building', done, total, label }),
        });
        reportAudit({
          action: 'export',
          detail: { format: request.format, filters, rows: written, redaction: redacted, fileName },
        });
        setState({
          phase: 'done',
          rows: written,
          fileName,
          unavailable: unavailable.size,
          unavailableNote:
            request.format === 'jsonl' ? 'their lines say why.' : 'their messages are not in the file.',
          lacking: lackingText(request.lacking ?? []),
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
