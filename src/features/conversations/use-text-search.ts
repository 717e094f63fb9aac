import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { parseSearchQuery, queryKey, type SearchQuery } from '../../lib/search/parse-query';
import { SupersededError, textSearchClient } from '../../lib/search/text-search-client';
import type { Conversation } from '../../model/conversation';

/** Which conversations contain every term of a search, as the worker answered it. */
export type TextMatch = {
  conversations: ReadonlyArray<Conversation>;
  key: string;
  /** Parallel to `conversations`: 1 where every term appears. */
  mask: Uint8Array;
  /** Conversations whose messages the worker was still reading from the device: not searched inside. */
  heldPending: number;
};

export type TextSearch = {
  query: SearchQuery;
  /** The answer for exactly these conversations and this query, or null while it is being worked out. */
  match: TextMatch | null;
  /** The most recent answer, possibly for an earlier query or fewer conversations (shown meanwhile). */
  latest: TextMatch | null;
};

/**
 * The full-text search of the list: the conversations' text lives in a Web Worker (lib/search), which is
 * given the list's text once the list is complete, and again as transcripts arrive, and answers each
 * search exactly. `listLoading` says a vendor's list is still being read.
 */
export function useTextSearch(
  conversations: ReadonlyArray<Conversation>,
  text: string,
  listLoading: boolean,
): TextSearch {
  const query = useMemo(() => parseSearchQuery(text), [text]);
  const key = queryKey(query);
  const searching = query.terms.length > 0;
  const [latest, setLatest] = useState<TextMatch | null>(null);
  // List rows read from the device carry no messages: the worker reads their text there, and once it has, the
  // search is asked again (an answer given before may have missed them).
  const client = typeof Worker === 'undefined' ? null : textSearchClient();
  const heldReads = useSyncExternalStore(
    client?.onHeldRead ?? noSubscription,
    client?.heldReadCount ?? noReads,
  );

  // The worker follows the list once it is complete, and the transcripts that arrive after, so a search
  // finds the text already there. Not while a load is still reading the vendors or the device: on two
  // cores, gathering, sending and indexing the text as the rows arrived took the CPU the load needed
  // (docs/benchmark-log.md, "Search text after the load"). A search typed meanwhile sends what it needs
  // itself (the effect below).
  useEffect(() => {
    if (listLoading) return;
    textSearchClient()
      .sync(conversations)
      .catch(() => {});
  }, [conversations, listLoading]);

  // When the worker already answered these terms for these conversations (asked at the keystroke, see
  // `searchAtKeystroke`), the render that applies the search shows its rows at once.
  const ready = useMemo(
    () => (searching ? answeredMatch(conversations, query.terms, key) : null),
    // `key` names the query's terms; `heldReads` changes what the worker has answered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [conversations, key, searching, heldReads],
  );
  // Kept as the latest answer, shown meanwhile when the next keystroke has to wait for the worker.
  if (ready !== null && latest !== ready) setLatest(ready);

  useEffect(() => {
    if (!searching || ready !== null) return;
    const controller = new AbortController();
    const client = textSearchClient();
    void (async () => {
      const ids = await client.sync(conversations);
      const answer = await client.search(query.terms);
      if (controller.signal.aborted) return;
      setLatest({ conversations, key, mask: maskOf(ids, answer.hits), heldPending: answer.heldPending });
    })().catch((error: unknown) => {
      // A newer list or query took over: its own effect answers.
      if (!(error instanceof SupersededError) && !controller.signal.aborted) throw error;
    });
    return () => controller.abort();
    // `key` names the query's terms; `heldReads` asks again once the list rows' text is in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conversations, key, searching, ready, heldReads]);

  const current = latest !== null && latest.conversations === conversations && latest.key === key;
  const match = current ? latest : ready;
  return { query, match: searching ? match : null, latest: searching ? (match ?? latest) : null };
}

/**
 * Asks the worker as the person types, before React renders the keystroke: by the time the list applies
 * the search (a deferred render, see use-list-filters), the answer is usually in (`answeredMatch`).
 */
export function searchAtKeystroke(text: string): void {
  const { terms } = parseSearchQuery(text);
  if (terms.length > 0 && typeof Worker !== 'undefined') void textSearchClient().search(terms);
}

/** The match the worker has already answered for exactly these conversations and terms, else null. */
function answeredMatch(
  conversations: ReadonlyArray<Conversation>,
  terms: ReadonlyArray<string>,
  key: string,
): TextMatch | null {
  if (typeof Worker === 'undefined') return null;
  const client = textSearchClient();
  const ids = client.sentIds(conversations);
  const answer = ids && client.answeredNow(terms);
  return ids && answer
    ? { conversations, key, mask: maskOf(ids, answer.hits), heldPending: answer.heldPending }
    : null;
}

const noSubscription = () => () => {};
const noReads = () => 0;

/** 1 for each conversation (by its document number in `ids`) among the worker's hits. */
function maskOf(ids: Int32Array, hits: Uint32Array): Uint8Array {
  let max = 0;
  for (let i = 0; i < hits.length; i++) max = Math.max(max, hits[i] as number);
  const hit = new Uint8Array(max + 1);
  for (let i = 0; i < hits.length; i++) hit[hits[i] as number] = 1;
  const mask = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) mask[i] = hit[ids[i] as number] ?? 0;
  return mask;
}
