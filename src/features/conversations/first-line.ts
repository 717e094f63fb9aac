import { isHeld, type Conversation } from '../../model/conversation';
import { firstLineOf } from '../../model/message-summary';

/**
 * The first line of what was said, for a card on a phone (see `firstLineOf`). Null when the list carries
 * no messages (ImBox: the transcript is fetched apart); "No messages" when it carries none.
 */
export function firstLine(conversation: Pick<Conversation, 'messages'>): string | null {
  const { messages } = conversation;
  if (messages === null) return null;
  return isHeld(messages) ? messages.firstLine : firstLineOf(messages);
}
