import * as Comlink from 'comlink';
import { isListRow } from '../../lib/history/whole-rows';
import type { Conversation } from '../../model/conversation';
import { heldRows } from '../../vendors/history/held-rows';
import { historyStored } from '../../vendors/history/load-in-worker';
import { needsWholeRows, wholeRowsFor, writerFor, type ExportSpec } from './export-spec';
import type { ExportWorkerApi } from './export-worker';
import { daysDoneBy, joinWindow, splitWindow, writerOfDay } from './split-window';
import { pageHost, type ExportHost } from './stream-export';

/**
 * Workers that write one export between them, each reading back the days of its own rows (split-window.ts):
 * reading the whole rows back is most of an export's work after a reload, and two share it across two
 * cores while the page only joins the bytes.
 */
const WRITERS = 2;

/**
 * Rows the workers are given at a time: each window is a round trip to both, and the page joins their
 * bytes (about a megabyte) in a task of its own.
 */
const WORKER_WINDOW = 1000;

/**
 * Windows the workers are asked for ahead of the one the page waits on. A window's rows are split by day,
 * and its one or two days seldom split evenly: with one window in hand, the worker with fewer rows waited
 * for the other before it was given more.
 */
const WINDOWS_AHEAD = 3;

/**
 * The host that writes one export of `rows`. Where list rows must be read back whole (a reload gives the
 * page only what the list shows), workers of its own write the file and hand back only bytes; they are
 * ended with the export (`close`). Otherwise the page writes it: every row is whole already, or the file
 * has only list columns, and sending rows to a worker would cost the page more than writing them.
 *
 * The workers read the device, so the writes a finished load started come first (a cold load's rows are
 * on the page a few seconds before they are stored: lib/history/list-slice.ts). While a load is under way
 * (its rows are stored only after it), or where the browser refused to store them, the page reads the
 * rows from the history worker or the device instead, rather than wait.
 */
export async function openExportHost(
  spec: ExportSpec,
  rows: ReadonlyArray<Conversation>,
): Promise<ExportHost> {
  if (!needsWholeRows(spec) || !rows.some(isListRow)) return pageHost(writerFor(spec));
  // No module workers (unit tests): read and write on the page, the same way.
  if (typeof Worker === 'undefined' || (await historyStored()) !== 'device') {
    return pageHost(writerFor(spec), { readWhole: wholeRowsFor(spec, async () => heldRows) });
  }
  const workers = Array.from(
    { length: WRITERS },
    () =>
      new Worker(new URL('./export-worker.ts', import.meta.url), {
        type: 'module',
        name: 'backscroll-export',
      }),
  );
  const remotes = workers.map((worker) => Comlink.wrap<ExportWorkerApi>(worker));
  // A worker that fails to start or dies answers nothing: each call then fails with this instead.
  const failed = new Promise<never>((_, reject) => {
    for (const worker of workers) {
      worker.addEventListener('error', (event) => reject(new Error(`The export stopped: ${event.message}`)));
    }
  });
  failed.catch(() => undefined);
  const call = <T>(answer: Promise<T>) => Promise.race([answer, failed]);
  for (const remote of remotes) void call(remote.open(spec));
  const [first] = remotes;
  // Rows the device no longer holds are written here, from what the list shows of them.
  const missingWriter = writerFor(spec);
  const encoder = new TextEncoder();
  const writeMissing = (row: Conversation) => encoder.encode(missingWriter.write({ ...row, messages: null }));
  // Each worker lets go of a day once no later window needs it.
  const done = daysDoneBy(rows, WORKER_WINDOW);
  let windows = 0;
  return {
    windowSize: WORKER_WINDOW,
    windowsAhead: WINDOWS_AHEAD,
    head: async () => (first ? call(first.head()) : new Uint8Array()),
    write: async (window) => {
      const { parts, owners } = splitWindow(window, remotes.length);
      const doneNow = done[windows++] ?? [];
      const written = await call(
        Promise.all(
          remotes.map((remote, index) =>
            remote.write(
              parts[index] ?? [],
              doneNow.filter((day) => writerOfDay(day, remotes.length) === index),
            ),
          ),
        ),
      );
      return joinWindow(window, owners, written, writeMissing);
    },
    rows: async () => {
      const counts = await call(Promise.all(remotes.map((remote) => remote.rows())));
      return counts.reduce((sum, count) => sum + count, missingWriter.rows());
    },
    close: () => {
      for (const worker of workers) worker.terminate();
    },
  };
}
