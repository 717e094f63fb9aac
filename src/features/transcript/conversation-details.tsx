import type { ReactNode } from 'react';
import { StatusBadge } from '../../components/status-badge';
import type { Agent, Conversation, NameValue, Rating } from '../../model/conversation';
import { vendorLabel } from '../../vendors/registry';
import { formatDateTimeWithSeconds, formatDuration } from '../../lib/format-date-time';
import { ratingGap } from '../../model/value-gap';
import { useDisplayTimeZone } from '../../lib/display-time-zone';
import { safeHttpUrl } from './safe-url';
import { VisitorLink } from '../../components/visitor-link';

/** One line of the description list; null for a fact the conversation does not have. */
type Fact = { term: string; value: ReactNode } | null;

const ratingWords = { good: 'Good', bad: 'Bad', neutral: 'Neutral' } as const;
const ratingTones = { good: 'text-emerald-700', bad: 'text-red-700', neutral: 'text-amber-700' } as const;

/**
 * Everything the model knows about a conversation, as description lists. Missing facts are left out
 * rather than shown as dashes, so the panel stays short for sparse vendors.
 */
/** Name, e-mail and visitor id lead to the visitor's page: they look like links. */
const visitorLinkColor = 'text-indigo-700 underline decoration-indigo-300';

export function ConversationDetails({
  conversation,
  details,
}: {
  conversation: Conversation;
  details: ReadonlyArray<NameValue>;
}) {
  const { visitor, agents, supervisors } = conversation;
  const timeZone = useDisplayTimeZone();
  const chat: Fact[] = [
    { term: 'Vendor', value: vendorLabel(conversation.vendor) },
    {
      term: 'Conversation ID',
      value: <span className="font-mono text-xs text-slate-700">{conversation.id}</span>,
    },
    { term: 'Status', value: <StatusBadge status={conversation.status} /> },
    { term: 'Started', value: formatDateTimeWithSeconds(conversation.startedAt, { timeZone }) },
    conversation.endedAt === null
      ? null
      : { term: 'Ended', value: formatDateTimeWithSeconds(conversation.endedAt, { timeZone }) },
    conversation.durationSeconds === null
      ? null
      : { term: 'Duration', value: formatDuration(conversation.durationSeconds) },
    conversation.messageCount === null
      ? null
      : { term: 'Messages', value: conversation.messageCount.toLocaleString() },
    agents.length === 0
      ? null
      : { term: agents.length === 1 ? 'Agent' : 'Agents', value: <People people={agents} /> },
    supervisors.length === 0
      ? null
      : {
          term: supervisors.length === 1 ? 'Supervisor' : 'Supervisors',
          value: <People people={supervisors} />,
        },
    {
      term: 'Rating',
      value: conversation.rating ? <RatingText rating={conversation.rating} /> : ratingGapText(conversation),
    },
    conversation.tags.length === 0 ? null : { term: 'Tags', value: <Chips values={conversation.tags} /> },
    conversation.labels.length === 0
      ? null
      : { term: 'Labels', value: <Chips values={conversation.labels.map(labelText)} /> },
  ];
  const person: Fact[] = [
    visitor.name === null
      ? null
      : {
          term: 'Name',
          value: (
            <VisitorLink conversation={conversation} className={visitorLinkColor}>
              {visitor.name}
            </VisitorLink>
          ),
        },
    visitor.email === null
      ? null
      : {
          term: 'E-mail',
          value: (
            <VisitorLink conversation={conversation} className={visitorLinkColor}>
              {visitor.email}
            </VisitorLink>
          ),
        },
    text('Phone', visitor.phone),
    text('Location', visitor.location),
    visitor.pageUrl === null ? null : { term: 'Page', value: <UrlText url={visitor.pageUrl} /> },
    visitor.referrer === null ? null : { term: 'Referrer', value: <UrlText url={visitor.referrer} /> },
    text('IP address', visitor.ip),
    visitor.userAgent === null
      ? null
      : { term: 'Browser', value: <span className="text-xs text-slate-600">{visitor.userAgent}</span> },
    visitor.id === null
      ? null
      : {
          term: 'Visitor ID',
          value: (
            <VisitorLink conversation={conversation} className={`font-mono text-xs ${visitorLinkColor}`}>
              {visitor.id}
            </VisitorLink>
          ),
        },
  ];
  return (
    <div className="flex flex-col gap-5">
      <FactList facts={chat} />
      <FactGroup title="Visitor" facts={person} />
      <FactGroup title="Custom variables" facts={conversation.customVariables.map(nameValueFact)} />
      <FactGroup title={`${vendorLabel(conversation.vendor)} details`} facts={details.map(nameValueFact)} />
    </div>
  );
}

function text(term: string, value: string | null): Fact {
  return value === null ? null : { term, value };
}

function nameValueFact(item: NameValue): Fact {
  return {
    term: item.name,
    value: item.value === '' ? <span className="text-slate-500">(empty)</span> : item.value,
  };
}

function FactGroup({ title, facts }: { title: string; facts: ReadonlyArray<Fact> }) {
  if (!facts.some(Boolean)) return null;
  return (
    <section>
      <h4 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h4>
      <FactList facts={facts} />
    </section>
  );
}

function FactList({ facts }: { facts: ReadonlyArray<Fact> }) {
  return (
    <dl className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
      {facts.map((fact, index) =>
        fact === null ? null : (
          <div key={`${fact.term}-${index}`} className="contents">
            <dt className="text-slate-500 [overflow-wrap:anywhere]">{fact.term}</dt>
            <dd className="min-w-0 text-slate-900 [overflow-wrap:anywhere]">{fact.value}</dd>
          </div>
        ),
      )}
    </dl>
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
      {values.map((value, index) => (
        <li
          key={`${value}-${index}`}
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
/** "Unrated", or the vendor never rates: "Social Intents does not rate chats". */
function ratingGapText(conversation: Conversation): string {
  const gap = ratingGap(conversation);
  return gap.kind === 'not-provided' ? gap.sentence : 'Unrated';
}

function RatingText({ rating }: { rating: Rating }) {
  return (
    <span>
      <span className={`font-medium ${ratingTones[rating.value]}`}>{ratingWords[rating.value]}</span>
      <span className="text-slate-500"> ({String(rating.raw)})</span>
    </span>
  );
}

/** A visitor-supplied URL: a link only when it is plain http(s), else just the text. */
function UrlText({ url }: { url: string }) {
  const href = safeHttpUrl(url);
  if (href === null) return <span>{url}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="text-indigo-700 underline underline-offset-2 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
    >
      {url}
    </a>
  );
}
