import type { ConversationStatus } from '../../model/conversation';
import { blankToNull } from '../../model/text';
import type { SocialIntentsChat, SocialIntentsList } from './socialintents-api';

/**
 * `chatType` (Answered / Missed / Offline Message, rest-api doc) decides when present. Older payloads lack
 * it; then the list the chat came from decides, and in `/chats` (answered and missed together) a chat
 * that no agent took is a missed one.
 */
export function mapSocialIntentsStatus(chat: SocialIntentsChat, list: SocialIntentsList): ConversationStatus {
  const fromType = statusFromChatType(chat.chatType);
  if (fromType) return fromType;
  switch (list) {
    case 'missedchats':
      return 'missed';
    case 'offlinemessages':
      return 'offline';
    case 'chats':
      return hasAgent(chat) ? 'answered' : 'missed';
  }
}

function statusFromChatType(chatType: string | null | undefined): ConversationStatus | null {
  const key = (chatType ?? '').toLowerCase().replace(/[^a-z]/g, '');
  switch (key) {
    case 'answered':
      return 'answered';
    case 'missed':
      return 'missed';
    case 'offline':
    case 'offlinemessage':
      return 'offline';
    default:
      return null;
  }
}

export function hasAgent(chat: SocialIntentsChat): boolean {
  return [chat.agentName, chat.agentId, chat.agentEmail].some((value) => blankToNull(value) !== null);
}
