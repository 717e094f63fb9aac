import { useEffect } from 'react';
import { holdBackgroundWork } from '../../lib/history/user-activity';
import { startSearchWorker, TextSearchClient, textSearchClient } from '../../lib/search/text-search-client';
import type { Conversation } from '../../model/conversation';
import { isListRow } from '../../lib/history/whole-rows';
import { readBackWholeRows } from '../../vendors/history/whole-row-query';

/**
 * scripts/bench.mjs times a plain loop over the same conversations the list holds, as the floor the list
 * is measured against. It announces itself with `window.__backscrollBench`; only then is the array
 * handed over (the bench reads it, nothing else does), with the search worker's figures
 * (scripts/bench-search.mjs): `searchStats()` (the page's worker, after its last answer),
 * `forgetSearches()` (the page's client asks the worker again, as for a query typed the first time),
 * `rebuildSearchIndex()` (the whole list into a fresh worker, timed, as after a reload, until it has
 * read the text behind the list rows), `holdBackgroundWork()` (returns the release), `searchSettled()`
 * (once the page's worker has read the text of every list row, so searches see every message) and
 * `wholeConversations()` (the list with its list rows read back whole, for the floors).
 */
export function useBenchHook(conversations: ReadonlyArray<Conversation>): void {
  useEffect(() => {
    const hook: unknown = Reflect.get(window, '__backscrollBench');
    if (typeof hook !== 'object' || hook === null) return;
    Reflect.set(hook, 'conversations', conversations);
    Reflect.set(hook, 'searchStats', () => textSearchClient().latest());
    // Each timed keystroke is a search the worker answers, not one remembered from the run before.
    Reflect.set(hook, 'forgetSearches', () => textSearchClient().forgetSearches());
    // The bench holds the ImBox background details (and their folds) around a figure that is not theirs.
    Reflect.set(hook, 'holdBackgroundWork', holdBackgroundWork);
    Reflect.set(hook, 'wholeConversations', () => readBackWholeRows([...conversations]));
    Reflect.set(hook, 'searchSettled', async () => {
      const client = textSearchClient();
      await client.sync(conversations);
      for (;;) {
        client.forgetSearches();
        if ((await client.search(['\u0001'])).heldPending === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    Reflect.set(hook, 'rebuildSearchIndex', async () => {
      const worker = startSearchWorker();
      const client = new TextSearchClient(worker);
      const started = performance.now();
      const wholeRowsRead = conversations.some(isListRow)
        ? new Promise<void>((resolve) => client.onHeldRead(resolve))
        : Promise.resolve();
      await client.sync(conversations);
      const posted = performance.now();
      await wholeRowsRead;
      // Answered once every document is in: the worker handles messages in order.
      const answer = await client.search(['\u0001']);
      const done = performance.now();
      worker.terminate();
      return { postedMs: posted - started, readyMs: done - started, stats: answer.stats };
    });
  }, [conversations]);
}
