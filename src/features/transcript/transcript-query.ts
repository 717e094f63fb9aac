import type { Conversation, TranscriptDetail } from '../../model/conversation';
import { adapters } from '../../vendors/registry';
import type { AdapterQuery } from '../../vendors/types';

/**
 * The lazily fetched transcript of a conversation whose list row carries no messages (ImBox), or null
 * when the list already has everything. The list prefetches with it on hover and focus.
 */
export function transcriptQueryFor(conversation: Conversation): AdapterQuery<TranscriptDetail> | null {
  return adapters[conversation.vendor].transcriptQuery?.(conversation) ?? null;
}
