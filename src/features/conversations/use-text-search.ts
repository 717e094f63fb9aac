import { useEffect, useMemo, useState } from 'react';
import { parseSearchQuery, queryKey, type SearchQuery } from '../../lib/search/parse-query';
import { SupersededError, textSearchClient } from '../../lib/search/text-search-client';
import type { Conversation } from '../../model/conversation';

/** Which conversations contain every term of a search, as the worker answered it. */
export type TextMatch = {
  conversations: ReadonlyArray<Conversation>;
  key: string;
  /** Parallel to `conversations`: 1 where every term appears. */
  mask: Uint8Array;
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
 * kept up to date as pages and transcripts arrive and answers each search exactly.
 */
export function useTextSearch(conversations: ReadonlyArray<Conversation>, text: string): TextSearch {
  const query = useMemo(() => parseSearchQuery(text), [text]);
  const key = queryKey(query);
  const searching = query.terms.length > 0;
  const [latest, setLatest] = useState<TextMatch | null>(null);

  // The worker follows the list as pages and transcripts arrive, so a search (after a warm reload too)
  // finds the text already there.
  useEffect(() => {
    textSearchClient()
      .sync(conversations)
      .catch(() => {});
  }, [conversations]);

  useEffect(() => {
    if (!searching) return;
    const controller = new AbortController();
    const client = textSearchClient();
    void (async () => {
      const ids = await client.sync(conversations);
      const answer = await client.search(query.terms);
      if (controller.signal.aborted) return;
      let max = 0;
      for (let i = 0; i < answer.hits.length; i++) max = Math.max(max, answer.hits[i] as number);
      const hit = new Uint8Array(max + 1);
      for (let i = 0; i < answer.hits.length; i++) hit[answer.hits[i] as number] = 1;
      const mask = new Uint8Array(ids.length);
      for (let i = 0; i < ids.length; i++) mask[i] = hit[ids[i] as number] ?? 0;
      setLatest({ conversations, key, mask });
    })().catch((error: unknown) => {
      // A newer list or query took over: its own effect answers.
      if (!(error instanceof SupersededError) && !controller.signal.aborted) throw error;
    });
    return () => controller.abort();
    // `key` names the query's terms.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conversations, key, searching]);

  const current = latest !== null && latest.conversations === conversations && latest.key === key;
  return { query, match: searching && current ? latest : null, latest: searching ? latest : null };
}
