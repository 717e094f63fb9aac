import { z } from 'zod';
import { lenientArray, lenientId, lenientNames, lenientNumber, lenientText } from '../lenient-schemas';

/**
 * LiveChat REST API v2 `GET /chats` payloads, read leniently (docs/vendor-api/livechat-rest-v2-chats.txt and
 * docs/vendor-api/NOTES.md). A field of an unexpected type becomes null; a chat that cannot be read is left out
 * and counted (src/vendors/lenient-schemas.ts), rather than one odd chat failing a list of thousands.
 */

const text = lenientText;
const numeric = lenientNumber;

export const liveChatPageSchema = z.looseObject({
  chats: z.array(z.unknown()).nullish().catch(null),
  /** All chats of the query, even beyond the 25,000 the API will page through. */
  total: numeric,
  pages: numeric,
});
export type LiveChatPageBody = z.infer<typeof liveChatPageSchema>;

export const liveChatKeyValueSchema = z.looseObject({ key: text, value: text });
export type LiveChatKeyValue = z.infer<typeof liveChatKeyValueSchema>;

export const liveChatPersonSchema = z.looseObject({ display_name: text, email: text });
export type LiveChatPerson = z.infer<typeof liveChatPersonSchema>;

/** A `messages[]` item, and the common shape of an `events[]` item. Timestamps are epoch seconds. */
export const liveChatEntrySchema = z.looseObject({
  /** events[] only: `message`, `attachment` or `event`. */
  type: text,
  /** events[] of type `event`: `closed`, ... */
  event_type: text,
  author_name: text,
  text: text,
  timestamp: numeric,
  user_type: text,
  agent_id: text,
  files: z.array(z.unknown()).nullish().catch(null),
});
export type LiveChatEntry = z.infer<typeof liveChatEntrySchema>;

export const liveChatVisitorSchema = z.looseObject({
  id: text,
  name: text,
  ip: text,
  city: text,
  country: text,
  country_code: text,
  region: text,
  timezone: text,
  user_agent: text,
  page: text,
});

export const liveChatChatSchema = z.looseObject({
  id: lenientId,
  /** `chat` or `missed_chat`. */
  type: text,
  visitor_name: text,
  visitor_id: text,
  visitor: liveChatVisitorSchema.nullish().catch(null),
  agents: lenientArray(liveChatPersonSchema),
  supervisors: lenientArray(liveChatPersonSchema),
  /** `rated_good`, `rated_bad` or `not_rated`. */
  rate: text,
  /** Seconds. */
  duration: numeric,
  started_timestamp: numeric,
  ended_timestamp: numeric,
  prechat_survey: lenientArray(liveChatKeyValueSchema),
  custom_variables: lenientArray(liveChatKeyValueSchema),
  integration_variables: lenientArray(liveChatKeyValueSchema),
  tags: lenientNames,
  messages: lenientArray(liveChatEntrySchema),
  events: lenientArray(liveChatEntrySchema),
  chat_start_url: text,
  referrer: text,
});
export type LiveChatChat = z.infer<typeof liveChatChatSchema>;
