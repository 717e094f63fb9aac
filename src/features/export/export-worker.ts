import * as Comlink from 'comlink';
import { openDexieStore } from '../../lib/history/dexie-store';
import type { HistoryStore } from '../../lib/history/history-store';
import { heldDaysReader, type HeldDay } from '../../lib/history/whole-rows';
import { writerFor, type ExportSpec } from './export-spec';
import type { FormatWriter } from './file-format';
import { encodeRows, type SentRow, type WrittenRows } from './split-window';

/**
 * A writer of an export's file, off the page (export-in-worker.ts starts them per export and ends them
 * after): the list rows a reload gives the page are read back whole here, from the device, each day
 * once, and only bytes go back. So the page neither unpacks nor holds the whole rows of an export, and
 * everything read for it is let go with the worker.
 */
let writer: FormatWriter | null = null;
let store: Promise<HistoryStore> | null = null;
const days = heldDaysReader({
  rowsOf: async (account, bucket, ids) => (await (store ??= openDexieStore())).rowsOf(account, bucket, ids),
});

function opened(): FormatWriter {
  if (writer === null) throw new Error('The export was not opened.');
  return writer;
}

const api = {
  open(spec: ExportSpec): void {
    writer = writerFor(spec);
  },
  head(): Uint8Array<ArrayBuffer> {
    const bytes = new TextEncoder().encode(opened().head);
    return Comlink.transfer(bytes, [bytes.buffer]);
  },
  /**
   * The bytes of `rows` (this writer's part of a window), in order; see `WrittenRows`. The days in
   * `done` are needed by no later window, and are let go once it is written.
   */
  async write(rows: SentRow[], done: HeldDay[]): Promise<WrittenRows> {
    const format = opened();
    const whole = await days.read(rows.flatMap((row) => ('whole' in row ? [] : [row])));
    const missing: number[] = [];
    let next = 0;
    const texts = rows.map((row, index) => {
      if ('whole' in row) return format.write(row.whole);
      const held = whole[next++];
      if (!held) {
        missing.push(index);
        return '';
      }
      // A vendor payload read back for the row (JSON Lines with payloads) goes with it.
      return format.write(row.raw !== undefined && held.raw === undefined ? { ...held, raw: row.raw } : held);
    });
    const written = { ...encodeRows(texts), missing };
    days.forget(done);
    return Comlink.transfer(written, [written.bytes.buffer, written.ends.buffer]);
  },
  rows(): number {
    return opened().rows();
  },
};

export type ExportWorkerApi = typeof api;

Comlink.expose(api);
