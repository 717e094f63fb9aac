import { conversationKey, type Agent, type Conversation } from '../../model/conversation';
import { blankToNull, joinPresent, normalizeEmail } from '../../model/text';
import { mapLiveChatVisitorEmail } from './map-livechat-visitor-email';
import { liveChatChatSchema, type LiveChatChat, type LiveChatPerson } from './livechat-api';
import { mapLiveChatCustomVariables } from './map-livechat-custom-variables';
import { mapLiveChatMessages } from './map-livechat-messages';
import { mapLiveChatRating } from './map-livechat-rating';
import { mapLiveChatStatus } from './map-livechat-status';

/**
 * One LiveChat chat in the common model. Returns null for a payload without an id or without any instant
 * to place it at (no `started_timestamp` and no timed message): such a chat cannot be shown in a date range.
 */
export function normalizeLiveChatChat(raw: unknown): Conversation | null {
  const parsed = liveChatChatSchema.safeParse(raw);
  if (!parsed.success) return null;
  const chat = parsed.data;
  const messages = mapLiveChatMessages(chat);
  const startedAt = epochSecondsToMs(chat.started_timestamp) ?? firstInstant(messages);
  if (startedAt === null) return null;
  const endedAt = epochSecondsToMs(chat.ended_timestamp);
  const visitor = chat.visitor;

  return {
    key: conversationKey('livechat', chat.id),
    vendor: 'livechat',
    id: chat.id,
    status: mapLiveChatStatus(chat),
    statusRaw: chat.type ?? null,
    startedAt,
    endedAt,
    durationSeconds: durationOf(chat, startedAt, endedAt),
    visitor: {
      name: blankToNull(chat.visitor_name) ?? blankToNull(visitor?.name),
      email: mapLiveChatVisitorEmail(chat),
      phone: phoneOf(chat),
      id: blankToNull(chat.visitor_id) ?? blankToNull(visitor?.id),
      location: joinPresent([visitor?.city, visitor?.region, visitor?.country]),
      ip: blankToNull(visitor?.ip),
      userAgent: blankToNull(visitor?.user_agent),
      pageUrl: blankToNull(visitor?.page) ?? blankToNull(chat.chat_start_url),
      referrer: blankToNull(chat.referrer),
    },
    agents: people(chat.agents),
    supervisors: people(chat.supervisors),
    tags: [...new Set(chat.tags.map((tag) => blankToNull(tag)).filter((tag): tag is string => tag !== null))],
    labels: [],
    rating: mapLiveChatRating(chat.rate),
    customVariables: mapLiveChatCustomVariables(chat),
    messages,
    messageCount: messages.length,
    raw,
  };
}

function epochSecondsToMs(seconds: number | null | undefined): number | null {
  return seconds == null || seconds <= 0 ? null : seconds * 1000;
}

function firstInstant(messages: ReadonlyArray<{ at: number | null }>): number | null {
  const instants = messages.map((message) => message.at).filter((at): at is number => at !== null);
  return instants.length === 0 ? null : Math.min(...instants);
}

function durationOf(chat: LiveChatChat, startedAt: number, endedAt: number | null): number | null {
  if (chat.duration != null && chat.duration >= 0) return chat.duration;
  return endedAt === null ? null : Math.max(0, Math.round((endedAt - startedAt) / 1000));
}

/** Agents are identified by their login e-mail, which is also what message `agent_id`s carry. */
function people(persons: ReadonlyArray<LiveChatPerson>): Agent[] {
  return persons.flatMap((person) => {
    const email = normalizeEmail(person.email);
    const name = blankToNull(person.display_name) ?? email;
    return name === null ? [] : [{ name, email, id: email }];
  });
}

function phoneOf(chat: LiveChatChat): string | null {
  const entry = chat.prechat_survey.find(
    ({ key, value }) => /phone/i.test(key ?? '') && blankToNull(value) !== null,
  );
  return blankToNull(entry?.value);
}
