import { useMemo } from 'react';
import type { Conversation } from '../../model/conversation';

/** The loaded conversation with this key, looked up once per data set rather than on every render. */
export function useSelectedConversation(
  conversations: ReadonlyArray<Conversation>,
  key: string | null,
): Conversation | undefined {
  return useMemo(
    () => (key === null ? undefined : conversations.find((conversation) => conversation.key === key)),
    [conversations, key],
  );
}
