import { storedTranscriptQuery } from '../history/stored-transcript-query';
import type { VendorAdapter } from '../types';
import { imboxListQuery, imboxTranscriptQuery, loadImBoxConversations } from './queries';

/**
 * ImBox: the table from chatStatistics joined with listConversations; transcripts fetched lazily per
 * conversation. docs: vendor-docs/imbox-chat-api.txt.
 */
export const imboxAdapter: VendorAdapter = {
  id: 'imbox',
  label: 'ImBox',
  listQuery: imboxListQuery,
  // Through the local history: a transcript held on this device is not asked again (issue 9).
  transcriptQuery: (conversation) => storedTranscriptQuery(imboxTranscriptQuery(conversation), conversation),
  fetchRange: (range, { signal }) => loadImBoxConversations(range, signal),
};
