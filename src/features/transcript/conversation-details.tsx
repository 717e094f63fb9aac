import type { ReactNode } from 'react';
import { StatusBadge } from '../../components/status-badge';
import type { Agent, Conversation, NameValue, Rating } from '../../model/conversation';
import { vendorLabel } from '../../vendors/registry';
import { formatDateTime, formatDuration } from './format-when';
import { safeHttpUrl } from './safe-url';

const ratingWords = { good: 'Good', bad: 'Bad', neutral: 'Neutral' } as const;

/**
 * Everything the model knows about a conversation, as one description list. Empty facts are left out
 * rather than shown as dashes, so the list stays short for sparse vendors.
 */
export function ConversationDetails({
  conversation,
  details,
}: {
  conversation: Conversation;
  details: ReadonlyArray<NameValue>;
}) {
  const { visitor } = conversation;
  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-[minmax(6.5rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
        <Row term="Vendor">{vendorLabel(conversation.vendor)}</Row>
        <Row term="Conversation ID">
          <span className="font-mono text-xs [overflow-wrap:anywhere] text-slate-700">{conversation.id}</span>
        </Row>
        <Row term="Status">
          <StatusBadge status={conversation.status} />
        </Row>
        <Row term="Started">{formatDateTime(conversation.startedAt)}</Row>
        {conversation.endedAt !== null && <Row term="Ended">{formatDateTime(conversation.endedAt)}</Row>}
        {conversation.durationSeconds !== null && (
          <Row term="Duration">{formatDuration(conversation.durationSeconds)}</Row>
        )}
        {conversation.messageCount !== null && (
          <Row term="Messages">{conversation.messageCount.toLocaleString()}</Row>
        )}
        {conversation.agents.length > 0 && (
          <Row term={conversation.agents.length === 1 ? 'Agent' : 'Agents'}>
            <People people={conversation.agents} />
          </Row>
        )}
        {conversation.supervisors.length > 0 && (
          <Row term={conversation.supervisors.length === 1 ? 'Supervisor' : 'Supervisors'}>
            <People people={conversation.supervisors} />
          </Row>
        )}
        <Row term="Rating">{conversation.rating ? <RatingText rating={conversation.rating} /> : 'Not rated'}</Row>
        {conversation.tags.length > 0 && (
          <Row term="Tags">
            <Chips values={conversation.tags} />
          </Row>
        )}
        {conversation.labels.length > 0 && (
          <Row term="Labels">
            <Chips values={conversation.labels.map(labelText)} />
          </Row>
        )}
      </dl>

      <DetailGroup title="Visitor">
        {visitor.name !== null && <Row term="Name">{visitor.name}</Row>}
        {visitor.email !== null && <Row term="E-mail">{visitor.email}</Row>}
        {visitor.phone !== null && <Row term="Phone">{visitor.phone}</Row>}
        {visitor.location !== null && <Row term="Location">{visitor.location}</Row>}
        {visitor.pageUrl !== null && (
          <Row term="Page">
            <UrlText url={visitor.pageUrl} />
          </Row>
        )}
        {visitor.referrer !== null && (
          <Row term="Referrer">
            <UrlText url={visitor.referrer} />
          </Row>
        )}
        {visitor.ip !== null && <Row term="IP address">{visitor.ip}</Row>}
        {visitor.userAgent !== null && (
          <Row term="Browser">
            <span className="text-xs text-slate-600">{visitor.userAgent}</span>
          </Row>
        )}
        {visitor.id !== null && (
          <Row term="Visitor ID">
            <span className="font-mono text-xs text-slate-700">{visitor.id}</span>
          </Row>
        )}
      </DetailGroup>

      <NameValueGroup title="Custom variables" items={conversation.customVariables} />
      <NameValueGroup title={`${vendorLabel(conversation.vendor)} details`} items={details} />
    </div>
  );
}

function DetailGroup({ title, children }: { title: string; children: ReactNode }) {
  const rows = (Array.isArray(children) ? children : [children]).filter(Boolean);
  if (rows.length === 0) return null;
  return (
    <section>
      <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h4>
      <dl className="grid grid-cols-[minmax(6.5rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">{children}</dl>
    </section>
  );
}

function NameValueGroup({ title, items }: { title: string; items: ReadonlyArray<NameValue> }) {
  if (items.length === 0) return null;
  return (
    <DetailGroup title={title}>
      {items.map((item, index) => (
        <Row key={`${item.name}-${index}`} term={item.name}>
          {item.value === '' ? <span className="text-slate-400">(empty)</span> : item.value}
        </Row>
      ))}
    </DetailGroup>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500 [overflow-wrap:anywhere]">{term}</dt>
      <dd className="min-w-0 text-slate-900 [overflow-wrap:anywhere]">{children}</dd>
    </>
  );
}

function People({ people }: { people: ReadonlyArray<Agent> }) {
  return (
    <ul className="flex flex-col gap-0.5">
      {people.map((person, index) => (
        <li key={`${person.name}-${index}`}>
          {person.name}
          {person.email !== null && person.email !== person.name && (
            <span className="text-slate-500"> · {person.email}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Chips({ values }: { values: ReadonlyArray<string> }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {values.map((value) => (
        <li
          key={value}
          className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 ring-1 ring-slate-200 ring-inset"
        >
          {value}
        </li>
      ))}
    </ul>
  );
}

function labelText(label: NameValue): string {
  return label.value === '' || label.value === label.name ? label.name : `${label.name}: ${label.value}`;
}

/** "Good (rated_good)": the unified word, with the vendor's own value beside it. */
function RatingText({ rating }: { rating: Rating }) {
  const tone = { good: 'text-emerald-700', bad: 'text-red-700', neutral: 'text-amber-700' }[rating.value];
  return (
    <span>
      <span className={`font-medium ${tone}`}>{ratingWords[rating.value]}</span>
      <span className="text-slate-500"> ({String(rating.raw)})</span>
    </span>
  );
}

/** A visitor-supplied URL: a link only when it is plain http(s), else just the text. */
function UrlText({ url }: { url: string }) {
  const href = safeHttpUrl(url);
  if (href === null) return <span className="[overflow-wrap:anywhere]">{url}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="text-indigo-700 underline underline-offset-2 [overflow-wrap:anywhere] hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
    >
      {url}
    </a>
  );
}
