import type { SystemEvent } from './conversation';

/**
 * The one place that puts a system event in words (the transcript pane and the CSV export both use it; the
 * vendors only produce structured events). A vendor's system event in words for a support lead: "Visitor joined on https://…", "Chat closed".
 * Types are matched loosely (`chatClosed`, `chat_closed` and `closed` are one event) because vendors and
 * their API versions spell them differently. An unknown type never shows as JSON: its name is humanized
 * and its simple data values listed, so a new vendor event is still readable.
 */
export function describeEvent(event: SystemEvent): string {
  const describeKnown = knownEvents[normalizeType(event.type)];
  return describeKnown?.(event.data) ?? describeUnknown(event);
}

type Describe = (data: Record<string, unknown>) => string;

const chatClosed: Describe = (data) => withActor('Chat closed', firstText(data, actorKeys));
const chatStarted: Describe = () => 'Chat started';
const visitorLeft: Describe = () => 'Visitor left';

const transferred: Describe = (data) => {
  const to = firstText(data, ['toAgent', 'to_agent', 'to', 'agent', 'agentName', 'toGroup', 'group']);
  const from = firstText(data, ['fromAgent', 'from_agent', 'from']);
  return ['Transferred', from ? `from ${from}` : null, to ? `to ${to}` : null].filter(Boolean).join(' ');
};

const rated: Describe = (data) => {
  const value = firstText(data, ['rating', 'rate', 'score', 'value']);
  return value ? `Visitor rated the chat: ${humanize(value).toLowerCase()}` : 'Visitor rated the chat';
};

const agentJoined: Describe = (data) => {
  const agent = firstText(data, ['agentName', 'agent', 'name', 'author']);
  return agent ? `${agent} joined the chat` : 'An agent joined the chat';
};

const agentLeft: Describe = (data) => {
  const agent = firstText(data, ['agentName', 'agent', 'name', 'author']);
  return agent ? `${agent} left the chat` : 'An agent left the chat';
};

const visitorJoined: Describe = (data) => {
  const page = firstText(data, ['currentPage', 'current_page', 'page', 'url', 'pageUrl']);
  return page ? `Visitor joined on ${page}` : 'Visitor joined';
};

/** Keyed by the normalized type (lowercase letters and digits only). */
const knownEvents: Readonly<Record<string, Describe>> = {
  visitorjoin: visitorJoined,
  visitorjoined: visitorJoined,
  chatclosed: chatClosed,
  closed: chatClosed,
  chatended: chatClosed,
  ended: chatClosed,
  chatstarted: chatStarted,
  started: chatStarted,
  visitorleft: visitorLeft,
  visitorleave: visitorLeft,
  transfer: transferred,
  transferred: transferred,
  chattransfer: transferred,
  chattransferred: transferred,
  agenttransfer: transferred,
  rating: rated,
  rated: rated,
  chatrated: rated,
  ratinggiven: rated,
  agentjoin: agentJoined,
  agentjoined: agentJoined,
  agentleft: agentLeft,
  agentleave: agentLeft,
};

const actorKeys = ['by', 'closedBy', 'closed_by', 'endedBy', 'ended_by'];

function withActor(sentence: string, actor: string | null): string {
  return actor ? `${sentence} by ${actor}` : sentence;
}

function describeUnknown(event: SystemEvent): string {
  const name = humanize(event.type) || 'System event';
  const facts = Object.entries(event.data)
    .filter(([key]) => key !== 'type')
    .map(([key, value]) => {
      const text = simpleText(value);
      return text === null ? null : `${key}: ${text}`;
    })
    .filter((fact): fact is string => fact !== null);
  return facts.length === 0 ? name : `${name} (${facts.join(', ')})`;
}

function normalizeType(type: string): string {
  return type.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** "agentTransfer", "agent_transfer", "agent-transfer" => "Agent transfer". */
export function humanize(type: string): string {
  const words = type
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.\s]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function firstText(data: Record<string, unknown>, keys: ReadonlyArray<string>): string | null {
  for (const key of keys) {
    const text = simpleText(data[key]);
    if (text !== null) return text;
  }
  return null;
}

/** A string, number or boolean (or a list of them) as text; anything nested is left out, never dumped. */
function simpleText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    const items = value
      .map((item: unknown) => (typeof item === 'object' ? null : simpleText(item)))
      .filter((item): item is string => item !== null);
    return items.length === 0 ? null : items.join(', ');
  }
  return null;
}
