import { z } from 'zod';
import {
  countedArray,
  lenientId,
  lenientNames,
  lenientNumber,
  lenientText,
  lenientTrimmedText,
  withRaw,
} from '../lenient-schemas';
import { parseImBoxInstant } from './parse-imbox-instant';

/**
 * ImBox's payloads. docs/vendor-api/imbox-chat-api.txt (the "Chat" API, `/message/{op}/{apiKey}/{userId}`).
 *
 * Lenient on purpose (src/vendors/lenient-schemas.ts): only the id that ties a row to a conversation is
 * required. Numbers may arrive as strings and strings as numbers (the docs show `isBackOffice: "0"` beside
 * `agentID: 1`), "" means none, and a date that does not parse (the docs themselves show
 * `2020-00-00T00:00:00.000Z`) becomes null.
 */
const id = lenientId;
const text = lenientTrimmedText;
const count = lenientNumber;
const instant = lenientText.transform((value) => parseImBoxInstant(value));
/** Tag and label names; anything that is not a non-blank string is left out. */
const names = lenientNames;

/** Every ImBox answer: `{result, json, length}`; an error carries a `message` (undocumented). */
export function imboxEnvelope<Row extends z.ZodType>(row: Row) {
  return z.object({
    result: z.string().optional(),
    /** Rows that do not fit (no id) are left out and counted: one bad row never sinks the answer. */
    json: countedArray(row),
    message: z.string().nullish(),
  });
}

export const listedConversationSchema = withRaw(
  z.object({
    conversationID: id,
    date: instant,
  }),
);
export type ListedConversation = z.output<typeof listedConversationSchema>;

export const statisticsRowSchema = withRaw(
  z.object({
    channel: id,
    agentName: text,
    agentEmail: text,
    referral: text,
    searchEngine: text,
    exitPage: text,
    browser: text,
    os: text,
    city: text,
    country: text,
    labels: names,
    tags: names,
    /** Milliseconds; null when no agent answered. */
    duration: count,
    rating: count,
    responseTime: count,
    startedAt: instant,
  }),
);
export type StatisticsRow = z.output<typeof statisticsRowSchema>;

export const messageRowSchema = withRaw(
  z.object({
    id: id,
    conversationID: text,
    from: text,
    /** Plain text for people; a JSON string such as `{"type":"visitorJoin",...}` for system messages. */
    message: lenientText.transform((value) => value ?? ''),
    date: instant,
    /** `0` is the visitor, null the system, anything else an agent; text so that `0` and `"0"` agree. */
    agentID: text,
  }),
);
export type MessageRow = z.output<typeof messageRowSchema>;

export const visitorInfoSchema = withRaw(
  z.object({
    trafficType: text,
    se_type: text,
    last_visit: instant,
    browser: text,
    os: text,
    user_city: text,
    user_country: text,
    exitPage: text,
  }),
);
export type VisitorInfo = z.output<typeof visitorInfoSchema>;

export const visitorTagSchema = withRaw(
  z.object({
    tag: text,
    /** 0 is the visitor's name, 1 a regular tag. */
    type: count,
    createdDate: instant,
  }),
);
export type VisitorTag = z.output<typeof visitorTagSchema>;

export const visitorLabelSchema = withRaw(
  z.object({
    label: text,
    createdDate: instant,
  }),
);
export type VisitorLabel = z.output<typeof visitorLabelSchema>;

export const visitorCardSchema = withRaw(
  z.object({
    dataID: text,
    data: text,
    createdDate: instant,
    updatedDate: instant,
  }),
);
export type VisitorCard = z.output<typeof visitorCardSchema>;

export const agentSchema = withRaw(
  z.object({
    agentID: id,
    agentName: text,
    agentEmail: text,
    department: text,
  }),
);
export type ImBoxAgent = z.output<typeof agentSchema>;
