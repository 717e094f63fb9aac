import type { Conversation } from '../../model/conversation';

/**
 * The first line of what was said, for a card on a phone: the first message that is not a system event,
 * its first non-empty line, trimmed. Null when the list carries no messages (ImBox: the transcript is
 * fetched apart); "No messages" when it carries none.
 */
export function firstLine(conversation: Pick<Conversation, 'messages'>): string | null {
  if (conversation.messages === null) return null;
  for (const message of conversation.messages) {
    if (message.role === 'system') continue;
    const line = message.text
      .split('\n')
      .map((part) => part.trim())
      .find((part) => part !== '');
    if (line !== undefined) return line;
  }
  return 'No messages';
}
