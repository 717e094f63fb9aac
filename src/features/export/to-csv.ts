import Papa from 'papaparse';
import type { Conversation } from '../../model/conversation';
import { transcriptAsText } from './transcript-as-text';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';
import { zonedClock, type ZonedClock } from '../../lib/zoned-clock';
import { redactConversation } from '../../lib/redaction/redact-conversation';
import { noRedaction, type RedactionOptions } from '../../lib/redaction/redaction-options';

/** The column names are a contract with whoever imports the file: never rename or reorder them. */
export const csvColumns = [
  'vendor',
  'id',
  'started_at',
  'duration_seconds',
  'status',
  'visitor_name',
  'visitor_email',
  'agents',
  'tags',
  'rating',
  'message_count',
  'page_url',
] as const;

export type CsvOptions = {
  /** The viewer's timezone (from the range): `started_at` carries its offset, transcript times are in it. */
  timeZone: string;
  includeTranscripts: boolean;
  /** Prepend U+FEFF so that Excel reads the file as UTF-8 (accents and non-Latin names survive). */
  excelBom: boolean;
  /** Per conversation key, why its transcript could not be fetched: written into the transcript cell. */
  unavailableTranscripts?: ReadonlyMap<string, string>;
  /** Personal data left out (message text and translations; the visitor's name and e-mail). */
  redaction?: RedactionOptions;
};

type Cell = string | number;

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection). Papa's own
 * default pattern ends in `.*$` without the `s` flag, so it misses a value with a line break after the
 * `=`; this one looks at the first character only. Numbers are never touched: papaparse skips them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvHeader(options: Pick<CsvOptions, 'includeTranscripts'>): string[] {
  return options.includeTranscripts ? [...csvColumns, 'transcript'] : [...csvColumns];
}

/** Turns conversations into CSV records; one writer per export, so its clock caches offsets across rows. */
function recordWriter(options: CsvOptions): (conversation: Conversation) => Cell[] {
  const clock = zonedClock(options.timeZone);
  const redaction = options.redaction ?? noRedaction;
  return (listed) => {
    const conversation = redactConversation(listed, redaction);
    const record: Cell[] = [
      conversation.vendor,
      conversation.id,
      clock.iso(conversation.startedAt),
      conversation.durationSeconds ?? '',
      conversation.status,
      conversation.visitor.name ?? '',
      conversation.visitor.email ?? '',
      conversation.agents.map((agent) => agent.name).join('; '),
      conversation.tags.join('; '),
      conversation.rating?.value ?? '',
      conversation.messageCount ?? '',
      conversation.visitor.pageUrl ?? '',
    ];
    if (options.includeTranscripts) record.push(transcriptCell(conversation, options, clock));
    return record;
  };
}

function transcriptCell(conversation: Conversation, options: CsvOptions, clock: ZonedClock): string {
  const reason = options.unavailableTranscripts?.get(conversation.key);
  if (reason !== undefined) return `(transcript unavailable: ${reason})`;
  return Array.isArray(conversation.messages) ? transcriptAsText(conversation.messages, clock) : '';
}

/** Records as CSV text, each ending in CRLF (RFC 4180); nothing at all for no records. */
function unparse(rows: Cell[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

function fileStart(options: CsvOptions): string {
  return `${options.excelBom ? '\uFEFF' : ''}${unparse([csvHeader(options)])}`;
}

/** The whole file at once: for small exports and tests. */
export function toCsv(conversations: ReadonlyArray<Conversation>, options: CsvOptions): string {
  return fileStart(options) + unparse(conversations.map(recordWriter(options)));
}

export type ChunkedCsvOptions = {
  signal?: AbortSignal;
  /** Rows serialized between two looks at the clock. */
  batchSize?: number;
  /** How long the main thread may be held before yielding: well under the ~100 ms a user notices. */
  sliceBudgetMs?: number;
  onProgress?: (done: number, total: number) => void;
};

/**
 * The same file as `toCsv`, built in batches with a yield to the event loop whenever a slice of work has
 * used its time budget, so a 100,000-row export never freezes the page however slow the machine. Returns
 * the parts for a Blob (no giant string is built). Rejects with the signal's reason when it aborts.
 *
 * Chunking on the main thread rather than a Web Worker: a worker would need the conversations
 * structured-cloned into it, and cloning 100,000 conversations with their raw payloads blocks the main
 * thread about as long as building the CSV does.
 */
export async function toCsvParts(
  conversations: ReadonlyArray<Conversation>,
  options: CsvOptions,
  { signal, batchSize = 100, sliceBudgetMs = 25, onProgress }: ChunkedCsvOptions = {},
): Promise<string[]> {
  const record = recordWriter(options);
  const parts: string[] = [fileStart(options)];
  let sliceStart = performance.now();
  for (let start = 0; start < conversations.length; start += batchSize) {
    signal?.throwIfAborted();
    const rows = conversations.slice(start, start + batchSize).map(record);
    parts.push(unparse(rows));
    if (performance.now() - sliceStart >= sliceBudgetMs) {
      onProgress?.(Math.min(start + batchSize, conversations.length), conversations.length);
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  signal?.throwIfAborted();
  onProgress?.(conversations.length, conversations.length);
  return parts;
}
