import { viewerTimeZone } from '../../lib/date-range';
import type { TranscriptDetail } from '../../model/conversation';
import { fetchImBoxRows } from './fetch-imbox';
import {
  messageRowSchema,
  visitorCardSchema,
  visitorInfoSchema,
  visitorLabelSchema,
  visitorTagSchema,
  type ImBoxAgent,
} from './imbox-api';
import { normalizeImBoxTranscript } from './normalize-imbox-transcript';

/**
 * The five per-conversation answers of one transcript, fetched side by side, plus the account's agents
 * (cached apart by the caller: `loadAgents`). Agents only turn a first name into a full one: without them
 * the transcript still reads well.
 */
export async function fetchImBoxTranscript(
  conversationId: string,
  loadAgents: () => Promise<ImBoxAgent[]>,
  signal?: AbortSignal,
): Promise<TranscriptDetail> {
  const rows = async <Row extends Parameters<typeof fetchImBoxRows>[2]>(operation: string, schema: Row) =>
    (await fetchImBoxRows(`${operation}/${conversationId}`, {}, schema, signal)).items;
  const [messages, visitorInfo, tags, labels, cards, agents] = await Promise.all([
    rows('grabConversation', messageRowSchema),
    rows('grabVisitorInfo', visitorInfoSchema),
    rows('grabVisitorTags', visitorTagSchema),
    rows('grabVisitorLabels', visitorLabelSchema),
    rows('grabVisitorCards', visitorCardSchema),
    loadAgents().catch((): ImBoxAgent[] => []),
  ]);
  return normalizeImBoxTranscript({
    conversationId,
    messages,
    visitorInfo,
    tags,
    labels,
    cards,
    agents,
    timeZone: viewerTimeZone(),
  });
}
