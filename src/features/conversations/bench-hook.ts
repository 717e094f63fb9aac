import { useEffect } from 'react';
import { holdBackgroundWork } from '../../lib/history/user-activity';
import { startSearchWorker, TextSearchClient, textSearchClient } from '../../lib/search/text-search-client';
import type { Conversation } from '../../model/conversation';

/**
 * scripts/bench.mjs times a plain loop over the same conversations the list holds, as the floor the list
 * is measured against. It announces itself with `window.__backscrollBench`; only then is the array
 * handed over (the bench reads it, nothing else does), with the search worker's figures
 * (scripts/bench-search.mjs): `searchStats()` (the page's worker, after its last answer),
 * `forgetSearches()` (the page's client asks the worker again, as for a query typed the first time),
 * `rebuildSearchIndex()` (the whole list into a fresh worker, timed, as after a reload) and
 * `holdBackgroundWork()` (returns the release).
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
    Reflect.set(hook, 'rebuildSearchIndex', async () => {
      const worker = startSearchWorker();
      const client = new TextSearchClient(worker);
      const started = performance.now();
      await client.sync(conversations);
      const posted = performance.now();
      // Answered once every document is in: the worker handles messages in order.
      const answer = await client.search(['\u0001']);
      const done = performance.now();
      worker.terminate();
      return { postedMs: posted - started, readyMs: done - started, stats: answer.stats };
    });
  }, [conversations]);
}
