import Papa from 'papaparse';
import type { Conversation } from '../../model/conversation';
import { transcriptAsText } from './transcript-as-text';
import { zonedClock, type ZonedClock } from '../../lib/zoned-clock';
import { redactConversation } from '../../lib/redaction/redact-conversation';
import { noRedaction, type RedactionOptions } from '../../lib/redaction/redaction-options';
import type { FormatWriter } from './file-format';

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

/**
 * Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection). Papa's own
 * default pattern ends in `.*$` without the `s` flag, so it misses a value with a line break after the
 * `=`; this one looks at the first character only. Numbers are never touched: papaparse skips them.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Records as CSV text, each ending in CRLF (RFC 4180); nothing at all for no records. */
function unparse(rows: Cell[][]): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}

/**
 * The conversations CSV as the streaming exporter drives it (stream-export.ts): the header (after the
 * BOM when asked), then the records, a batch at a time (papaparse's setup costs as much as a few rows).
 */
export function conversationsCsvWriter(options: CsvOptions): Required<FormatWriter> {
  const record = recordWriter(options);
  let written = 0;
  const writeBatch = (conversations: ReadonlyArray<Conversation>) => {
    written += conversations.length;
    return unparse(conversations.map(record));
  };
  return {
    rows: () => written,
    head: `${options.excelBom ? '\uFEFF' : ''}${unparse([csvHeader(options)])}`,
    write: (conversation) => writeBatch([conversation]),
    writeBatch,
  };
}

/** The whole file at once: for small exports and tests. */
export function toCsv(conversations: ReadonlyArray<Conversation>, options: CsvOptions): string {
  const writer = conversationsCsvWriter(options);
  return writer.head + writer.writeBatch(conversations);
}
