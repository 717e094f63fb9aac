import { useEffect, useMemo, type ComponentType, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { buttonStyles } from '../../components/button-styles';
import { AlertIcon } from '../../components/icons';
import { ProductName } from '../../components/product-name';
import { ReadingPanel } from '../../components/reading-panel';
import { SignedInAccount } from '../../components/signed-in-account';
import { dayRange, today, viewerTimeZone, type DayRange } from '../../lib/date-range';
import { parseVisitorKey, visitorPath, type VisitorRef } from '../../lib/visitor-path';
import { conversationKey, vendorIdSchema, type Conversation, type VendorId } from '../../model/conversation';
import { vendorLabel } from '../../model/vendor-descriptors';
import { useVisitorHistory, type VisitorSource } from './use-visitor-history';
import { reachSentence } from './visitor-reach';
import { VisitorTimeline } from './visitor-timeline';

/** What the export controls get (the list's export feature, composed in src/app): the same as on the list. */
export type VisitorExportSlotProps = {
  conversations: ReadonlyArray<Conversation>;
  range: DayRange;
  vendors: ReadonlyArray<VendorId>;
};

/** What the reading pane gets (the transcript feature, composed in src/app): the same as on the list. */
export type VisitorTranscriptSlotProps = {
  vendor: VendorId;
  id: string;
  conversation: Conversation | undefined;
  listLoading: boolean;
  onClose: () => void;
};

export type VisitorPageProps = {
  ExportSlot: ComponentType<VisitorExportSlotProps>;
  TranscriptSlot: ComponentType<VisitorTranscriptSlotProps>;
  /** The reading pane sits beside the timeline on wide windows, over it on narrow ones. */
  wide: boolean;
  headerExtras?: ReactNode;
};

/** The transcript of one of the visitor's conversations, opened over or beside their timeline. */
export function visitorConversationPath(ref: VisitorRef, conversation: Pick<Conversation, 'vendor' | 'id'>) {
  return `${visitorPath(ref)}/${conversation.vendor}/${encodeURIComponent(conversation.id)}`;
}

/**
 * `/visitors/{e-mail}` (or `/visitors/{vendor}:{visitor id}`): one visitor's conversations with every
 * vendor over all time, newest first, each opening its transcript; the same CSV export as the list.
 */
export function VisitorPage(props: VisitorPageProps) {
  const params = useParams();
  const key = params.visitor;
  const ref = useMemo(() => parseVisitorKey(key), [key]);
  if (ref === null) return <NotAVisitor headerExtras={props.headerExtras} />;
  return <VisitorHistoryView {...props} visitor={ref} />;
}

function VisitorHistoryView({
  ExportSlot,
  TranscriptSlot,
  wide,
  headerExtras,
  visitor,
}: VisitorPageProps & { visitor: VisitorRef }) {
  const params = useParams();
  const navigate = useNavigate();
  const history = useVisitorHistory(visitor);
  const { conversations } = history;

  const vendor = vendorIdSchema.safeParse(params.vendor);
  const selection = vendor.success && params.id ? { vendor: vendor.data, id: params.id } : null;
  const selectedKey = selection ? conversationKey(selection.vendor, selection.id) : null;
  const selected = conversations.find((row) => row.key === selectedKey);
  const close = () => navigate(visitorPath(visitor));

  const name = conversations.find((row) => row.visitor.name !== null)?.visitor.name ?? null;
  const identity =
    visitor.kind === 'email' ? visitor.email : `${vendorLabel(visitor.vendor)} visitor ${visitor.visitorId}`;
  const title = name ?? identity;
  useEffect(() => {
    document.title = `${title} · Backscroll`;
  }, [title]);

  const range = useMemo(() => spanOf(conversations), [conversations]);
  const exportVendors = useMemo(
    () =>
      history.sources
        .map((source) => source.vendor)
        .filter((id) => conversations.some((row) => row.vendor === id)),
    [history.sources, conversations],
  );
  const pathOf = (conversation: Conversation) => visitorConversationPath(visitor, conversation);
  const failed = history.sources.filter((source) => source.state === 'error');

  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900">
      <PageTop headerExtras={headerExtras} />
      {history.server.state === 'error' && (
        <div
          role="alert"
          className="flex items-center gap-3 border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900"
        >
          <p className="flex-1">
            <span className="font-semibold">Backscroll&apos;s server did not answer.</span>{' '}
            {history.server.error?.message}
          </p>
          <button type="button" className={buttonStyles.secondary} onClick={history.server.retry}>
            Retry
          </button>
        </div>
      )}
      {failed.length > 0 && <SourceErrors sources={failed} />}
      <main className="flex min-h-0 flex-1">
        <div className="min-w-0 flex-1 overflow-y-auto">
          <div className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-5 sm:px-6">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <div className="min-w-0">
                <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Visitor</p>
                <h2 className="text-xl font-semibold [overflow-wrap:anywhere] text-slate-900">{title}</h2>
                {name !== null && (
                  <p className="text-sm [overflow-wrap:anywhere] text-slate-600">{identity}</p>
                )}
              </div>
              <ExportSlot conversations={conversations} range={range} vendors={exportVendors} />
            </div>
            <p role="status" className="text-sm text-slate-700 tabular-nums">
              {history.loading ? (
                <>
                  <span className="text-slate-500">Searching…</span> {countText(conversations.length)} so far
                </>
              ) : (
                <span className="font-medium text-slate-800">{countText(conversations.length)}</span>
              )}
            </p>
            <Reach sources={history.sources} byEmail={visitor.kind === 'email'} />
            {conversations.length > 0 ? (
              <VisitorTimeline conversations={conversations} selectedKey={selectedKey} pathOf={pathOf} />
            ) : (
              !history.loading && (
                <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-sm text-slate-600">
                  No conversations with this visitor were found.
                </p>
              )
            )}
          </div>
        </div>
        {selection && (
          <ReadingPanel wide={wide} label="Transcript" onClose={close}>
            <TranscriptSlot
              key={selectedKey}
              vendor={selection.vendor}
              id={selection.id}
              conversation={selected}
              listLoading={history.loading}
              onClose={close}
            />
          </ReadingPanel>
        )}
      </main>
    </div>
  );
}

