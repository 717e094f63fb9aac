import { messagesOf } from '../../testing/messages-of';
import { describe, expect, it } from 'vitest';
import { VendorError } from '../../lib/vendor-error';
import type { Conversation, TranscriptDetail } from '../../model/conversation';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { needingTranscripts, withTranscripts } from './with-transcripts';

function detailFor(conversation: Conversation): TranscriptDetail {
  return {
    messages: [makeMessage({ id: `${conversation.id}-1`, text: `Transcript of ${conversation.id}` })],
    visitor: { name: `Visitor ${conversation.id}` },
    tags: [],
    labels: [],
    details: [],
    raw: {},
  };
}

const listed = [
  makeConversation({ vendor: 'livechat', id: 'L1' }),
  ...Array.from({ length: 20 }, (_, index) =>
    makeConversation({ vendor: 'imbox', id: `V${index}`, messages: null }),
  ),
];
const missing = needingTranscripts(listed, (conversation) => conversation.vendor === 'imbox');

describe('fetching transcripts for an export', () => {
  it('picks only conversations without messages whose vendor can fetch them', () => {
    expect(missing).toHaveLength(20);
    expect(needingTranscripts(listed, () => false)).toEqual([]);
  });

  it('folds every fetched transcript in, keeping the order, with bounded concurrency', async () => {
    let inFlight = 0;
    let most = 0;
    const progress: number[] = [];
    const result = await withTranscripts(
      listed,
      missing,
      async (conversation) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight -= 1;
        return detailFor(conversation);
      },
      { concurrency: 6, onProgress: (done) => progress.push(done) },
    );
    expect(most).toBe(6);
    expect(result.conversations.map((conversation) => conversation.id)).toEqual(listed.map((c) => c.id));
    expect(messagesOf(result.conversations[1])[0]?.text).toBe('Transcript of V0');
    expect(result.conversations[1]?.visitor.name).toBe('Visitor V0');
    expect(result.conversations[0]).toBe(listed[0]);
    expect(progress).toEqual(Array.from({ length: 21 }, (_, index) => index));
    expect(result.unavailable.size).toBe(0);
  });

  it('finishes the export when some transcripts fail, keeping why', async () => {
    const result = await withTranscripts(listed, missing, async (conversation) => {
      if (conversation.id === 'V3') {
        throw new VendorError({
          vendor: 'imbox',
          code: 'upstream',
          message: 'ImBox answered 502.',
          upstreamStatus: 502,
          retryable: true,
        });
      }
      return detailFor(conversation);
    });
    expect([...result.unavailable]).toEqual([['imbox:V3', 'ImBox answered 502']]);
    expect(result.conversations.find((c) => c.id === 'V3')?.messages).toBeNull();
    expect(result.conversations.find((c) => c.id === 'V4')?.messages).toHaveLength(1);
  });

  it('stops fetching when cancelled and rejects instead of returning a partial export', async () => {
    const controller = new AbortController();
    let started = 0;
    const run = withTranscripts(
      listed,
      missing,
      (conversation) => {
        started += 1;
        if (started === 3) controller.abort(new DOMException('Cancelled', 'AbortError'));
        return new Promise((resolve) => setTimeout(() => resolve(detailFor(conversation)), 5));
      },
      { concurrency: 2, signal: controller.signal },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(started).toBe(3);
  });
});
