import type { Conversation } from '../../model/conversation';
import { messageBody } from '../../lib/message-words';
import { redactConversation } from '../../lib/redaction/redact-conversation';
import { zonedClock } from '../../lib/zoned-clock';
import { csvRecord } from './csv-cell';
import type { FormatOptions, FormatWriter } from './file-format';

/** The column names are a contract with whoever imports the file: never rename or reorder them. */
export const messagesCsvColumns = [
  'vendor',
  'conversation_id',
  'conversation_started_at',
  'message_at',
  'role',
  'author',
  'text',
  'translations',
] as const;

/**
 * Messages (CSV): one row per message, in conversation order then message order. Times are ISO 8601
 * with the display timezone's offset (empty when the vendor gave a message no time); `author` is the
 * name the vendor gave (empty when none: `role` says who); a system event is written in words;
 * translations are `language: text` pairs joined with ` | `. A conversation without messages (or whose
 * transcript could not be fetched) has no rows. Quoting and the formula guard are the conversations
 * CSV's (csv-cell.ts).
 */
export function messagesCsvWriter(options: FormatOptions): FormatWriter {
  const clock = zonedClock(options.timeZone);
  let written = 0;
  return {
    rows: () => written,
    head: csvRecord(messagesCsvColumns),
    write(listed) {
      if (!Array.isArray(listed.messages) || listed.messages.length === 0) return '';
      const conversation = redactConversation(listed, options.redaction);
      const startedAt = clock.iso(conversation.startedAt);
      let rows = '';
      for (const message of Array.isArray(conversation.messages) ? conversation.messages : []) {
        const translations = Object.entries(message.translations)
          .map(([language, text]) => `${language}: ${text}`)
          .join(' | ');
        rows += csvRecord([
          conversation.vendor,
          conversation.id,
          startedAt,
          message.at === null ? '' : clock.iso(message.at),
          message.role,
          message.authorName?.trim() ?? '',
          messageBody(message, options.redaction.text),
          translations,
        ]);
        written += 1;
      }
      return rows;
    },
  };
}

/** The whole file at once: for tests and small files. */
export function toMessagesCsv(conversations: ReadonlyArray<Conversation>, options: FormatOptions): string {
  const writer = messagesCsvWriter(options);
  return writer.head + conversations.map(writer.write).join('');
}
