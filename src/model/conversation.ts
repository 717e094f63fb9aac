import { z } from 'zod';

/**
 * The normalized model every vendor adapter maps into. Instants are epoch milliseconds (numbers, not
 * strings) because the table filters and sorts 100,000 of them on every keystroke.
 */

export const vendorIds = ['socialintents', 'livechat', 'imbox', 'snapengage'] as const;
export const vendorIdSchema = z.enum(vendorIds);
export type VendorId = z.infer<typeof vendorIdSchema>;

export const conversationStatuses = ['answered', 'missed', 'offline'] as const;
export const conversationStatusSchema = z.enum(conversationStatuses);
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

export const ratingValues = ['good', 'bad', 'neutral'] as const;
export const ratingValueSchema = z.enum(ratingValues);
export type RatingValue = z.infer<typeof ratingValueSchema>;

/** A unified rating keeps the vendor's own value (`rated_good`, `4`, ...) and its numeric score beside it. */
export const ratingSchema = z.object({
  value: ratingValueSchema,
  raw: z.union([z.string(), z.number()]),
  score: z.number().nullable(),
});
export type Rating = z.infer<typeof ratingSchema>;

/** A vendor's own value for a status or a role (`missed_chat`, `messageToAgent`, `0`), kept beside ours. */
export const rawValueSchema = z.union([z.string(), z.number()]).nullable();
export type RawValue = z.infer<typeof rawValueSchema>;

export const nameValueSchema = z.object({ name: z.string(), value: z.string() });
export type NameValue = z.infer<typeof nameValueSchema>;

export const visitorSchema = z.object({
  name: z.string().nullable(),
  /** Always lowercased, so that search and de-duplication need not care. */
  email: z.string().nullable(),
  phone: z.string().nullable(),
  id: z.string().nullable(),
  location: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  pageUrl: z.string().nullable(),
  referrer: z.string().nullable(),
});
export type Visitor = z.infer<typeof visitorSchema>;

export const agentSchema = z.object({
  name: z.string(),
  email: z.string().nullable(),
  id: z.string().nullable(),
});
export type Agent = z.infer<typeof agentSchema>;

export const messageRoles = ['visitor', 'agent', 'supervisor', 'system', 'bot'] as const;
export const messageRoleSchema = z.enum(messageRoles);
export type MessageRole = z.infer<typeof messageRoleSchema>;

export const attachmentSchema = z.object({
  name: z.string(),
  url: z.string().nullable(),
  contentType: z.string().nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/**
 * A system event in structured form; src/model/describe-event.ts puts any event in words, for the
 * transcript pane and the CSV alike. `type` is the vendor's own event name (`visitorJoin`, `closed`, ...);
 * unknown types stay readable from `data`. Vendor spellings of values (LiveChat's `rated_good`) are
 * unified by the vendor's mapping, so the words need no vendor knowledge.
 */
export const systemEventSchema = z.object({
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type SystemEvent = z.infer<typeof systemEventSchema>;

export const messageSchema = z.object({
  id: z.string(),
  role: messageRoleSchema,
  /** What the vendor said that `role` was read from (`user_type`, `sender`, `agentID`); null when nothing. */
  roleRaw: rawValueSchema,
  authorName: z.string().nullable(),
  text: z.string(),
  /** Epoch milliseconds. */
  at: z.number().nullable(),
  /** Language code -> translated text, shown beside the original. */
  translations: z.record(z.string(), z.string()),
  attachments: z.array(attachmentSchema),
  event: systemEventSchema.nullable(),
});
export type Message = z.infer<typeof messageSchema>;

/**
 * `Conversation.messages` of a *list row*, what a reload reads of a row from this device (what the list
 * shows, lib/history/list-columns.ts): where the whole row is, and what the views show of its messages
 * without reading them back, worked out when the row was stored (src/model/message-summary.ts).
 */
export const heldMessagesSchema = z.object({
  held: z.literal(true),
  /** The history account (vendor and account fingerprint) whose device store keeps them. */
  account: z.string(),
  /** The card's first line: the first line anybody wrote, or "No messages". */
  firstLine: z.string(),
  /** The visitor timeline's line: the first thing the visitor wrote, or null. */
  firstVisitorLine: z.string().nullable(),
  /** The overview's response time: the first agent answer after the visitor's first message, or null. */
  firstResponse: z.object({ seconds: z.number(), author: z.string().nullable() }).nullable(),
});
export type HeldMessages = z.infer<typeof heldMessagesSchema>;

export const conversationSchema = z.object({
  /** `${vendor}:${id}`: unique across vendors, used as the table's row id. */
  key: z.string(),
  vendor: vendorIdSchema,
  id: z.string(),
  status: conversationStatusSchema,
  /** What the vendor said that `status` was read from (`chatType`, `type`, `source_id`); null when nothing. */
  statusRaw: rawValueSchema,
  /** Epoch milliseconds. */
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  durationSeconds: z.number().nullable(),
  visitor: visitorSchema,
  /** The agents who handled the chat. Supervisors who only watched or whispered are kept apart. */
  agents: z.array(agentSchema),
  supervisors: z.array(agentSchema),
  tags: z.array(z.string()),
  labels: z.array(nameValueSchema),
  rating: ratingSchema.nullable(),
  customVariables: z.array(nameValueSchema),
  /**
   * The messages when the vendor's list already carries them; null when they must be fetched apart
   * (ImBox); `HeldMessages` in a list row, read from this device without them: a reload reads what the
   * list shows of each row and makes no whole rows (97,000 of them took most of a reload), the search
   * worker reads the rows' text itself, and the reading pane, the *Matched text* column and the exports
   * read a row whole when they need it (lib/history/whole-rows.ts).
   */
  messages: z.union([z.array(messageSchema), heldMessagesSchema]).nullable(),
  /** Known message count (from `messages` or a vendor count); null when unknown until the transcript loads. */
  messageCount: z.number().nullable(),
  raw: z.unknown(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** What a lazily fetched transcript adds to a conversation (ImBox): messages and details-panel extras. */
export const transcriptDetailSchema = z.object({
  messages: z.array(messageSchema),
  visitor: visitorSchema.partial(),
  tags: z.array(z.string()),
  labels: z.array(nameValueSchema),
  /** Extra name/value facts for the details panel (ImBox cards, visitor info, ...). */
  details: z.array(nameValueSchema),
  raw: z.unknown(),
});
export type TranscriptDetail = z.infer<typeof transcriptDetailSchema>;

export const emptyVisitor: Visitor = {
  name: null,
  email: null,
  phone: null,
  id: null,
  location: null,
  ip: null,
  userAgent: null,
  pageUrl: null,
  referrer: null,
};

/** Whether a row's messages are on this device only, with its whole row (see `HeldMessages`). */
export function isHeld(messages: Conversation['messages']): messages is HeldMessages {
  return messages !== null && !Array.isArray(messages);
}

export function conversationKey(vendor: VendorId, id: string): string {
  return `${vendor}:${id}`;
}
