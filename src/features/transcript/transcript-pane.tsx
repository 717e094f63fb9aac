import { useEffect, useId, useRef, type ReactNode } from 'react';
import { buttonStyles } from '../../components/button-styles';
import { CloseIcon } from '../../components/icons';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTimeWithSeconds, formatDuration } from '../../lib/format-date-time';
import { useDisplayTimeZone } from '../../lib/display-time-zone';
import { useAuditReport } from '../../lib/audit-client';
import { visitorRefOf } from '../../lib/visitor-path';
import { VisitorLink } from '../../components/visitor-link';
import type { Conversation, VendorId } from '../../model/conversation';
import { vendorLabel } from '../../vendors/registry';
import { TranscriptActions } from './transcript-actions';
import { TranscriptBody } from './transcript-body';
import { useTranscript } from './use-transcript';

export type TranscriptPaneProps = {
  vendor: VendorId;
  id: string;
  conversation: Conversation | undefined;
  listLoading: boolean;
  onClose: () => void;
  /** Previous / next conversation of the list (the list's feature provides it). */
  navigation?: ReactNode;
};

/**
 * The reading pane for one conversation: who and when in the header, then the messages, the details and
 * the raw payload. Opening it moves focus to its heading; the close button closes it (Escape is the
 * panel's around it, src/components/reading-panel.tsx).
 */
export function TranscriptPane({
  vendor,
  id,
  conversation: listed,
  listLoading,
  onClose,
  navigation,
}: TranscriptPaneProps) {
  const view = useTranscript(listed);
  // Audit trail: a view is recorded once the conversation is on screen.
  useAuditReport(view ? { action: 'transcript_view', detail: { vendor, conversationId: id } } : null);
  // The fetched transcript may know more than the list (ImBox: the visitor's name), so show the merge.
  const conversation = view?.conversation;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After the frame: a narrow window's dialog first moves focus into itself.
    const frame = requestAnimationFrame(() => headingRef.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [vendor, id]);

  const heading = conversation
    ? visitorTitle(conversation)
    : listLoading
      ? 'Loading conversation…'
      : 'Conversation not found';

  return (
    <section aria-labelledby={headingId} className="flex min-h-full flex-col bg-white">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white px-4 py-3 sm:px-5">
        {navigation && <div className="mb-2 flex items-center justify-between gap-2">{navigation}</div>}
        <div className="flex items-start gap-3">
          <div className="min-w-0 flex-1">
            <p className="flex items-center gap-2 text-xs text-slate-500">
              <span className="font-medium text-slate-600">{vendorLabel(vendor)}</span>
              {conversation && <StatusBadge status={conversation.status} />}
            </p>
            <h2
              id={headingId}
              ref={headingRef}
              tabIndex={-1}
              className="mt-1 truncate text-base font-semibold text-slate-900 outline-none"
              title={heading}
            >
              {conversation && visitorRefOf(conversation) !== null ? (
                <VisitorLink conversation={conversation}>{heading}</VisitorLink>
              ) : (
                heading
              )}
            </h2>
            {conversation && <HeaderFacts conversation={conversation} />}
          </div>
          {conversation && (
            <TranscriptActions
              conversation={conversation}
              messages={view.messages.status === 'ready' ? view.messages.messages : null}
            />
          )}
          <button
            type="button"
            aria-label="Close transcript"
            title="Close (Esc)"
            onClick={onClose}
            className={`${buttonStyles.ghost} -mr-1 size-8 shrink-0 px-0`}
          >
            <CloseIcon className="size-4" />
          </button>
        </div>
      </header>
      {view ? (
        <TranscriptBody view={view} />
      ) : listLoading ? (
        <PaneSkeleton />
      ) : (
        <NotInRange vendor={vendor} id={id} onClose={onClose} />
      )}
    </section>
  );
}

function visitorTitle(conversation: Conversation): string {
  return conversation.visitor.name ?? conversation.visitor.email ?? 'Anonymous visitor';
}

function HeaderFacts({ conversation }: { conversation: Conversation }) {
  // The transcript's header says the zone its times are in, once.
  const timeZone = useDisplayTimeZone();
  const agents = conversation.agents.map((agent) => agent.name).join(', ');
  const facts = [
    `${formatDateTimeWithSeconds(conversation.startedAt, { timeZone })} (${timeZone})`,
    conversation.durationSeconds === null || conversation.durationSeconds === 0
      ? null
      : formatDuration(conversation.durationSeconds),
    agents === '' ? null : agents,
  ].filter((fact): fact is string => fact !== null);
  return (
    <p className="mt-0.5 text-xs text-slate-500 lg:truncate" title={facts.join(' · ')}>
      {conversation.visitor.name !== null && conversation.visitor.email !== null && (
        <>
          {/* Underlined: a link among plain text must not be told apart by its colour alone (WCAG 1.4.1). */}
          <VisitorLink conversation={conversation} className="text-slate-600 underline decoration-slate-300">
            {conversation.visitor.email}
          </VisitorLink>
          <span className="text-slate-600"> · </span>
        </>
      )}
      {facts.join(' · ')}
    </p>
  );
}

function PaneSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-4 p-5" aria-label="Loading conversation">
      {[60, 75, 45, 70].map((width, index) => (
        <div key={index} className={`flex ${index % 2 === 1 ? 'justify-end' : ''}`}>
          <div className="h-10 animate-pulse rounded-2xl bg-slate-100" style={{ width: `${width}%` }} />
        </div>
      ))}
    </div>
  );
}

function NotInRange({ vendor, id, onClose }: { vendor: VendorId; id: string; onClose: () => void }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 px-6 py-12 text-center">
      <p className="text-sm font-medium text-slate-900">This conversation is not in the loaded range.</p>
      <p className="max-w-sm text-sm text-slate-600">
        {vendorLabel(vendor)} conversation{' '}
        <span className="font-mono text-xs [overflow-wrap:anywhere]">{id}</span> did not start within the
        selected dates, or it no longer exists. Widen the date range to look further back.
      </p>
      <button type="button" className={buttonStyles.secondary} onClick={onClose}>
        Back to the list
      </button>
    </div>
  );
}
