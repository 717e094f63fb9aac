/**
 * Writing a span to IndexedDB holds its thread while the rows are copied (about 5 s of the history
 * worker's 20 s during a first 90-day load of 100,000 conversations, on 2 cores), and that thread also
 * parses the pages of the vendors still being asked. So a span's write waits until no vendor is being
 * asked in this thread: the lists settle first, the history is written right after. The rows are
 * answered before they are stored either way (see load-from-history.ts).
 */
let asking = 0;
const waiting: Array<() => void> = [];

/** Runs `ask` (a vendor's list request) counted as being asked. */
export async function whileAsking<Result>(ask: () => Promise<Result>): Promise<Result> {
  asking += 1;
  try {
    return await ask();
  } finally {
    asking -= 1;
    if (asking === 0) for (const resume of waiting.splice(0)) resume();
  }
}

/** Resolves at once when no vendor is being asked in this thread, else once none is. */
export function whenNoVendorIsAsked(): Promise<void> {
  if (asking === 0) return Promise.resolve();
  return new Promise((resume) => waiting.push(resume));
}
