import type { Conversation } from '../../model/conversation';
import { messageBody } from '../../lib/message-words';
import { redactConversation } from '../../lib/redaction/redact-conversation';
import { zonedClock } from '../../lib/zoned-clock';
import type { FormatOptions, FormatWriter } from './file-format';

export type JsonLinesOptions = FormatOptions & {
  /** Add the vendor's own payload as `raw` (off by default: large, and unredacted by nature). */
  includeRaw: boolean;
};

/**
 * Conversations with messages (JSON Lines): one conversation per line, the model's fields with times as
 * ISO 8601 in the display timezone, and `messages` (`at`, `role`, `author`, `text`, `translations`).
 * A transcript that could not be fetched leaves `messages` null and says why in `transcriptUnavailable`.
 * With redaction, the raw payload is never written, whatever `includeRaw` says: it holds the same
 * personal data in the vendor's own shape.
 */
export function conversationsJsonlWriter(options: JsonLinesOptions): FormatWriter {
  const clock = zonedClock(options.timeZone);
  const redacting = options.redaction.text || options.redaction.visitor;
  let written = 0;
  return {
    rows: () => written,
    head: '',
    write(listed) {
      const conversation = redactConversation(listed, options.redaction);
      const unavailable = options.unavailableTranscripts?.get(conversation.key);
      const line: Record<string, unknown> = {
        vendor: conversation.vendor,
        id: conversation.id,
        status: conversation.status,
        startedAt: clock.iso(conversation.startedAt),
        endedAt: conversation.endedAt === null ? null : clock.iso(conversation.endedAt),
        durationSeconds: conversation.durationSeconds,
        visitor: conversation.visitor,
        agents: conversation.agents,
        supervisors: conversation.supervisors,
        tags: conversation.tags,
        labels: conversation.labels,
        rating: conversation.rating,
        customVariables: conversation.customVariables,
        messageCount: conversation.messageCount,
        messages: !Array.isArray(conversation.messages)
          ? null
          : conversation.messages.map((message) => ({
              at: message.at === null ? null : clock.iso(message.at),
              role: message.role,
              author: message.authorName?.trim() || null,
              text: messageBody(message, options.redaction.text),
              translations: message.translations,
            })),
      };
      if (unavailable !== undefined) line.transcriptUnavailable = unavailable;
      if (options.includeRaw && !redacting) line.raw = conversation.raw ?? null;
      written += 1;
      return `${JSON.stringify(line)}\n`;
    },
  };
}

/** The whole file at once: for tests and small files. */
export function toConversationsJsonl(
  conversations: ReadonlyArray<Conversation>,
  options: JsonLinesOptions,
): string {
  const writer = conversationsJsonlWriter(options);
  return writer.head + conversations.map(writer.write).join('');
}
