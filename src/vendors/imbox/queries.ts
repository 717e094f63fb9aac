import { queryOptions } from '@tanstack/react-query';
import type { Conversation } from '../../model/conversation';
import { vendorKeys, type ListRequest } from '../types';
import { fetchImBoxRows } from './fetch-imbox';
import { fetchImBoxTranscript } from './fetch-imbox-transcript';
import { agentSchema } from './imbox-api';
import { listImBoxConversations } from './list-imbox-conversations';

/** Agents change rarely and only name message authors: one fetch serves every transcript for an hour. */
export const agentsQuery = queryOptions({
  queryKey: [...vendorKeys.vendor('imbox'), 'agents'] as const,
  queryFn: async ({ signal }) => (await fetchImBoxRows('grabAgents', {}, agentSchema, signal)).items,
  staleTime: 60 * 60_000,
});

export function imboxListQuery(request: ListRequest) {
  return queryOptions({
    // ImBox cannot filter by e-mail (its statistics carry none), so every search shares one cached list.
    queryKey: vendorKeys.list('imbox', { ...request, email: null }),
    queryFn: ({ signal }) => listImBoxConversations(request.range, signal),
  });
}

export function imboxTranscriptQuery(conversation: Conversation) {
  const { id } = conversation;
  return queryOptions({
    queryKey: vendorKeys.transcript('imbox', id),
    queryFn: ({ signal, client }) =>
      fetchImBoxTranscript(id, () => client.ensureQueryData(agentsQuery), signal),
    // A finished chat does not change; tags or labels added later show after an hour or a reload.
    staleTime: 60 * 60_000,
  });
}
