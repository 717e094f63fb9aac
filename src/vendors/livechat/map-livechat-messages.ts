import type { Attachment, Message } from '../../model/conversation';
import { blankToNull } from '../../model/text';
import type { LiveChatChat, LiveChatEntry } from './livechat-api';
import { mapLiveChatRole } from './map-livechat-role';

/**
 * The transcript. `events[]` (docs/vendor-api/NOTES.md: `message`, `attachment` with `files[]`, `event` such
 * as `event_type: "closed"`) says more than `messages[]`, so it wins when a chat carries it.
 */
export function mapLiveChatMessages(chat: LiveChatChat): Message[] {
  if (chat.events.length > 0) return chat.events.map(fromEvent);
  return chat.messages.map((entry, index) => textMessage(entry, index));
}

function fromEvent(entry: LiveChatEntry, index: number): Message {
  switch (entry.type) {
    case 'message':
    case null:
    case undefined:
      return textMessage(entry, index);
    case 'attachment':
      return { ...textMessage(entry, index), attachments: (entry.files ?? []).flatMap(attachmentOf) };
    case 'event':
    default:
      // Structured, so the transcript can put it in words; the vendor's own fields stay readable in `data`.
      return {
        ...textMessage(entry, index),
        role: 'system',
        event: {
          type: blankToNull(entry.event_type) ?? blankToNull(entry.type) ?? 'event',
          data: eventData(entry),
        },
      };
  }
}

/**
 * The event's own fields, with LiveChat's rating spelling unified: `rated_good` / `rated_bad`
 * (docs/vendor-api/NOTES.md, `rate`) become `good` / `bad`, so the words need no LiveChat knowledge.
 */
function eventData(entry: LiveChatEntry): Record<string, unknown> {
  const data: Record<string, unknown> = { ...entry };
  for (const key of ['rate', 'rating']) {
    const value = data[key];
    if (typeof value === 'string') data[key] = value.replace(/^rated_/i, '');
  }
  return data;
}

function textMessage(entry: LiveChatEntry, index: number): Message {
  return {
    id: String(index),
    role: mapLiveChatRole(entry.user_type, entry.agent_id),
    roleRaw: entry.user_type ?? null,
    authorName: blankToNull(entry.author_name),
    text: entry.text ?? '',
    at: entry.timestamp == null || entry.timestamp <= 0 ? null : entry.timestamp * 1000,
    translations: {},
    attachments: [],
    event: null,
  };
}

/** `files[]` items are URLs in practice; an object with a url/name is accepted too. */
function attachmentOf(file: unknown): Attachment[] {
  if (typeof file === 'string') {
    const url = blankToNull(file);
    return url === null ? [] : [{ name: fileName(url), url: safeUrl(url), contentType: null }];
  }
  if (file === null || typeof file !== 'object') return [];
  const record = new Map(Object.entries(file));
  const text = (key: string): string | null => {
    const value = record.get(key);
    return typeof value === 'string' ? blankToNull(value) : null;
  };
  const url = text('url') ?? text('link');
  const name = text('name') ?? text('file_name') ?? (url === null ? null : fileName(url));
  if (name === null) return [];
  return [
    { name, url: url === null ? null : safeUrl(url), contentType: text('content_type') ?? text('type') },
  ];
}

/** Only http(s) links are kept as links: a `javascript:` URL from a payload must never become clickable. */
function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function fileName(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}
