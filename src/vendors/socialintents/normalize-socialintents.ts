import { creditWritingAgents } from '../../model/agent-credit';
import { conversationKey, type Agent, type Conversation, type Message } from '../../model/conversation';
import { blankToNull, normalizeEmail } from '../../model/text';
import { mapSocialIntentsCustomVariables } from './map-socialintents-custom-variables';
import { mapSocialIntentsMessageRole } from './map-socialintents-message-role';
import { mapSocialIntentsRating } from './map-socialintents-rating';
import { hasAgent, mapSocialIntentsStatus } from './map-socialintents-status';
import { parseSocialIntentsStartDate, toEpochMs } from './parse-socialintents-start-date';
import { reconcileStartInstant } from './reconcile-start-instant';
import {
  socialIntentsChatSchema,
  socialIntentsMessageSchema,
  type SocialIntentsChat,
  type SocialIntentsList,
} from './socialintents-api';

/**
 * One Social Intents chat (any of the three lists) in the common model. `timeZone` is the one the request
 * named, which is what a wall-clock `startDate` is in. Returns null for a payload without an id or without
 * any instant to place it at: such a chat cannot be shown in a date range.
 */
export function normalizeSocialIntentsChat(
  raw: unknown,
  list: SocialIntentsList,
  timeZone: string,
): Conversation | null {
  const parsed = socialIntentsChatSchema.safeParse(raw);
  if (!parsed.success) return null;
  const chat = parsed.data;
  const status = mapSocialIntentsStatus(chat, list);
  const visitorName = blankToNull(chat.visitorFullName) ?? blankToNull(chat.visitorName);
  const agent = agentOf(chat);
  const listed = (chat.messages ?? []).flatMap((item, index) =>
    messageFrom(item, index, { visitor: visitorName, agent: agent?.name ?? null }),
  );
  const parsedStart = parseSocialIntentsStartDate(chat.startDate, timeZone);
  const firstMessageAt = firstInstant(listed);
  const startedAt =
    parsedStart === null ? firstMessageAt : reconcileStartInstant(parsedStart, firstMessageAt);
  if (startedAt === null) return null;
  const messages = listed.length > 0 ? listed : messagesFromTextBody(chat, status, visitorName, startedAt);
  const durationSeconds = chat.duration != null && chat.duration >= 0 ? chat.duration : null;

  return {
    key: conversationKey('socialintents', chat.id),
    vendor: 'socialintents',
    id: chat.id,
    status,
    // Without `chatType` the list the chat came from decided: that is what the vendor said.
    statusRaw: blankToNull(chat.chatType) ?? list,
    startedAt,
    endedAt: durationSeconds === null ? null : startedAt + durationSeconds * 1000,
    durationSeconds,
    visitor: {
      name: visitorName,
      email: normalizeEmail(chat.visitorEmail),
      phone: blankToNull(chat.visitorPhone),
      id: blankToNull(chat.visitorId),
      location: blankToNull(chat.location),
      ip: blankToNull(chat.ip),
      userAgent: blankToNull(chat.userAgent),
      pageUrl: blankToNull(chat.page),
      referrer: blankToNull(chat.referrer),
    },
    // A transferred chat names only the first agent; whoever else wrote as an agent is credited too.
    agents: creditWritingAgents(agent ? [agent] : [], messages),
    supervisors: [],
    tags: tagsOf(chat.tags),
    labels: [],
    rating: mapSocialIntentsRating(chat.rating),
    customVariables: mapSocialIntentsCustomVariables(chat),
    messages,
    messageCount: messages.length,
    raw,
  };
}

function agentOf(chat: SocialIntentsChat): Agent | null {
  if (!hasAgent(chat)) return null;
  const email = normalizeEmail(chat.agentEmail);
  const id = blankToNull(chat.agentId);
  return { name: blankToNull(chat.agentName) ?? email ?? id ?? 'Agent', email, id };
}

function messageFrom(
  item: unknown,
  index: number,
  names: { visitor: string | null; agent: string | null },
): Message[] {
  const parsed = socialIntentsMessageSchema.safeParse(item);
  if (!parsed.success) return [];
  const { type, nickname, timestamp, body } = parsed.data;
  if (blankToNull(body) === null && timestamp == null) return [];
  return [
    {
      id: String(index),
      role: mapSocialIntentsMessageRole(type, nickname, names),
      roleRaw: type ?? null,
      authorName: blankToNull(nickname),
      text: body ?? '',
      at: timestamp == null ? null : toEpochMs(timestamp),
      translations: {},
      attachments: [],
      event: null,
    },
  ];
}

function firstInstant(messages: ReadonlyArray<Message>): number | null {
  const instants = messages.map((message) => message.at).filter((at): at is number => at !== null);
  return instants.length === 0 ? null : Math.min(...instants);
}

/**
 * Offline messages usually carry no messages array, only `textBody`: that is the visitor's note. For a
 * chat, `textBody` is the whole plain-text transcript, so it is shown as one block nobody is credited with.
 */
function messagesFromTextBody(
  chat: SocialIntentsChat,
  status: Conversation['status'],
  visitorName: string | null,
  startedAt: number,
): Message[] {
  const body = blankToNull(chat.textBody);
  if (body === null) return [];
  const offline = status === 'offline';
  return [
    {
      id: 'textBody',
      role: offline ? 'visitor' : 'system',
      roleRaw: null,
      authorName: offline ? visitorName : null,
      text: body,
      at: startedAt,
      translations: {},
      attachments: [],
      event: null,
    },
  ];
}

function tagsOf(tags: string | ReadonlyArray<string> | null | undefined): string[] {
  if (tags == null) return [];
  const list = typeof tags === 'string' ? tags.split(',') : tags;
  const clean = list.map((tag) => blankToNull(tag)).filter((tag): tag is string => tag !== null);
  return [...new Set(clean)];
}
