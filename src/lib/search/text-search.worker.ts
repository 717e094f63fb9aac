import { TextIndex } from './text-index';
import { workerRequestSchema, type WorkerAnswer } from './text-search-protocol';

/**
 * The search index off the page's thread: folding a million messages and scanning them on every
 * keystroke would otherwise hold the page. Requests are handled in the order they were posted, so a
 * search always sees every document put before it.
 */
const index = new TextIndex();
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = workerRequestSchema.parse(event.data);
  if (request.type === 'put') {
    index.put(request.ids, request.texts);
    return;
  }
  const started = performance.now();
  // A copy goes to the page (its buffer moves there): the index keeps its own to narrow the next search.
  const hits = index.search({ terms: request.terms }).slice();
  const answer: WorkerAnswer = {
    type: 'result',
    request: request.request,
    hits,
    searchMs: performance.now() - started,
    stats: index.stats(),
  };
  self.postMessage(answer, { transfer: [hits.buffer] });
});
