import type { ConversationStatus } from '../../model/conversation';
import type { LiveChatChat } from './livechat-api';

/**
 * `type` is `chat` or `missed_chat` (rest-v2 doc, "type"). An undocumented type is read from whether
 * any agent took part, so a chat someone answered is never shown as missed.
 */
export function mapLiveChatStatus(chat: LiveChatChat): ConversationStatus {
  switch (chat.type) {
    case 'chat':
      return 'answered';
    case 'missed_chat':
      return 'missed';
    default:
      return chat.agents.length > 0 ? 'answered' : 'missed';
  }
}
