import { describe, expect, it } from 'vitest';
import { DAY_MS, historyAccount, type HistoryStore } from '../../lib/history/history-store';
import type { Conversation } from '../../model/conversation';
import { heldSummary } from '../../model/message-summary';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { noRedaction } from '../../lib/redaction/redaction-options';
import { conversationsJsonlWriter } from './conversations-jsonl';
import { wholeRowsFor, writerFor, type ExportSpec } from './export-spec';
import { downloadSink } from './file-sink';
import { messagesCsvWriter, toMessagesCsv } from './messages-csv';
import { pageHost, streamExport } from './stream-export';
import { toCsv } from './to-csv';

const livechat = historyAccount('livechat', 'aaaa');
const conversations = Array.from({ length: 300 }, (_, index) =>
  makeConversation({
    id: `C${index}`,
    // Three days, the rows of each day far apart in the file (as in a view sorted by visitor).
    startedAt: (10 + (index % 3)) * DAY_MS + index * 1000,
    messages: [
      makeMessage({ text: `Hello ${index}, Zoë 李雷` }),
      makeMessage({ id: 'm2', role: 'agent', text: 'Hi' }),
    ],
    visitor: { ...makeConversation().visitor, pageUrl: `https://shop.example/${index}` },
    raw: undefined,
  }),
);
/** What a reload gives the page: what the list shows, the messages held on the device. */
const listRows = conversations.map((row): Conversation => ({
  ...row,
  visitor: { ...row.visitor, phone: null },
  messages: heldSummary(Array.isArray(row.messages) ? row.messages : [], livechat),
}));
const options = { timeZone: 'Europe/Stockholm', redaction: noRedaction };
const csvType = { description: 'CSV', mimeType: 'text/csv', extension: 'csv' };

const noAnswer = () => {};

function capturingSink() {
  const saved: { parts: BlobPart[]; fileName: string }[] = [];
  const sink = downloadSink('f.csv', csvType, (parts, fileName) => saved.push({ parts, fileName }));
  return { sink, saved };
}

/** The saved file's text, with its BOM if it has one (`Blob.text()` would drop it). */
const savedText = async (saved: { parts: BlobPart[] }[]) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Blob(saved[0]?.parts ?? []).arrayBuffer());

/** The device holding `conversations` by day, counting the reads it is asked. */
function device() {
  const reads: number[] = [];
  const store: Pick<HistoryStore, 'rowsOf'> = {
    rowsOf: async (account, bucket, ids) => {
      reads.push(bucket);
      const onDay = conversations.filter((row) => Math.floor(row.startedAt / DAY_MS) === bucket);
      return new Map(
        account === livechat
          ? onDay.filter((row) => !ids || ids.has(row.id)).map((row) => [row.id, row])
          : [],
      );
    },
  };
  return { store: async () => store, reads };
}

/** The page's host for `spec`, reading list rows back whole from `store` when the file needs them. */
const host = (spec: ExportSpec, store: ReturnType<typeof device>['store']) =>
  pageHost(writerFor(spec), { readWhole: wholeRowsFor(spec, store) });

