import { vendorLabel } from '../../model/vendor-descriptors';
import { storedTranscriptQuery } from '../history/stored-transcript-query';
import type { VendorAdapter } from '../types';
import { listImBoxConversations } from './list-imbox-conversations';
import { imboxListQuery, imboxTranscriptQuery } from './queries';

/**
 * ImBox: the table from chatStatistics joined with listConversations; transcripts fetched lazily per
 * conversation. docs/vendor-api/imbox-chat-api.txt.
 */
export const imboxAdapter: VendorAdapter = {
  id: 'imbox',
  label: vendorLabel('imbox'),
  listQuery: imboxListQuery,
  // Through the local history: a transcript held on this device is not asked again (issue 9).
  transcriptQuery: (conversation) => storedTranscriptQuery(imboxTranscriptQuery(conversation), conversation),
  fetchRange: (range, { signal }) => listImBoxConversations(range, signal),
};
