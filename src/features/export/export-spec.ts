import type { HistoryStore } from '../../lib/history/history-store';
import { wholeRowsKeepingDays } from '../../lib/history/whole-rows';
import type { Conversation } from '../../model/conversation';
import type { FormatOptions, FormatWriter } from './file-format';
import { conversationsJsonlWriter, type JsonLinesOptions } from './conversations-jsonl';
import { messagesCsvWriter } from './messages-csv';
import { conversationsCsvWriter, type CsvOptions } from './to-csv';

/**
 * What file to write, as plain data: it crosses to the export's workers (export-worker.ts), which make
 * their writers from it (maps and booleans survive the structured clone).
 */
export type ExportSpec =
  | { format: 'csv'; options: CsvOptions }
  | { format: 'messages-csv'; options: FormatOptions }
  | { format: 'jsonl'; options: JsonLinesOptions };

export function writerFor(spec: ExportSpec): FormatWriter {
  if (spec.format === 'csv') return conversationsCsvWriter(spec.options);
  if (spec.format === 'messages-csv') return messagesCsvWriter(spec.options);
  return conversationsJsonlWriter(spec.options);
}

/**
 * Whether the file needs more of a row than the list shows (lib/history/list-columns.ts): the messages,
 * and for JSON Lines every field. The conversations CSV without transcripts has only list columns.
 */
export function needsWholeRows(spec: ExportSpec): boolean {
  return spec.format !== 'csv' || spec.options.includeTranscripts;
}

/**
 * How a window of rows becomes what `spec`'s file needs: list rows read back whole from `store` (opened on
 * first read), each day once, when the file needs more than the list shows; as they are otherwise.
 */
export function wholeRowsFor(
  spec: ExportSpec,
  store: () => Promise<Pick<HistoryStore, 'rowsOf'>>,
): (window: Conversation[]) => Promise<Conversation[]> {
  if (!needsWholeRows(spec)) return async (window) => window;
  return wholeRowsKeepingDays({
    rowsOf: async (account, bucket, ids) => (await store()).rowsOf(account, bucket, ids),
  });
}
