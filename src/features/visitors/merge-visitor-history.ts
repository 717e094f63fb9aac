import { isVisitorConversation, type VisitorRef } from '../../lib/visitor-path';
import { isHeld, type Conversation } from '../../model/conversation';
import { firstVisitorLineOf } from '../../model/message-summary';

/**
 * One visitor's timeline from every source (each vendor's own e-mail search, the local history, the lists
 * in memory): only the visitor's conversations, once per vendor and id, newest first. Where two sources
 * hold the same conversation the copy that knows more is kept: one with its messages over one without
 * (an ImBox row whose transcript is held), else the first given, so callers list the freshest source first.
 */
export function mergeVisitorHistory(
  ref: VisitorRef,
  sources: ReadonlyArray<ReadonlyArray<Conversation>>,
): Conversation[] {
  const byKey = new Map<string, Conversation>();
  for (const source of sources) {
    for (const row of source) {
      if (!isVisitorConversation(ref, row)) continue;
      const key = `${row.vendor}:${row.id}`;
      const kept = byKey.get(key);
      if (!kept || (!Array.isArray(kept.messages) && Array.isArray(row.messages))) byKey.set(key, row);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => b.startedAt - a.startedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The first thing the visitor wrote, for the timeline: their first message with text, or null. */
export function firstVisitorMessage(conversation: Conversation): string | null {
  const { messages } = conversation;
  if (messages === null) return null;
  return isHeld(messages) ? messages.firstVisitorLine : firstVisitorLineOf(messages);
}
