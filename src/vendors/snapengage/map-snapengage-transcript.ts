import type { Agent, Message, MessageRole } from '../../model/conversation';
import { blankToNull, isCompleteEmail, normalizeEmail } from '../../model/text';
import type { CaseFields, TranscriptEntry } from './snapengage-api';

/**
 * SnapEngage's `transcripts` (docs/vendor-api/snapengage-integration-post-api.txt, docs/vendor-api/NOTES.md):
 * `sender` VISITOR or AGENT; visitor entries have an empty `id`, agent entries carry the agent's login in
 * `id` and the display name in `alias`; the instant is `date_seconds` + `date_milliseconds` (the `date`
 * string is a wall clock in the account's timezone: the sample shows 2:14:31 PM for 20:14:31 UTC, so it is
 * never read).
 */
type Entry = TranscriptEntry;

function roleOf(sender: string | null | undefined): MessageRole {
  switch (sender?.trim().toUpperCase()) {
    case 'VISITOR':
      return 'visitor';
    case 'AGENT':
      return 'agent';
    default:
      // Not documented; shown apart rather than put in anyone's mouth.
      return 'system';
  }
}

export function instantOf(
  seconds: number | null | undefined,
  milliseconds: number | null | undefined,
): number | null {
  if (seconds === null || seconds === undefined) return null;
  return seconds * 1000 + (milliseconds ?? 0);
}

/** The documented sample names every visitor "visitor": the requester's own name says more. */
function authorOf(entry: Entry, role: MessageRole, visitorName: string | null): string | null {
  const alias = blankToNull(entry.alias);
  if (role === 'visitor' && (alias === null || alias.toLowerCase() === 'visitor'))
    return visitorName ?? alias;
  return alias ?? blankToNull(entry.id);
}

export function presentEntries(fields: CaseFields): Entry[] {
  return fields.transcripts;
}

export function normalizeMessages(
  fields: CaseFields,
  visitorName: string | null,
  startedAt: number,
): Message[] {
  const entries = presentEntries(fields);
  const description = blankToNull(fields.description);
  // An offline request carries no transcript: the visitor's message is the case's description.
  if (entries.length === 0 && description !== null) {
    return [
      {
        id: 'description',
        role: 'visitor',
        roleRaw: null,
        authorName: visitorName,
        text: description,
        at: startedAt,
        translations: {},
        attachments: [],
        event: null,
      },
    ];
  }
  return entries.map((entry, index) => {
    const role = roleOf(entry.sender);
    return {
      id: String(index),
      role,
      roleRaw: entry.sender ?? null,
      authorName: authorOf(entry, role, visitorName),
      text: entry.message ?? '',
      at: instantOf(entry.date_seconds, entry.date_milliseconds),
      translations: entry.translations,
      attachments: [],
      event: null,
    };
  });
}

/**
 * Agent entries that answer the visitor: those at or after the visitor's first message. A proactive
 * chat opens with an invitation sent under an agent's alias, which answers nobody.
 */
export function replyingAgentEntries(fields: CaseFields): Entry[] {
  const entries = presentEntries(fields);
  const firstVisitor = entries.findIndex((entry) => roleOf(entry.sender) === 'visitor');
  return entries.filter(
    (entry, index) => roleOf(entry.sender) === 'agent' && (firstVisitor === -1 || index > firstVisitor),
  );
}

function agentFrom(login: string | null, alias: string | null): Agent | null {
  const name = alias ?? login;
  if (name === null) return null;
  return { name, id: login, email: login !== null && isCompleteEmail(login) ? normalizeEmail(login) : null };
}

/** An explicit agent field, when an account's payload has one: a login string or an object. */
function explicitAgent(value: unknown): Agent | null {
  if (typeof value === 'string') return agentFrom(blankToNull(value), null);
  if (typeof value !== 'object' || value === null) return null;
  const text = (key: string) => {
    const field: unknown = Reflect.get(value, key);
    return typeof field === 'string' ? blankToNull(field) : null;
  };
  return agentFrom(text('id') ?? text('email') ?? text('login'), text('alias') ?? text('name'));
}

/** The agents who answered, in order of first reply, plus any the payload names explicitly. */
export function normalizeAgents(fields: CaseFields): Agent[] {
  const candidates = [
    ...replyingAgentEntries(fields).map((entry) =>
      agentFrom(blankToNull(entry.id), blankToNull(entry.alias)),
    ),
    agentFrom(blankToNull(fields.chat_agent_id), blankToNull(fields.chat_agent_alias)),
    explicitAgent(fields.agent),
    explicitAgent(fields.destination),
  ];
  const agents = new Map<string, Agent>();
  for (const agent of candidates) {
    if (agent === null) continue;
    const key = (agent.id ?? agent.name).toLowerCase();
    if (!agents.has(key)) agents.set(key, agent);
  }
  return [...agents.values()];
}
