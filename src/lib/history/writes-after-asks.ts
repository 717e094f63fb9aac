/**
 * Writing a span to IndexedDB holds its thread while the rows are copied (about 5 s of the history
 * worker's 20 s during a first 90-day load of 100,000 conversations, on 2 cores), and that thread also
 * parses the pages of the vendors still being asked and hands the rows to the page. So a span's write
 * waits until no vendor is being asked and no list is being handed over in this thread: the lists settle
 * first, the history is written right after. The rows are answered before they are stored either way
 * (see load-from-history.ts).
 */
let busy = 0;
const waiting: Array<() => void> = [];

async function whileBusy<Result>(work: () => Promise<Result>): Promise<Result> {
  busy += 1;
  try {
    return await work();
  } finally {
    busy -= 1;
    if (busy === 0) for (const resume of waiting.splice(0)) resume();
  }
}

/** Runs `ask` (a vendor's list request) counted as being asked. */
export function whileAsking<Result>(ask: () => Promise<Result>): Promise<Result> {
  return whileBusy(ask);
}

/**
 * Runs `handOver` (a list's rows posted to the page) before any write. Written first, the last vendor's
 * rows reached the page only after every vendor's write: a trace of a 30-day cold load had the worker
 * copying rows into IndexedDB for 2 s while the list waited for its last vendor.
 */
export function whileHandingOver<Result>(handOver: () => Promise<Result>): Promise<Result> {
  return whileBusy(handOver);
}

/** Resolves once no vendor is being asked and no list handed over in this thread. */
export async function whenNoListIsUnderWay(): Promise<void> {
  for (;;) {
    // A vendor's answer ends its ask and starts its hand-over within one task: look once that task is
    // done, or the writes waiting for the last ask would slip in between.
    await new Promise((resume) => setTimeout(resume, 0));
    if (busy === 0) return;
    await new Promise<void>((resume) => waiting.push(resume));
  }
}
