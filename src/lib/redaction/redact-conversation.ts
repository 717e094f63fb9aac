import type { Conversation, Message, Visitor } from '../../model/conversation';
import type { RedactionOptions } from './redaction-options';
import { redactText } from './redact-text';

/** A message's text and translations with e-mails, phones and card numbers replaced. */
export function redactMessage(message: Message): Message {
  const translations: Record<string, string> = {};
  for (const [language, text] of Object.entries(message.translations))
    translations[language] = redactText(text);
  return { ...message, text: redactText(message.text), translations };
}

/** The visitor with name, e-mail, phone and IP blanked (null, as when the vendor sent none). */
export function blankVisitor(visitor: Visitor): Visitor {
  return { ...visitor, name: null, email: null, phone: null, ip: null };
}

/**
 * The conversation as it may leave Backscroll under `options`: a copy, never a change to the list's
 * own object. Text redaction covers message text and translations (a system event's words are
 * redacted where they are written out, see message-words.ts); blanking the visitor also drops the
 * visitor's name from their own messages, which would otherwise carry it as the author.
 */
export function redactConversation(conversation: Conversation, options: RedactionOptions): Conversation {
  if (!options.text && !options.visitor) return conversation;
  return {
    ...conversation,
    visitor: options.visitor ? blankVisitor(conversation.visitor) : conversation.visitor,
    messages: Array.isArray(conversation.messages)
      ? conversation.messages.map((message) => redactMessageFor(message, options))
      : conversation.messages,
  };
}

function redactMessageFor(message: Message, options: RedactionOptions): Message {
  const redacted = options.text && !message.event ? redactMessage(message) : message;
  return options.visitor && message.role === 'visitor' && redacted.authorName !== null
    ? { ...redacted, authorName: null }
    : redacted;
}
