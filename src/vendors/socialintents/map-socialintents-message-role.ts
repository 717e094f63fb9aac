import type { MessageRole } from '../../model/conversation';

/**
 * `messageToAgent` is the visitor writing and `messageToVisitor` the agent, except that the documented
 * sample (chat-history-v1) has a `messageToVisitor` whose nickname is the visitor's ("Tom Sandler").
 * So a nickname that names exactly one side wins over the type; the type decides otherwise.
 */
export function mapSocialIntentsMessageRole(
  type: string | null | undefined,
  nickname: string | null | undefined,
  names: { visitor: string | null; agent: string | null },
): MessageRole {
  const nick = comparable(nickname);
  const visitor = comparable(names.visitor);
  const agent = comparable(names.agent);
  const isVisitor = nick !== null && nick === visitor && nick !== agent;
  const isAgent = nick !== null && nick === agent && nick !== visitor;
  if (isVisitor) return 'visitor';
  if (isAgent) return 'agent';
  switch (type) {
    case 'messageToAgent':
      return 'visitor';
    case 'messageToVisitor':
      return 'agent';
    default:
      // An undocumented type from nobody we can name: shown, but not put in anyone's mouth.
      return 'system';
  }
}

function comparable(name: string | null | undefined): string | null {
  const trimmed = (name ?? '').trim().toLowerCase();
  return trimmed === '' ? null : trimmed;
}
