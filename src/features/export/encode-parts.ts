import { yieldToEventLoop } from '../../lib/yield-to-event-loop';

/** Bytes per Blob: a Blob copies its parts when made, on the main thread; 2 MB is a copy of a few ms. */
const BLOB_BYTES = 2 * 1024 * 1024;

/**
 * The CSV parts as UTF-8 bytes in Blobs of about 2 MB, encoded and copied a slice at a time. Handing one
 * Blob 40 MB of strings makes the browser encode them all in one go (about 150 ms with the page
 * frozen), and one Blob of 30 MB of bytes is a 130 ms copy; the file's Blob then joins these by
 * reference.
 */
export async function encodeParts(
  parts: ReadonlyArray<string>,
  { signal, sliceBudgetMs = 10 }: { signal?: AbortSignal; sliceBudgetMs?: number } = {},
): Promise<Blob[]> {
  const encoder = new TextEncoder();
  const blobs: Blob[] = [];
  let batch: Uint8Array<ArrayBuffer>[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (batch.length === 0) return;
    blobs.push(new Blob(batch));
    batch = [];
    batchBytes = 0;
  };
  let sliceStart = performance.now();
  for (const part of parts) {
    signal?.throwIfAborted();
    const bytes = encoder.encode(part);
    batch.push(bytes);
    batchBytes += bytes.byteLength;
    if (batchBytes >= BLOB_BYTES) flush();
    if (performance.now() - sliceStart >= sliceBudgetMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  signal?.throwIfAborted();
  flush();
  return blobs;
}
