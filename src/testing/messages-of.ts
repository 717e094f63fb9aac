import type { Conversation, Message } from '../model/conversation';

/** A row's messages, for tests that expect the row to carry them: fails loudly when it does not. */
export function messagesOf(conversation: Pick<Conversation, 'messages'> | undefined): Message[] {
  const messages = conversation?.messages;
  if (!Array.isArray(messages)) throw new Error(`expected messages, got ${JSON.stringify(messages)}`);
  return messages;
}
