import { heldDayKey, wantedRow, type HeldDay, type WantedRow } from '../../lib/history/whole-rows';
import type { Conversation } from '../../model/conversation';

/**
 * A row as a writer is sent it: where the device holds it whole (a list row, with the vendor payload
 * read back for it, if any), or the row itself. A list row is sent as where it is because cloning what
 * the list shows of 72,000 rows into the writers cost the page more than writing the file did.
 */
export type SentRow = (WantedRow & { raw?: unknown }) | { whole: Conversation };

/**
 * One writer's part of a window: the bytes of its rows in order, where each row's bytes end, and which
 * of its rows the device no longer holds (written as nothing: the page writes them from the list row).
 */
export type WrittenRows = {
  bytes: Uint8Array<ArrayBuffer>;
  ends: Uint32Array<ArrayBuffer>;
  missing: number[];
};

/** A window's rows as `writers` are sent them, each part in the window's order, and who has each row. */
export function splitWindow(
  window: ReadonlyArray<Conversation>,
  writers: number,
): { parts: SentRow[][]; owners: Uint8Array } {
  const parts = Array.from({ length: writers }, (): SentRow[] => []);
  const owners = new Uint8Array(window.length);
  window.forEach((row, index) => {
    const held = wantedRow(row);
    // A list row goes to the writer that reads its day (each day is read by one writer only, however
    // the view is sorted); a whole row, which needs no reading, by turns.
    const owner = held ? writerOfDay(held, writers) : index % writers;
    owners[index] = owner;
    parts[owner]?.push(held ? (row.raw === undefined ? held : { ...held, raw: row.raw }) : { whole: row });
  });
  return { parts, owners };
}

/**
 * The window's bytes in the window's order, from each writer's part (see `splitWindow`); a row a
 * writer could not read is written by `writeMissing` from the window's own row.
 */
export function joinWindow(
  window: ReadonlyArray<Conversation>,
  owners: Uint8Array,
  written: ReadonlyArray<WrittenRows>,
  writeMissing: (row: Conversation) => Uint8Array,
): Uint8Array<ArrayBuffer> {
  const missing = written.map((part) => new Set(part.missing));
  const filled = new Map<number, Uint8Array>();
  let size = 0;
  for (const part of written) size += part.ends.at(-1) ?? 0;
  const next = written.map(() => 0);
  owners.forEach((owner, index) => {
    const row = next[owner] ?? 0;
    next[owner] = row + 1;
    const conversation = window[index];
    if (!missing[owner]?.has(row) || !conversation) return;
    const bytes = writeMissing(conversation);
    filled.set(index, bytes);
    size += bytes.byteLength;
  });
  const joined = new Uint8Array(size);
  const from = written.map(() => 0);
  next.fill(0);
  let at = 0;
  // Runs of rows from one writer are copied at once: the rows of a view in date order mostly come in runs.
  for (let index = 0; index < owners.length;) {
    const owner = owners[index] ?? 0;
    const part = written[owner];
    let end = index;
    let toRow = next[owner] ?? 0;
    while (end < owners.length && owners[end] === owner && !filled.has(end)) {
      end += 1;
      toRow += 1;
    }
    if (part && end > index) {
      const start = from[owner] ?? 0;
      const stop = part.ends[toRow - 1] ?? start;
      joined.set(part.bytes.subarray(start, stop), at);
      at += stop - start;
      from[owner] = stop;
      next[owner] = toRow;
      index = end;
      continue;
    }
    const bytes = filled.get(index);
    if (bytes) {
      joined.set(bytes, at);
      at += bytes.byteLength;
    }
    next[owner] = (next[owner] ?? 0) + 1;
    index += 1;
  }
  return joined;
}

/** The text of each row as UTF-8 bytes in one buffer, with where each row's bytes end. */
export function encodeRows(texts: ReadonlyArray<string>): Omit<WrittenRows, 'missing'> {
  let most = 0;
  for (const text of texts) most += text.length * 3;
  const buffer = new Uint8Array(most);
  const ends = new Uint32Array(texts.length);
  const encoder = new TextEncoder();
  let at = 0;
  texts.forEach((text, index) => {
    at += encoder.encodeInto(text, buffer.subarray(at)).written;
    ends[index] = at;
  });
  return { bytes: buffer.slice(0, at), ends };
}

/** The writer that reads a day (see `splitWindow`). */
export function writerOfDay(day: HeldDay, writers: number): number {
  return day.bucket % writers;
}

/**
 * For each window of `rows` (`size` rows each), the days the device holds whose last row is in it: a
 * writer can let them go once that window is written. In a view in date order that keeps a few days
 * read at a time; sorted by visitor, nearly every day is needed until the last windows.
 */
export function daysDoneBy(rows: ReadonlyArray<Conversation>, size: number): HeldDay[][] {
  const last = new Map<string, { day: HeldDay; window: number }>();
  rows.forEach((row, index) => {
    const held = wantedRow(row);
    if (!held) return;
    const day = { account: held.account, bucket: held.bucket };
    // Rows come in order, so the last window seen for a day is its last.
    last.set(heldDayKey(day), { day, window: Math.floor(index / size) });
  });
  const done = Array.from({ length: Math.ceil(rows.length / size) }, (): HeldDay[] => []);
  for (const { day, window } of last.values()) done[window]?.push(day);
  return done;
}
