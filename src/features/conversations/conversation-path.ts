import type { Conversation } from '../../model/conversation';

/** The transcript route of a conversation; vendor ids can hold characters a path must escape. */
export function conversationPath(conversation: Pick<Conversation, 'vendor' | 'id'>): string {
  return `/conversations/${conversation.vendor}/${encodeURIComponent(conversation.id)}`;
}
