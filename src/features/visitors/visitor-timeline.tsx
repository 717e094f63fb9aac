import { Link } from 'react-router';
import { RatingMark } from '../../components/rating-mark';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime, formatFullDateTime } from '../../lib/format-date-time';
import type { Conversation } from '../../model/conversation';
import { vendorLabel } from '../../model/vendor-descriptors';
import { firstVisitorMessage } from './merge-visitor-history';

/**
 * The visitor's conversations, newest first, as a timeline: each entry is a real link that opens its
 * transcript (Tab reaches each one; Enter opens it; a modifier key opens it in a new tab).
 */
export function VisitorTimeline({
  conversations,
  selectedKey,
  pathOf,
}: {
  conversations: ReadonlyArray<Conversation>;
  selectedKey: string | null;
  pathOf: (conversation: Conversation) => string;
}) {
  return (
    <ol aria-label="Conversations" className="relative flex flex-col gap-2 border-l-2 border-slate-200 pl-4">
      {conversations.map((conversation) => (
        <li key={conversation.key} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-4 -left-[1.4rem] size-2.5 rounded-full border-2 border-white bg-indigo-500"
          />
          <TimelineEntry
            conversation={conversation}
            selected={conversation.key === selectedKey}
            path={pathOf(conversation)}
          />
        </li>
      ))}
    </ol>
  );
}

function TimelineEntry({
  conversation,
  selected,
  path,
}: {
  conversation: Conversation;
  selected: boolean;
  path: string;
}) {
  const agents = conversation.agents.map((agent) => agent.name).join(', ');
  const first = firstVisitorMessage(conversation);
  return (
    <Link
      to={path}
      aria-current={selected ? 'true' : undefined}
      className={`block rounded-lg border px-3 py-2.5 outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 ${
        selected ? 'border-indigo-300 bg-indigo-50' : 'border-slate-200 bg-white hover:bg-slate-50'
      }`}
    >
      <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <time
          dateTime={new Date(conversation.startedAt).toISOString()}
          title={formatFullDateTime(conversation.startedAt)}
          className="font-medium text-slate-900 tabular-nums"
        >
          {formatDateTime(conversation.startedAt)}
        </time>
        <span className="text-slate-600">{vendorLabel(conversation.vendor)}</span>
        <StatusBadge status={conversation.status} />
        {conversation.rating === null ? (
          <span className="text-xs text-slate-500">Not rated</span>
        ) : (
          <span className="inline-flex items-center gap-1 text-xs text-slate-600">
            <span>Rated</span>
            <RatingMark conversation={conversation} />
          </span>
        )}
      </span>
      <span className="mt-1 block text-xs text-slate-600">
        {agents === '' ? 'No agent' : `Agent: ${agents}`}
      </span>
      <span className="mt-1.5 block text-sm text-slate-800">
        {first !== null ? (
          <q className="line-clamp-2 [overflow-wrap:anywhere]">{first}</q>
        ) : conversation.messages === null ? (
          <span className="text-slate-500 italic">Messages not loaded yet: open the transcript</span>
        ) : (
          <span className="text-slate-500 italic">The visitor wrote nothing</span>
        )}
      </span>
    </Link>
  );
}
