import { yieldToEventLoop } from './yield-to-event-loop';

/**
 * The CSV parts as UTF-8 bytes, encoded a slice at a time. Handing a Blob 40 MB of strings makes the
 * browser encode them all in one go (about 150 ms with the page frozen); a Blob of bytes is a copy.
 */
export async function encodeParts(
  parts: ReadonlyArray<string>,
  { signal, sliceBudgetMs = 25 }: { signal?: AbortSignal; sliceBudgetMs?: number } = {},
): Promise<Uint8Array<ArrayBuffer>[]> {
  const encoder = new TextEncoder();
  const encoded: Uint8Array<ArrayBuffer>[] = [];
  let sliceStart = performance.now();
  for (const part of parts) {
    signal?.throwIfAborted();
    encoded.push(encoder.encode(part));
    if (performance.now() - sliceStart >= sliceBudgetMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  signal?.throwIfAborted();
  return encoded;
}
