import { z } from 'zod';
import { lenientId, lenientNumber, lenientText } from '../lenient-schemas';

/**
 * Social Intents payloads, read leniently: field names drift between doc versions and real accounts vary,
 * so a field of an unexpected type becomes null instead of failing the whole list.
 * docs/vendor-api/socialintents-chat-history-v1.txt, docs/vendor-api/socialintents-rest-api.txt,
 * docs/vendor-api/NOTES.md.
 */

const text = lenientText;
const numeric = lenientNumber;

/** The three lists the REST API offers; each takes the same filters. */
export const socialIntentsLists = ['chats', 'missedchats', 'offlinemessages'] as const;
export type SocialIntentsList = (typeof socialIntentsLists)[number];

/** `{apiStatus, apiStatusCode, apiStatusMessage, chats}`; chats stay unparsed so one odd chat cannot sink the list. */
export const socialIntentsEnvelopeSchema = z.looseObject({
  apiStatus: text,
  apiStatusCode: text,
  apiStatusMessage: text,
  chats: z.array(z.unknown()).nullish().catch(null),
});
export type SocialIntentsEnvelope = z.infer<typeof socialIntentsEnvelopeSchema>;

export const socialIntentsMessageSchema = z.looseObject({
  /** `messageToAgent` (from the visitor) or `messageToVisitor` (from the agent), but see map-socialintents-message-role. */
  type: text,
  nickname: text,
  /** Epoch milliseconds. */
  timestamp: numeric,
  body: text,
});
export type SocialIntentsMessage = z.infer<typeof socialIntentsMessageSchema>;

export const socialIntentsChatSchema = z.looseObject({
  id: lenientId,
  /** Newer docs only: `Answered`, `Missed`, `Offline Message`. */
  chatType: text,
  appId: text,
  /** A wall-clock string in the requested timezone, or ISO-8601 (see parse-socialintents-start-date). */
  startDate: z.union([z.string(), z.number()]).nullish().catch(null),
  /** Older docs. */
  visitorName: text,
  /** Newer docs. */
  visitorFullName: text,
  visitorEmail: text,
  visitorPhone: text,
  visitorId: text,
  agentName: text,
  agentId: text,
  agentEmail: text,
  /** Seconds. */
  duration: numeric,
  visits: numeric,
  page: text,
  referrer: text,
  ip: text,
  location: text,
  userAgent: text,
  visitorCustom1: text,
  visitorCustom2: text,
  visitorCustom3: text,
  visitorCustom4: text,
  visitorCustom5: text,
  visitorCustom6: text,
  /** Undocumented shape: an object, a JSON string or a query string are all accepted. */
  visitorParams: z.unknown().optional(),
  /** Plain-text transcript; the only text most offline messages carry. */
  textBody: text,
  // htmlBody is deliberately not read: it is HTML partly written by visitors and stays in `raw` only.
  messages: z.array(z.unknown()).nullish().catch(null),
  /** Not documented for chats; read when an account sends them. */
  tags: z
    .union([z.array(z.union([z.string(), z.number()]).transform(String)), z.string()])
    .nullish()
    .catch(null),
  rating: z.union([z.string(), z.number()]).nullish().catch(null),
});
export type SocialIntentsChat = z.infer<typeof socialIntentsChatSchema>;
