import type { ConversationStatus } from '../../model/conversation';
import type { CaseFields } from './snapengage-api';
import { replyingAgentEntries } from './map-snapengage-transcript';

/**
 * docs/vendor-api/NOTES.md: `source_id` 1 offline, 2 chat, 3 proactive chat; `type` chat or offline. Either
 * one saying offline makes the case an offline request; a chat is answered when an agent replied to the
 * visitor (a proactive chat's opening invitation does not count) and missed otherwise.
 */
export function statusOf(fields: CaseFields): ConversationStatus {
  if (fields.source_id === 1 || fields.type?.trim().toLowerCase() === 'offline') return 'offline';
  return replyingAgentEntries(fields).length > 0 ? 'answered' : 'missed';
}