function PageTop({ headerExtras }: { headerExtras?: ReactNode }) {
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-3 sm:px-4">
      <ProductName heading />
      <nav aria-label="Pages" className="flex min-w-0 items-center">
        <Link to="/" className={buttonStyles.ghost}>
          All conversations
        </Link>
      </nav>
      <SignedInAccount />
      {headerExtras}
    </header>
  );
}

/** A failed vendor says so and retries on its own; the other vendors' conversations stay. */
function SourceErrors({ sources }: { sources: ReadonlyArray<VisitorSource> }) {
  return (
    <div className="flex flex-col gap-px border-b border-red-200 bg-red-200">
      {sources.map((source) => (
        <div
          key={source.vendor}
          role="alert"
          className="flex flex-wrap items-center gap-x-3 gap-y-1 bg-red-50 px-4 py-2 text-sm text-red-900"
        >
          <AlertIcon className="size-4 shrink-0 text-red-500" />
          <p className="min-w-0 flex-1">
            <span className="font-semibold">{source.label} could not be searched.</span>{' '}
            {source.error?.message ?? 'Something went wrong.'} Only its conversations on this device are
            shown.
          </p>
          <button
            type="button"
            aria-label={`Retry ${source.label}`}
            className={`${buttonStyles.secondary} border-red-300 text-red-800 hover:bg-red-100`}
            onClick={source.retry}
          >
            Retry
          </button>
        </div>
      ))}
    </div>
  );
}

/** Where each vendor was looked in, and how many it gave. */
function Reach({ sources, byEmail }: { sources: ReadonlyArray<VisitorSource>; byEmail: boolean }) {
  if (sources.length === 0) return null;
  return (
    <details className="rounded-lg border border-slate-200 bg-white text-sm">
      <summary className="cursor-pointer rounded-lg px-3 py-2 text-slate-700 outline-none focus-visible:ring-2 focus-visible:ring-indigo-600">
        Searched {sources.map((source) => source.label).join(', ')}
      </summary>
      <ul className="flex flex-col gap-1.5 border-t border-slate-100 px-3 py-2 text-slate-700">
        {sources.map((source) => (
          <li key={source.vendor} className="flex items-baseline justify-between gap-x-3">
            <span className="min-w-0">{reachSentence(source.vendor, source.reach, byEmail)}</span>
            <span className="shrink-0 text-slate-500 tabular-nums">
              {source.state === 'loading' ? (
                'searching…'
              ) : source.state === 'error' ? (
                'failed'
              ) : (
                <>
                  {numberFormat.format(source.count)}
                  <span className="sr-only"> conversations</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function NotAVisitor({ headerExtras }: { headerExtras?: ReactNode }) {
  useEffect(() => {
    document.title = 'Not a visitor · Backscroll';
  }, []);
  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900">
      <PageTop headerExtras={headerExtras} />
      <main className="mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-16 text-center">
        <h2 className="text-base font-semibold">This address names no visitor</h2>
        <p className="text-sm text-slate-600">
          A visitor page is <code>/visitors/</code> followed by a whole e-mail address, or by a vendor and
          that vendor&apos;s visitor id (<code>/visitors/livechat:S1234</code>).
        </p>
        <Link to="/" className={buttonStyles.secondary}>
          Back to the list
        </Link>
      </main>
    </div>
  );
}

const numberFormat = new Intl.NumberFormat();

function countText(count: number): string {
  return `${numberFormat.format(count)} ${count === 1 ? 'conversation' : 'conversations'}`;
}

/** The days the visitor's conversations span (the export names its file by them); today when none. */
function spanOf(conversations: ReadonlyArray<Conversation>): DayRange {
  const timeZone = viewerTimeZone();
  const newest = conversations[0];
  const oldest = conversations[conversations.length - 1];
  if (!newest || !oldest) {
    const day = today(timeZone);
    return dayRange(day, day, timeZone);
  }
  return dayRange(today(timeZone, oldest.startedAt), today(timeZone, newest.startedAt), timeZone);
}
