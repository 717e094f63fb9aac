import type { Conversation } from '../../model/conversation';
import type { RedactionOptions } from '../../lib/redaction/redaction-options';

/** What every file format is told: the display timezone, the redaction, and what could not be fetched. */
export type FormatOptions = {
  timeZone: string;
  redaction: RedactionOptions;
  /** Per conversation key, why its transcript could not be fetched. */
  unavailableTranscripts?: ReadonlyMap<string, string>;
};

/**
 * A file format as the streaming exporter drives it: the text that opens the file, then the text of
 * each conversation in turn. A writer lives for one export (on the page, or in one of the export's
 * workers, each with its own), so it may keep caches (the zoned clock) across rows.
 */
export type FormatWriter = {
  head: string;
  write: (conversation: Conversation) => string;
  /** The same text for several conversations at once, where the format writes a batch faster. */
  writeBatch?: (conversations: ReadonlyArray<Conversation>) => string;
  /** Records written so far (messages for Messages CSV, conversations for JSON Lines). */
  rows: () => number;
};
