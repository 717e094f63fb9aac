import type { Conversation, Message } from '../../model/conversation';

/**
 * What the search box searches in a conversation: the visitor's e-mail, name, visitor id, phone, IP and
 * page URL, the conversation id, and every message's text with its translations. Agents, tags and the
 * visitor's location are not searched (a search for "Berlin" means what was said, not where from).
 */
export type SearchField =
  | { kind: 'visitor'; label: string; text: string }
  | { kind: 'message'; messageIndex: number; text: string }
  | { kind: 'translation'; messageIndex: number; language: string; text: string };

/** Separates fields in the searched text: no query contains it, so no match runs across two fields. */
export const FIELD_SEPARATOR = '\u0000';

export function searchableFields(conversation: Conversation): SearchField[] {
  const { visitor } = conversation;
  const fields: SearchField[] = [];
  const add = (label: string, text: string | null) => {
    if (text !== null && text !== '') fields.push({ kind: 'visitor', label, text });
  };
  add('E-mail', visitor.email);
  add('Name', visitor.name);
  add('Conversation id', conversation.id);
  add('Visitor id', visitor.id);
  add('Phone', visitor.phone);
  add('IP', visitor.ip);
  add('Page', visitor.pageUrl);
  // A list row has no messages on the page: the search worker reads its whole text from the device.
  const messages = Array.isArray(conversation.messages) ? conversation.messages : [];
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (!message) continue;
    if (message.text !== '') fields.push({ kind: 'message', messageIndex: i, text: message.text });
    for (const [language, text] of Object.entries(message.translations))
      if (text !== '') fields.push({ kind: 'translation', messageIndex: i, language, text });
  }
  return fields;
}

/**
 * The fields as one string (not folded yet), the form the search worker receives and the device keeps
 * beside each day's rows (lib/history/search-texts.ts). A list row gives what it has (its name, e-mail
 * and ids) until the worker reads its whole text there.
 */
export function searchableText(conversation: Conversation): string {
  const { visitor } = conversation;
  const text = [
    visitor.email,
    visitor.name,
    conversation.id,
    visitor.id,
    visitor.phone,
    visitor.ip,
    visitor.pageUrl,
  ].join(FIELD_SEPARATOR);
  return Array.isArray(conversation.messages) ? text + messagesText(conversation.messages) : text;
}

/** Every message's text and translations, each after a separator: what `searchableText` adds of them. */
function messagesText(messages: ReadonlyArray<Message>): string {
  let text = '';
  // A plain loop: this runs for a million messages when a large range loads.
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (!message) continue;
    text += FIELD_SEPARATOR + message.text;
    for (const language in message.translations) text += FIELD_SEPARATOR + message.translations[language];
  }
  return text;
}
