import type { HeldMessages, Message } from './conversation';

/**
 * What the views show of a conversation's messages without showing them: a card's first line, the
 * visitor timeline's line and the overview's response time. Worked out from the messages when a row has
 * them, and once when the device stores a day's list columns (`HeldMessages`), so a reload shows the
 * same without reading the messages back.
 */

/** The first line of what was said: the first message that is not a system event, its first non-empty line. */
export function firstLineOf(messages: ReadonlyArray<Message>): string {
  for (const message of messages) {
    if (message.role === 'system') continue;
    const line = message.text
      .split('\n')
      .map((part) => part.trim())
      .find((part) => part !== '');
    if (line !== undefined) return line;
  }
  return 'No messages';
}

/** The first thing the visitor wrote: their first message with text, or null. */
export function firstVisitorLineOf(messages: ReadonlyArray<Message>): string | null {
  const first = messages.find((message) => message.role === 'visitor' && message.text.trim() !== '');
  return first ? first.text.trim() : null;
}

export type FirstResponse = { seconds: number; author: string | null };

/** The first agent message after the visitor's first message: its delay and its author; null when none. */
export function firstResponseOf(messages: ReadonlyArray<Message>): FirstResponse | null {
  let asked: number | null = null;
  for (const message of messages) {
    if (message.at === null) continue;
    if (asked === null) {
      if (message.role === 'visitor') asked = message.at;
      continue;
    }
    if (message.role === 'agent' && message.at >= asked) {
      return { seconds: (message.at - asked) / 1000, author: message.authorName?.trim() || null };
    }
  }
  return null;
}

/** What a list row keeps of its messages (see `HeldMessages`). */
export function heldSummary(messages: ReadonlyArray<Message>, account: string): HeldMessages {
  return {
    held: true,
    account,
    firstLine: firstLineOf(messages),
    firstVisitorLine: firstVisitorLineOf(messages),
    firstResponse: firstResponseOf(messages),
  };
}
