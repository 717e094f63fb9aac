import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearchQuery, queryKey, type SearchQuery } from '../../lib/search/parse-query';
import { MatchNavigation } from './match-navigation';
import { buttonStyles } from '../../components/button-styles';
import { heldRawPayloadQuery } from '../../vendors/history/held-raw-payload';
import { vendorLabel } from '../../vendors/registry';
import { ConversationDetails } from './conversation-details';
import { MessageThread } from './message-thread';
import { RawPayload } from './raw-payload';
import type { TranscriptMessages, TranscriptView } from './use-transcript';

/** Messages first (what a lead opens the pane for), then the details and the raw payload. */
export function TranscriptBody({ view }: { view: TranscriptView }) {
  const { conversation } = view;
  const detailsHeadingId = useId();
  const threadRef = useRef<HTMLElement>(null);
  // The list's search (the row was opened from it): its words are marked and can be stepped through.
  const [searchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const query = useMemo(() => {
    const parsed = parseSearchQuery(q);
    return parsed.terms.length === 0 ? null : parsed;
  }, [q]);
  // A row from the device history carries no payload: it is read back from the device when asked for.
  const held = useQuery({ ...heldRawPayloadQuery(conversation), enabled: conversation.raw === undefined });
  const listPayload = conversation.raw !== undefined ? conversation.raw : (held.data ?? null);
  const payloads: Array<{ title: string; value: unknown; pending?: boolean }> = [
    {
      title: `${vendorLabel(conversation.vendor)} list payload`,
      value: listPayload,
      pending: conversation.raw === undefined && held.isPending,
    },
  ];
  if (view.transcriptRaw !== undefined) {
    payloads.push({
      title: `${vendorLabel(conversation.vendor)} transcript payload`,
      value: view.transcriptRaw,
    });
  }
  return (
    <div className="flex flex-col gap-6 px-4 py-4 sm:px-5">
      <section ref={threadRef} aria-label="Conversation" className="flex flex-col gap-2">
        {query !== null && view.messages.status === 'ready' && (
          <MatchNavigation
            key={`${conversation.key}|${queryKey(query)}|${view.messages.messages.length}`}
            threadRef={threadRef}
          />
        )}
        <Messages messages={view.messages} query={query} />
      </section>
      <section aria-labelledby={detailsHeadingId} className="border-t border-slate-200 pt-4">
        <h3 id={detailsHeadingId} className="mb-3 text-sm font-semibold text-slate-900">
          Details
        </h3>
        <ConversationDetails conversation={conversation} details={view.details} />
      </section>
      <RawPayload payloads={payloads} />
    </div>
  );
}

function Messages({ messages, query }: { messages: TranscriptMessages; query: SearchQuery | null }) {
  switch (messages.status) {
    case 'ready':
      return <MessageThread messages={messages.messages} query={query} />;
    case 'loading':
      return (
        <div className="flex flex-col gap-3">
          <p aria-live="polite" className="text-sm text-slate-500">
            Loading transcript…
          </p>
          {[55, 70, 40].map((width, index) => (
            <div key={index} className={`flex ${index % 2 === 1 ? 'justify-end' : ''}`}>
              <div className="h-10 animate-pulse rounded-2xl bg-slate-100" style={{ width: `${width}%` }} />
            </div>
          ))}
        </div>
      );
    case 'error':
      return (
        <div
          role="alert"
          className="flex flex-col items-start gap-2 rounded-lg border border-red-200 bg-red-50 p-3"
        >
          <p className="text-sm text-red-900">
            <span className="font-semibold">The transcript could not be loaded.</span>{' '}
            {messages.error.message}
          </p>
          <button
            type="button"
            className={buttonStyles.secondary}
            onClick={messages.retry}
            disabled={messages.retrying}
          >
            {messages.retrying ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      );
    case 'none':
      return (
        <p className="py-6 text-center text-sm text-slate-500">
          This vendor sent no transcript for this conversation.
        </p>
      );
  }
}
