import type { Conversation } from '../../model/conversation';
import type { FileSink } from './file-sink';
import type { FormatWriter } from './file-format';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';

export type StreamExportOptions = {
  signal?: AbortSignal;
  /**
   * How long the main thread may be held before yielding: well under the ~100 ms a user notices, with
   * room for a garbage collection or a Blob copy (file-sink.ts) that lands in the same task.
   */
  sliceBudgetMs?: number;
  /** Characters gathered before they are encoded and handed to the sink. */
  chunkChars?: number;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Writes `conversations` through `writer` into `sink`, a chunk at a time: text is gathered to about a
 * megabyte, encoded to UTF-8 and handed on, so no whole-file string and no second whole-file copy ever
 * exists. The loop yields to the browser whenever a slice has used its budget, so the page keeps
 * painting and answering. Rejects with the signal's reason on Cancel (the sink is then aborted).
 */
export async function streamExport(
  conversations: ReadonlyArray<Conversation>,
  writer: FormatWriter,
  sink: FileSink,
  { signal, sliceBudgetMs = 10, chunkChars = 1 << 18, onProgress }: StreamExportOptions = {},
): Promise<void> {
  const encoder = new TextEncoder();
  let pending = writer.head;
  let sliceStart = performance.now();
  try {
    for (let index = 0; index < conversations.length; index += 1) {
      const conversation = conversations[index];
      if (conversation) pending += writer.write(conversation);
      if (pending.length >= chunkChars) {
        await sink.write(encoder.encode(pending));
        pending = '';
      }
      if ((index & 3) === 3 && performance.now() - sliceStart >= sliceBudgetMs) {
        onProgress?.(index + 1, conversations.length);
        await yieldToEventLoop();
        signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
    signal?.throwIfAborted();
    if (pending !== '') await sink.write(encoder.encode(pending));
    onProgress?.(conversations.length, conversations.length);
    await sink.close();
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  }
}
