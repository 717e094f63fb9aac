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
  transcriptQuery: imboxTranscriptQuery,
  fetchRange: (range, { signal }) => loadImBoxConversations(range, signal),
};
