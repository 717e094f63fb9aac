import type { MessageRole } from '../../model/conversation';

/** `user_type` of a message (rest-v2 doc): agent, visitor or supervisor. Without one, an agent id means an agent. */
export function mapLiveChatRole(
  userType: string | null | undefined,
  agentId: string | null | undefined,
): MessageRole {
  switch (userType) {
    case 'agent':
      return 'agent';
    case 'visitor':
      return 'visitor';
    case 'supervisor':
      return 'supervisor';
    default:
      return agentId ? 'agent' : 'system';
  }
}
