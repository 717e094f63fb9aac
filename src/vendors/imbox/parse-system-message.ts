import { z } from 'zod';
import type { SystemEvent } from '../../model/conversation';

const jsonObject = z.record(z.string(), z.unknown());

export type ParsedSystemMessage = { event: SystemEvent | null; text: string };

/**
 * An ImBox system message (agentID null) carries JSON such as
 * `{"type":"visitorJoin","currentPage":"https://example.org/support"}` (docs: imbox-chat-api.txt,
 * grabConversation). It becomes a structured event for the UI to word, plus a sentence in `text` so that
 * any consumer (CSV, search) shows words and never the JSON. Text that is not a JSON object stays as it is.
 */
export function parseSystemMessage(message: string): ParsedSystemMessage {
  const fields = parseJsonObject(message);
  if (fields === null) return { event: null, text: message.trim() };
  const { type, ...data } = fields;
  if (typeof type !== 'string' || type.trim() === '') {
    return { event: null, text: describeFields(fields) ?? 'System message' };
  }
  const event: SystemEvent = { type: type.trim(), data };
  return { event, text: describeImBoxEvent(event) };
}

function parseJsonObject(message: string): Record<string, unknown> | null {
  const trimmed = message.trim();
  if (!trimmed.startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const parsed = jsonObject.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The fallback sentence: the documented event in words, any other as "Type: key value, …". */
function describeImBoxEvent(event: SystemEvent): string {
  if (event.type === 'visitorJoin') {
    const page = simpleText(event.data['currentPage']);
    return page ? `Visitor joined on ${page}` : 'Visitor joined';
  }
  const facts = describeFields(event.data);
  const name = humanize(event.type);
  return facts ? `${name}: ${facts}` : name;
}

function describeFields(fields: Record<string, unknown>): string | null {
  const facts = Object.entries(fields).flatMap(([key, value]) => {
    const text = simpleText(value);
    return text === null ? [] : [`${humanize(key).toLowerCase()} ${text}`];
  });
  return facts.length === 0 ? null : facts.join(', ');
}

/** "chatClosed" / "chat_closed" => "Chat closed". */
function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Strings, numbers and booleans (or lists of them) as text; nested objects are left out, never dumped. */
function simpleText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    const items = value.flatMap((item: unknown) => {
      const text = typeof item === 'object' ? null : simpleText(item);
      return text === null ? [] : [text];
    });
    return items.length === 0 ? null : items.join(', ');
  }
  return null;
}
