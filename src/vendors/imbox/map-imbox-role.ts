/**
 * Who wrote an ImBox message. docs/vendor-api/imbox-chat-api.txt, grabConversation: "agentId of sender, will
 * be 0 if from Visitor and null if from system". Any other id is an agent's.
 */
export function imboxRole(agentID: string | null): 'visitor' | 'agent' | 'system' {
  if (agentID === null) return 'system';
  if (Number(agentID) === 0) return 'visitor';
  return 'agent';
}
