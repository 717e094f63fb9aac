import type { MessageRole } from '../model/conversation';

/** How a message's role is named to a reader: in the transcript pane and in the CSV transcript column. */
export const roleNames: Readonly<Record<MessageRole, string>> = {
  visitor: 'Visitor',
  agent: 'Agent',
  supervisor: 'Supervisor',
  bot: 'Bot',
  system: 'System',
};
