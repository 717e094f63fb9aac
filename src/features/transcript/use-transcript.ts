import { skipToken, useQuery } from '@tanstack/react-query';
import { isHeld, type Conversation, type Message, type NameValue } from '../../model/conversation';
import { applyTranscriptDetail } from '../../lib/apply-transcript-detail';
import { wholeRowQuery } from '../../vendors/history/whole-row-query';
import { transcriptQueryFor } from './transcript-query';

export type TranscriptMessages =
  | { status: 'ready'; messages: ReadonlyArray<Message> }
  | { status: 'loading' }
  | { status: 'error'; error: Error; retrying: boolean; retry: () => void }
  /** The list carries no messages and the vendor offers no separate transcript. */
  | { status: 'none' };

export type TranscriptView = {
  /** The conversation with its fetched transcript folded in, once loaded. */
  conversation: Conversation;
  messages: TranscriptMessages;
  /** Extra facts for the details panel that only the fetched transcript has (ImBox cards, visitor info). */
  details: ReadonlyArray<NameValue>;
  /** The fetched transcript's own payload, for "View raw"; undefined when nothing was fetched. */
  transcriptRaw: unknown;
};

/**
 * What the reading pane shows for one conversation (null while the list has not got it): its messages straight from the list when the list
 * carries them, else the transcript fetched lazily (and cached per conversation, so a row prefetched on
 * hover opens at once).
 */
export function useTranscript(listed: Conversation | undefined): TranscriptView | null {
  // A list row (what a reload reads of a row, see lib/history/list-columns.ts) is read back whole here.
  const listRow = listed && isHeld(listed.messages) ? listed : null;
  const whole = useQuery(wholeRowQuery(listRow));
  const conversation = listRow && whole.data ? whole.data : listed;
  // Also for a row whose messages the background details already folded in (ImBox): the details panel's
  // extras (cards, visitor info) are only in the fetched detail, which the device history then holds.
  const query = conversation ? transcriptQueryFor(conversation) : null;
  const transcript = useQuery({
    queryKey: query?.queryKey ?? ['transcript-not-needed', conversation?.key ?? null],
    queryFn: query ? query.queryFn : skipToken,
    staleTime: query?.staleTime,
  });

  if (conversation === undefined) return null;
  if (isHeld(conversation.messages)) {
    return { conversation, messages: { status: 'loading' }, details: [], transcriptRaw: undefined };
  }
  if (conversation.messages !== null) {
    return {
      conversation,
      messages: { status: 'ready', messages: conversation.messages },
      details: transcript.data?.details ?? [],
      transcriptRaw: transcript.data?.raw,
    };
  }
  if (query === null)
    return { conversation, messages: { status: 'none' }, details: [], transcriptRaw: undefined };
  if (transcript.data) {
    const merged = applyTranscriptDetail(conversation, transcript.data);
    return {
      conversation: merged,
      messages: { status: 'ready', messages: transcript.data.messages },
      details: transcript.data.details,
      transcriptRaw: transcript.data.raw,
    };
  }
  if (transcript.error) {
    return {
      conversation,
      messages: {
        status: 'error',
        error: transcript.error,
        retrying: transcript.isFetching,
        retry: () => void transcript.refetch(),
      },
      details: [],
      transcriptRaw: undefined,
    };
  }
  return { conversation, messages: { status: 'loading' }, details: [], transcriptRaw: undefined };
}
