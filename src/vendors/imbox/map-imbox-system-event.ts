import { z } from 'zod';
import type { SystemEvent } from '../../model/conversation';
import { describeEvent } from '../../model/describe-event';

const jsonObject = z.record(z.string(), z.unknown());

export type ImBoxSystemMessage = { event: SystemEvent | null; text: string };

/**
 * An ImBox system message (agentID null) carries JSON such as
 * `{"type":"visitorJoin","currentPage":"https://example.org/support"}` (docs/vendor-api/imbox-chat-api.txt,
 * grabConversation). It becomes a structured event; `text` holds the same words src/model/describe-event
 * gives it, so a consumer that reads `text` (search) never sees the JSON. Text that is not a JSON object
 * stays as it is, with no event.
 */
export function mapImBoxSystemEvent(message: string): ImBoxSystemMessage {
  const fields = parseJsonObject(message);
  if (fields === null) return { event: null, text: message.trim() };
  const { type, ...data } = fields;
  // A JSON object without a type is still an event: its values are worded, never shown as braces.
  const event: SystemEvent = { type: typeof type === 'string' ? type.trim() : '', data };
  return { event, text: describeEvent(event) };
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
