import type { Conversation } from '../../model/conversation';
import type { FileSink } from './file-sink';
import type { FormatWriter } from './file-format';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';

/**
 * What makes an export's bytes, a window of rows at a time: the page (`pageHost`), or after a reload the
 * export's own workers, which read list rows back whole from the device (export-in-worker.ts).
 */
export type ExportHost = {
  head: () => Promise<Uint8Array<ArrayBuffer>>;
  /** The bytes of these rows, in order. */
  write: (window: Conversation[]) => Promise<Uint8Array<ArrayBuffer>>;
  /** Records written so far (messages for Messages CSV, conversations otherwise). */
  rows: () => Promise<number>;
  /** Lets go of whatever the host kept for this export. */
  close: () => void;
  /** Rows it is best given at a time (default `EXPORT_WINDOW`). */
  windowSize?: number;
  /**
   * Windows it may be asked for before the first of them is answered (default 1). More than one only for
   * a host whose windows are written apart from each other and from the page (workers).
   */
  windowsAhead?: number;
};

/**
 * Rows the page writes at a time, each window in a task of its own: 250 rows of JSON Lines are about
 * 300 KB, written in a few milliseconds.
 */
export const EXPORT_WINDOW = 250;

/**
 * A host that writes on the page: when no row needs reading back (every row is whole, or the file has
 * only list columns), and where there are no workers (unit tests). `readWhole` gives a window's rows as
 * the file needs them. Each window waits for a task of its own first, so the page paints and answers
 * between windows.
 */
export function pageHost(
  writer: FormatWriter,
  {
    readWhole = async (window) => window,
  }: { readWhole?: (window: Conversation[]) => Promise<Conversation[]> } = {},
): ExportHost {
  const encoder = new TextEncoder();
  return {
    head: async () => encoder.encode(writer.head),
    write: async (window) => {
      await yieldToEventLoop();
      const rows = await readWhole(window);
      if (writer.writeBatch) return encoder.encode(writer.writeBatch(rows));
      let text = '';
      for (const row of rows) text += writer.write(row);
      return encoder.encode(text);
    },
    rows: async () => writer.rows(),
    close: () => {},
  };
}

/**
 * Writes `conversations` through `host` into `sink`, a window at a time: the next windows (`windowsAhead`)
 * are asked for while this one is handed to the sink, so the host's reading and writing never waits on the
 * page. Each window is a task of its own, so the page keeps painting and answering; no whole-file string or
 * copy ever exists. Resolves with the records written; rejects with the signal's reason on Cancel (the
 * sink is then aborted). The host is closed either way.
 */
export async function streamExport(
  conversations: ReadonlyArray<Conversation>,
  host: ExportHost,
  sink: FileSink,
  {
    signal,
    onProgress,
    windowSize = host.windowSize ?? EXPORT_WINDOW,
  }: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
    windowSize?: number;
  } = {},
): Promise<number> {
  const total = conversations.length;
  // The windows asked for and not yet handed to the sink, in the file's order.
  const asked: Array<Promise<Uint8Array<ArrayBuffer>>> = [];
  let askedUpTo = 0;
  const askNext = () => {
    if (askedUpTo >= total) return;
    const bytes = host.write(conversations.slice(askedUpTo, askedUpTo + windowSize));
    // A window asked ahead that fails after a Cancel is not an error of its own.
    bytes.catch(() => undefined);
    asked.push(bytes);
    askedUpTo += windowSize;
  };
  try {
    await sink.write(await host.head());
    for (let ahead = Math.max(1, host.windowsAhead ?? 1); ahead > 0; ahead--) askNext();
    for (let from = 0; asked.length > 0; from += windowSize) {
      const bytes = await (asked.shift() as Promise<Uint8Array<ArrayBuffer>>);
      signal?.throwIfAborted();
      askNext();
      await sink.write(bytes);
      onProgress?.(Math.min(from + windowSize, total), total);
    }
    signal?.throwIfAborted();
    const written = await host.rows();
    await sink.close();
    return written;
  } catch (error) {
    await sink.abort().catch(() => undefined);
    throw error;
  } finally {
    host.close();
  }
}