describe('streaming an export into a download', () => {
  it('writes exactly the whole-file text, a window at a time, and saves once', async () => {
    const { sink, saved } = capturingSink();
    const writes: number[] = [];
    const write = sink.write;
    sink.write = (bytes) => {
      writes.push(bytes.byteLength);
      return write(bytes);
    };
    const written = await streamExport(conversations, pageHost(messagesCsvWriter(options)), sink, {
      windowSize: 32,
    });
    // The header, then ten windows.
    expect(writes).toHaveLength(11);
    expect(saved).toHaveLength(1);
    expect(await savedText(saved)).toBe(toMessagesCsv(conversations, options));
    expect(written).toBe(600);
  });

  it('writes the conversations CSV as the one-shot file: the BOM and header once, every record', async () => {
    const { sink, saved } = capturingSink();
    const csvOptions = { ...options, includeTranscripts: true, excelBom: true };
    const spec: ExportSpec = { format: 'csv', options: csvOptions };
    const written = await streamExport(conversations, host(spec, device().store), sink, {
      windowSize: 64,
    });
    expect(await savedText(saved)).toBe(toCsv(conversations, csvOptions));
    expect(written).toBe(300);
  });

  it('reads list rows back whole, each day once in any order, and writes the same file as from whole rows', async () => {
    const { sink, saved } = capturingSink();
    const { store, reads } = device();
    const spec: ExportSpec = { format: 'jsonl', options: { ...options, includeRaw: false } };
    await streamExport(listRows, host(spec, store), sink, { windowSize: 40 });
    expect(reads.sort()).toEqual([10, 11, 12]);
    const wholeFile = conversationsJsonlWriter({ ...options, includeRaw: false });
    expect(await savedText(saved)).toBe(conversations.map(wholeFile.write).join(''));
  });

  it('reads nothing back for a conversations CSV without transcripts: the list rows have every column', async () => {
    const { sink, saved } = capturingSink();
    const { store, reads } = device();
    const csvOptions = { ...options, includeTranscripts: false, excelBom: false };
    await streamExport(listRows, host({ format: 'csv', options: csvOptions }, store), sink);
    expect(reads).toEqual([]);
    expect(await savedText(saved)).toBe(toCsv(conversations, csvOptions));
  });

  it('gives the page a task between windows and reports progress up to the total', async () => {
    const { sink } = capturingSink();
    const progress: number[] = [];
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    await streamExport(
      conversations,
      pageHost(conversationsJsonlWriter({ ...options, includeRaw: false })),
      sink,
      {
        windowSize: 50,
        onProgress: (done) => progress.push(done),
      },
    );
    expect(timerRan).toBe(true);
    expect(progress).toEqual([50, 100, 150, 200, 250, 300]);
  });

  it('asks a host of workers for windows ahead, and writes them in order whichever answers first', async () => {
    const { sink, saved } = capturingSink();
    const encoder = new TextEncoder();
    const answers: Array<{ window: Conversation[]; answer: () => void }> = [];
    let outstanding = 0;
    let mostOutstanding = 0;
    const host = {
      head: async () => encoder.encode('head\n'),
      write: (window: Conversation[]) =>
        new Promise<Uint8Array<ArrayBuffer>>((resolve) => {
          outstanding += 1;
          mostOutstanding = Math.max(mostOutstanding, outstanding);
          answers.push({
            window,
            answer: () => {
              outstanding -= 1;
              resolve(encoder.encode(window.map((row) => `${row.id}\n`).join('')));
            },
          });
        }),
      rows: async () => conversations.length,
      close: () => {},
      windowSize: 40,
      windowsAhead: 3,
    };
    const done = streamExport(conversations, host, sink);
    // The workers answer the later windows first, as one with fewer rows does.
    while (answers.length < Math.ceil(conversations.length / 40) || outstanding > 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const waiting = answers.filter((entry) => entry.answer !== noAnswer);
      for (const entry of waiting.reverse()) {
        entry.answer();
        entry.answer = noAnswer;
      }
    }
    await done;
    expect(mostOutstanding).toBe(3);
    expect(await savedText(saved)).toBe(`head\n${conversations.map((row) => `${row.id}\n`).join('')}`);
  });

  it('asks a host on the page for one window ahead only', async () => {
    const { sink } = capturingSink();
    const host = pageHost(messagesCsvWriter(options));
    let outstanding = 0;
    let mostOutstanding = 0;
    const counting = {
      ...host,
      write: async (window: Conversation[]) => {
        outstanding += 1;
        mostOutstanding = Math.max(mostOutstanding, outstanding);
        const bytes = await host.write(window);
        outstanding -= 1;
        return bytes;
      },
    };
    await streamExport(conversations, counting, sink, { windowSize: 25 });
    expect(mostOutstanding).toBe(1);
  });

  it('saves nothing when cancelled, and lets the host go', async () => {
    const { sink, saved } = capturingSink();
    const controller = new AbortController();
    let windows = 0;
    let closed = false;
    const host = pageHost(messagesCsvWriter(options));
    const counting = {
      ...host,
      write: (window: Conversation[]) => {
        windows += 1;
        if (windows === 2) controller.abort(new DOMException('Cancelled', 'AbortError'));
        return host.write(window);
      },
      close: () => (closed = true),
    };
    await expect(
      streamExport(conversations, counting, sink, { signal: controller.signal, windowSize: 25 }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(saved).toEqual([]);
    expect(windows).toBeLessThan(12);
    expect(closed).toBe(true);
  });
});
