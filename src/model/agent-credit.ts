import type { Agent, Message } from './conversation';

/**
 * The credit rule: everyone who wrote as an agent in a conversation is among its agents. A vendor's list
 * names one agent per chat (Social Intents' `agentName` is whoever took it), but a chat handed over
 * (a transfer) has a second agent writing under their own name; the agent filter and the overview must
 * find the chat under both. The named agents keep their order and details; writers not among them
 * follow in the order they first wrote, known by name only. Names compare trimmed and case-insensitively,
 * against both an agent's name and e-mail (some vendors write the e-mail as the author).
 */
export function creditWritingAgents(
  agents: ReadonlyArray<Agent>,
  messages: ReadonlyArray<Message> | null,
): Agent[] {
  const credited = [...agents];
  if (messages === null) return credited;
  const known = new Set<string>();
  for (const agent of agents) {
    known.add(comparable(agent.name));
    if (agent.email !== null) known.add(comparable(agent.email));
  }
  for (const message of messages) {
    if (message.role !== 'agent') continue;
    const name = message.authorName?.trim() ?? '';
    if (name === '' || known.has(comparable(name))) continue;
    known.add(comparable(name));
    credited.push({ name, email: null, id: null });
  }
  return credited;
}

function comparable(name: string): string {
  return name.trim().toLowerCase();
}
