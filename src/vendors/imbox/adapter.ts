import { vendorLabel } from '../../model/vendor-descriptors';
import type { VendorAdapter } from '../types';
import { imboxListQuery, imboxTranscriptQuery } from './queries';

/**
 * ImBox: the table from chatStatistics joined with listConversations; transcripts fetched lazily per
 * conversation. docs/vendor-api/imbox-chat-api.txt.
 */
export const imboxAdapter: VendorAdapter = {
  id: 'imbox',
  label: vendorLabel('imbox'),
  listQuery: imboxListQuery,
  transcriptQuery: imboxTranscriptQuery,
};
