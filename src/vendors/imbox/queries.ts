import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { mapWithConcurrency } from '../../lib/concurrency';
import { viewerTimeZone, type DayRange } from '../../lib/date-range';
import { reportProgress } from '../../lib/progress-store';
import type { Conversation, TranscriptDetail } from '../../model/conversation';
import { vendorKeys, type AdapterQuery, type ListRequest } from '../types';
import { fetchImBoxRows } from './fetch-imbox';
import {
  agentSchema,
  listedConversationSchema,
  messageRowSchema,
  statisticsRowSchema,
  visitorCardSchema,
  visitorInfoSchema,
  visitorLabelSchema,
  visitorTagSchema,
  type ImBoxAgent,
} from './imbox-api';
import { normalizeImBoxConversations } from './normalize-conversations';
import { normalizeImBoxTranscript } from './normalize-transcript';
import { listConversationDays, statisticsParams, statisticsWindows } from './statistics-windows';

/** Agents change rarely and only name message authors: one fetch serves every transcript for an hour. */
export const agentsQuery = queryOptions({
  queryKey: [...vendorKeys.vendor('imbox'), 'agents'] as const,
  queryFn: ({ signal }) => fetchImBoxRows('grabAgents', {}, agentSchema, signal),
  staleTime: 60 * 60_000,
});

/**
 * Every ImBox conversation of the range: per window of at most 365 days, one chatStatistics request (exact
 * instants) and one listConversations request (widened days), never one request per conversation.
 */
export async function loadImBoxConversations(range: DayRange, signal?: AbortSignal): Promise<Conversation[]> {
  const windows = statisticsWindows(range.start, range.end);
  const showProgress = windows.length > 1;
  const total = windows.length * 2;
  let done = 0;
  const counted = async <Result>(request: Promise<Result>): Promise<Result> => {
    const result = await request;
    done += 1;
    if (showProgress) reportProgress('imbox', { done, total });
    return result;
  };
  try {
    const parts = await mapWithConcurrency(windows, 2, (window) =>
      Promise.all([
        counted(fetchImBoxRows('chatStatistics', statisticsParams(window), statisticsRowSchema, signal)),
        counted(
          fetchImBoxRows('listConversations', listConversationDays(window), listedConversationSchema, signal),
        ),
      ]),
    );
    return normalizeImBoxConversations({
      statistics: parts.flatMap(([statistics]) => statistics),
      listed: parts.flatMap(([, listed]) => listed),
      range,
    });
  } finally {
    if (showProgress) reportProgress('imbox', null);
  }
}

export function imboxListQuery(request: ListRequest): AdapterQuery<Conversation[]> {
  return {
    // ImBox cannot filter by e-mail (its statistics carry none), so every search shares one cached list.
    queryKey: vendorKeys.list('imbox', { ...request, email: null }),
    queryFn: ({ signal }) => loadImBoxConversations(request.range, signal),
  };
}

/** The six per-conversation answers of one transcript, fetched side by side. */
export async function loadImBoxTranscript(
  conversationId: string,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<TranscriptDetail> {
  const rows = <Row extends Parameters<typeof fetchImBoxRows>[2]>(operation: string, schema: Row) =>
    fetchImBoxRows(`${operation}/${conversationId}`, {}, schema, signal);
  const [messages, visitorInfo, tags, labels, cards, agents] = await Promise.all([
    rows('grabConversation', messageRowSchema),
    rows('grabVisitorInfo', visitorInfoSchema),
    rows('grabVisitorTags', visitorTagSchema),
    rows('grabVisitorLabels', visitorLabelSchema),
    rows('grabVisitorCards', visitorCardSchema),
    // Agents only turn a first name into a full one: without them the transcript still reads well.
    client.ensureQueryData(agentsQuery).catch((): ImBoxAgent[] => []),
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

export function imboxTranscriptQuery(conversation: Conversation): AdapterQuery<TranscriptDetail> {
  const { id } = conversation;
  return {
    queryKey: vendorKeys.transcript('imbox', id),
    queryFn: ({ signal, client }) => loadImBoxTranscript(id, client, signal),
    // A finished chat does not change; tags or labels added later show after an hour or a reload.
    staleTime: 60 * 60_000,
  };
}
