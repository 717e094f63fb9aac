import { conversationSchema, type Conversation } from '../model/conversation';

/**
 * A normalizer's result as a test reads it: present (a null fails the test) and parsed by the model's
 * schema, the contract every vendor fills, so a test never trusts the type alone.
 */
export function parseConversation(conversation: Conversation | null): Conversation {
  if (conversation === null) throw new Error('expected a conversation');
  return conversationSchema.parse(conversation);
}
