import type { Message } from '../../model/conversation';
import type { MessageRow } from './imbox-api';
import { imboxRole } from './map-imbox-role';
import { mapImBoxSystemEvent } from './map-imbox-system-event';

export type MessageContext = {
  conversationId: string;
  /** agentID -> full name, from grabAgents; messages only carry the agent's first name in `from`. */
  agentNames: ReadonlyMap<string, string>;
  /** The visitor's name when a type-0 tag gives one; ImBox's `from` for a visitor is the conversation id. */
  visitorName: string | null;
};

/** grabConversation rows as the transcript: by date, ties by message id (ImBox ids grow with time). */
export function mapImBoxMessages(rows: ReadonlyArray<MessageRow>, context: MessageContext): Message[] {
  return [...rows].sort(byDateThenId).map((row) => mapMessage(row, context));
}

function mapMessage(row: MessageRow, context: MessageContext): Message {
  const role = imboxRole(row.agentID);
  const base = { id: row.id, roleRaw: row.agentID, at: row.date, translations: {}, attachments: [] };
  if (role === 'system') {
    const { event, text } = mapImBoxSystemEvent(row.message);
    return { ...base, role, authorName: null, text, event };
  }
  return { ...base, role, authorName: authorOf(row, role, context), text: row.message, event: null };
}

function authorOf(row: MessageRow, role: 'visitor' | 'agent', context: MessageContext): string | null {
  if (role === 'agent')
    return (row.agentID !== null ? context.agentNames.get(row.agentID) : undefined) ?? row.from;
  if (context.visitorName) return context.visitorName;
  // `from` is the conversation id ("V1") for a visitor: an id, not a name worth showing.
  return row.from !== null && row.from !== context.conversationId ? row.from : null;
}

function byDateThenId(a: MessageRow, b: MessageRow): number {
  const byDate = (a.date ?? Number.POSITIVE_INFINITY) - (b.date ?? Number.POSITIVE_INFINITY);
  if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
  return compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  const numberA = Number(a);
  const numberB = Number(b);
  if (Number.isFinite(numberA) && Number.isFinite(numberB)) return numberA - numberB;
  return a.localeCompare(b);
}
