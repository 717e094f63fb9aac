import { mapWithConcurrency } from '../../lib/concurrency';
import type { Conversation, TranscriptDetail } from '../../model/conversation';
import { applyTranscriptDetail } from '../../lib/apply-transcript-detail';

export type FetchTranscript = (conversation: Conversation) => Promise<TranscriptDetail>;

export type WithTranscriptsResult = {
  /** The same conversations in the same order, with fetched transcripts folded in. */
  conversations: Conversation[];
  /** Conversation key -> why its transcript could not be fetched. */
  unavailable: Map<string, string>;
};

export type WithTranscriptsOptions = {
  signal?: AbortSignal;
  /** Transcripts in flight at once: enough to be quick, few enough not to trip a vendor's rate limit. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
};

/** Conversations whose list row carried no messages and whose vendor can fetch them (ImBox). */
export function needingTranscripts(
  conversations: ReadonlyArray<Conversation>,
  canFetch: (conversation: Conversation) => boolean,
): Conversation[] {
  return conversations.filter((conversation) => conversation.messages === null && canFetch(conversation));
}

/**
 * Fetches the transcripts an export needs. One that fails does not fail the export: its reason is kept
 * for its cell. Cancelling starts no further fetch and rejects with the signal's reason; fetches already
 * in flight are left to finish into the cache, where the reading pane may use them.
 */
export async function withTranscripts(
  conversations: ReadonlyArray<Conversation>,
  missing: ReadonlyArray<Conversation>,
  fetchTranscript: FetchTranscript,
  { signal, concurrency = 6, onProgress }: WithTranscriptsOptions = {},
): Promise<WithTranscriptsResult> {
  const fetched = new Map<string, Conversation>();
  const unavailable = new Map<string, string>();
  let done = 0;
  onProgress?.(0, missing.length);
  await mapWithConcurrency(missing, concurrency, async (conversation) => {
    signal?.throwIfAborted();
    try {
      const detail = await untilAborted(fetchTranscript(conversation), signal);
      fetched.set(conversation.key, applyTranscriptDetail(conversation, detail));
    } catch (error) {
      signal?.throwIfAborted();
      unavailable.set(conversation.key, reasonOf(error));
    }
    done += 1;
    onProgress?.(done, missing.length);
  });
  signal?.throwIfAborted();
  return {
    conversations: conversations.map((conversation) => fetched.get(conversation.key) ?? conversation),
    unavailable,
  };
}

function untilAborted<Value>(promise: Promise<Value>, signal: AbortSignal | undefined): Promise<Value> {
  if (!signal) return promise;
  return new Promise<Value>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message.trim() : '';
  return message === '' ? 'unknown error' : message.replace(/\.$/, '');
}
