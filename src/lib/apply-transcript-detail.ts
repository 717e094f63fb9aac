import type { Conversation, NameValue, TranscriptDetail, Visitor } from '../model/conversation';

/**
 * A conversation with its lazily fetched transcript folded in (ImBox): the messages, and the visitor
 * facts, tags and labels the list did not carry. The transcript is fetched per conversation and so is the
 * more specific source: where both name a visitor field, the transcript's value wins.
 */
export function applyTranscriptDetail(conversation: Conversation, detail: TranscriptDetail): Conversation {
  return {
    ...conversation,
    messages: detail.messages,
    messageCount: detail.messages.length,
    visitor: mergeVisitor(conversation.visitor, detail.visitor),
    tags: unique([...conversation.tags, ...detail.tags]),
    labels: uniqueNameValues([...conversation.labels, ...detail.labels]),
  };
}

const visitorFields: ReadonlyArray<keyof Visitor> = [
  'name',
  'email',
  'phone',
  'id',
  'location',
  'ip',
  'userAgent',
  'pageUrl',
  'referrer',
];

function mergeVisitor(visitor: Visitor, extra: Partial<Visitor>): Visitor {
  const merged: Visitor = { ...visitor };
  for (const field of visitorFields) {
    const value = extra[field];
    if (typeof value === 'string' && value.trim() !== '') merged[field] = value;
  }
  return merged;
}

function unique(values: ReadonlyArray<string>): string[] {
  return [...new Set(values)];
}

function uniqueNameValues(values: ReadonlyArray<NameValue>): NameValue[] {
  const seen = new Set<string>();
  return values.filter((item) => {
    const key = `${item.name}\u0000${item.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
