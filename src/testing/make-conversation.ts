import { conversationKey, emptyVisitor, type Conversation, type Message } from '../model/conversation';

/** Test builder: a plausible conversation, with whatever a test cares about overridden. */
export function makeConversation(overrides: Partial<Conversation> = {}): Conversation {
  const vendor = overrides.vendor ?? 'livechat';
  const id = overrides.id ?? 'C1';
  const messages = overrides.messages === undefined ? [makeMessage()] : overrides.messages;
  return {
    key: conversationKey(vendor, id),
    vendor,
    id,
    status: 'answered',
    statusRaw: 'chat',
    startedAt: Date.parse('2026-11-02T10:00:00Z'),
    endedAt: Date.parse('2026-11-02T10:05:00Z'),
    durationSeconds: 300,
    visitor: { ...emptyVisitor, name: 'Mary Brown', email: 'mary.brown@example.org' },
    agents: [{ name: 'John Doe', email: 'john.doe@example.com', id: 'john.doe@example.com' }],
    supervisors: [],
    tags: [],
    labels: [],
    rating: null,
    customVariables: [],
    messageCount: Array.isArray(messages) ? messages.length : null,
    raw: {},
    ...overrides,
    messages,
  };
}

export function makeMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: 'm1',
    role: 'visitor',
    roleRaw: 'visitor',
    authorName: 'Mary Brown',
    text: 'Hello',
    at: Date.parse('2026-11-02T10:00:00Z'),
    translations: {},
    attachments: [],
    event: null,
    ...overrides,
  };
}
