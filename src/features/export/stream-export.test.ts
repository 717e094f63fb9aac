import { describe, expect, it } from 'vitest';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { noRedaction } from '../../lib/redaction/redaction-options';
import { conversationsJsonlWriter } from './conversations-jsonl';
import { downloadSink } from './file-sink';
import { messagesCsvWriter, toMessagesCsv } from './messages-csv';
import { streamExport } from './stream-export';

const conversations = Array.from({ length: 300 }, (_, index) =>
  makeConversation({
    id: `C${index}`,
    messages: [
      makeMessage({ text: `Hello ${index}, Zoë 李雷` }),
      makeMessage({ id: 'm2', role: 'agent', text: 'Hi' }),
    ],
  }),
);
const options = { timeZone: 'Europe/Stockholm', redaction: noRedaction };
const csvType = { description: 'CSV', mimeType: 'text/csv', extension: 'csv' };

function capturingSink() {
  const saved: { parts: BlobPart[]; fileName: string }[] = [];
  const sink = downloadSink('f.csv', csvType, (parts, fileName) => saved.push({ parts, fileName }));
  return { sink, saved };
}

describe('streaming an export into a download', () => {
  it('writes exactly the whole-file text, in many encoded chunks, and saves once', async () => {
    const { sink, saved } = capturingSink();
    const writes: number[] = [];
    const write = sink.write;
    sink.write = (bytes) => {
      writes.push(bytes.byteLength);
      return write(bytes);
    };
    const writer = messagesCsvWriter(options);
    await streamExport(conversations, writer, sink, { chunkChars: 1000, sliceBudgetMs: 0 });
    expect(writes.length).toBeGreaterThan(10);
    expect(Math.max(...writes)).toBeLessThan(1200 * 3);
    expect(saved).toHaveLength(1);
    const text = await new Blob(saved[0]?.parts ?? []).text();
    expect(text).toBe(toMessagesCsv(conversations, options));
    expect(writer.rows()).toBe(600);
  });

  it('reports progress and ends at the total', async () => {
    const { sink } = capturingSink();
    const progress: number[] = [];
    await streamExport(conversations, conversationsJsonlWriter({ ...options, includeRaw: false }), sink, {
      sliceBudgetMs: 0,
      onProgress: (done) => progress.push(done),
    });
    expect(progress.at(-1)).toBe(300);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('saves nothing when cancelled', async () => {
    const { sink, saved } = capturingSink();
    const controller = new AbortController();
    let calls = 0;
    const writer = messagesCsvWriter(options);
    const counting = {
      ...writer,
      write: (conversation: (typeof conversations)[number]) => {
        calls += 1;
        if (calls === 40) controller.abort(new DOMException('Cancelled', 'AbortError'));
        return writer.write(conversation);
      },
    };
    await expect(
      streamExport(conversations, counting, sink, { signal: controller.signal, sliceBudgetMs: 0 }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(saved).toEqual([]);
    expect(calls).toBeLessThan(300);
  });
});
