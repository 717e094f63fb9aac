import type { Attachment, Message, MessageRole } from '../../model/conversation';
import { describeEvent } from '../../model/describe-event';
import { formatDateTimeWithSeconds, formatLongDay, formatTime } from '../../lib/format-date-time';
import { useDisplayTimeZone } from '../../lib/display-time-zone';
import { safeHttpUrl } from './safe-url';
import { threadLayout, type ThreadEntry } from './thread-layout';
import { roleNames } from '../../lib/role-names';
import { PaperclipIcon } from '../../components/icons';
import type { SearchQuery } from '../../lib/search/parse-query';
import { HighlightedText } from './highlighted-text';

/** Visitors on the left, the company's side (agents, supervisors, bots) on the right, like a chat window. */
const bubbleStyles: Readonly<Record<Exclude<MessageRole, 'system'>, string>> = {
  visitor: 'bg-slate-100 text-slate-900',
  agent: 'bg-indigo-50 text-slate-900 ring-1 ring-inset ring-indigo-100',
  supervisor: 'bg-amber-50 text-slate-900 ring-1 ring-inset ring-amber-300',
  bot: 'bg-white text-slate-900 ring-1 ring-inset ring-slate-300',
};

const quietText: Readonly<Record<Exclude<MessageRole, 'system'>, string>> = {
  // Dark enough for 4.5:1 on each bubble (axe, WCAG 2.2 AA): the times are small text.
  visitor: 'text-slate-600',
  agent: 'text-indigo-900/80',
  supervisor: 'text-amber-900',
  bot: 'text-slate-600',
};

/**
 * The messages in order, as a list a screen reader can walk: every item names its author (visibly at
 * the start of a group, for screen readers on the rest) and its time. Vendor text is rendered as text
 * only; line breaks are kept.
 */
export function MessageThread({
  messages,
  query = null,
}: {
  messages: ReadonlyArray<Message>;
  /** The list's search: its words are marked in the messages. */
  query?: SearchQuery | null;
}) {
  const timeZone = useDisplayTimeZone();
  if (messages.length === 0) {
    return <p className="px-1 py-6 text-center text-sm text-slate-500">No messages in this conversation.</p>;
  }
  return (
    <ol aria-label="Messages" className="flex flex-col">
      {threadLayout(messages, timeZone).map((entry, index) => (
        <ThreadItem key={`${entry.message.id}-${index}`} entry={entry} query={query} />
      ))}
    </ol>
  );
}

function ThreadItem({ entry, query }: { entry: ThreadEntry; query: SearchQuery | null }) {
  const { message, startsDay } = entry;
  return (
    <li className={entry.startsGroup ? 'pt-3 first:pt-0' : 'pt-1'}>
      {startsDay && message.at !== null && <DayDivider at={message.at} />}
      {message.role === 'system' ? (
        <SystemLine message={message} query={query} />
      ) : (
        <ChatMessage entry={entry} role={message.role} query={query} />
      )}
    </li>
  );
}

function DayDivider({ at }: { at: number }) {
  const timeZone = useDisplayTimeZone();
  return (
    <div className="mb-3 flex items-center gap-3 text-[11px] font-medium tracking-wide text-slate-500 uppercase">
      <span aria-hidden="true" className="h-px flex-1 bg-slate-200" />
      {formatLongDay(at, { timeZone })}
      <span aria-hidden="true" className="h-px flex-1 bg-slate-200" />
    </div>
  );
}

function SystemLine({ message, query }: { message: Message; query: SearchQuery | null }) {
  // An event's words are ours, not what was said: only a system message's own text is searched.
  const text = message.event ? describeEvent(message.event) : message.text;
  return (
    <p className="mx-auto max-w-[90%] text-center text-xs leading-5 text-slate-500 [overflow-wrap:anywhere]">
      <span className="sr-only">System: </span>
      {message.event ? text : <HighlightedText text={text} query={query} />}
      {message.at !== null && (
        <>
          {' · '}
          <MessageTime at={message.at} />
        </>
      )}
    </p>
  );
}

function ChatMessage({
  entry,
  role,
  query,
}: {
  entry: ThreadEntry;
  role: Exclude<MessageRole, 'system'>;
  query: SearchQuery | null;
}) {
  const { message } = entry;
  const author = message.authorName?.trim() || roleNames[role];
  const companySide = role !== 'visitor';
  return (
    <div className={`flex flex-col ${companySide ? 'items-end pl-8 sm:pl-12' : 'items-start pr-8 sm:pr-12'}`}>
      {entry.startsGroup ? (
        <p className="mb-1 flex items-center gap-1.5 px-1 text-xs font-medium text-slate-700">
          {author}
          {(role === 'supervisor' || role === 'bot') && <RoleBadge role={role} />}
        </p>
      ) : (
        <span className="sr-only">{author}: </span>
      )}
      <div
        className={`max-w-full rounded-2xl px-3 py-2 text-sm leading-relaxed ${bubbleStyles[role]} ${
          companySide ? (entry.startsGroup ? 'rounded-tr-md' : '') : entry.startsGroup ? 'rounded-tl-md' : ''
        }`}
      >
        {message.text !== '' && (
          <p className="whitespace-pre-wrap [overflow-wrap:anywhere]">
            <HighlightedText text={message.text} query={query} />
          </p>
        )}
        <Translations translations={message.translations} tone={quietText[role]} query={query} />
        <Attachments attachments={message.attachments} />
        {message.at !== null && (
          <p className={`mt-0.5 text-right text-[11px] tabular-nums ${quietText[role]}`}>
            <MessageTime at={message.at} />
          </p>
        )}
      </div>
    </div>
  );
}

function RoleBadge({ role }: { role: 'supervisor' | 'bot' }) {
  const style = role === 'supervisor' ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-700';
  return (
    <span className={`rounded px-1.5 py-px text-[10px] font-semibold tracking-wide uppercase ${style}`}>
      {roleNames[role]}
    </span>
  );
}

function MessageTime({ at }: { at: number }) {
  const timeZone = useDisplayTimeZone();
  return (
    <time dateTime={new Date(at).toISOString()} title={formatDateTimeWithSeconds(at, { timeZone })}>
      {formatTime(at, { timeZone })}
    </time>
  );
}

function Translations({
  translations,
  tone,
  query,
}: {
  translations: Record<string, string>;
  tone: string;
  query: SearchQuery | null;
}) {
  const entries = Object.entries(translations);
  if (entries.length === 0) return null;
  return (
    <div className={`mt-1 border-t border-current/15 pt-1 ${tone}`}>
      {entries.map(([language, text]) => (
        <p key={language} lang={language} className="whitespace-pre-wrap [overflow-wrap:anywhere]">
          <span className="font-semibold">{language.toUpperCase()}:</span>{' '}
          <HighlightedText text={text} query={query} />
        </p>
      ))}
    </div>
  );
}

function Attachments({ attachments }: { attachments: ReadonlyArray<Attachment> }) {
  if (attachments.length === 0) return null;
  return (
    <ul aria-label="Attachments" className="mt-1 flex flex-col gap-0.5">
      {attachments.map((attachment, index) => (
        <li key={`${attachment.name}-${index}`} className="flex items-center gap-1.5">
          <PaperclipIcon className="size-3.5 shrink-0 opacity-70" />
          <AttachmentLink attachment={attachment} />
        </li>
      ))}
    </ul>
  );
}

function AttachmentLink({ attachment }: { attachment: Attachment }) {
  const href = safeHttpUrl(attachment.url);
  const name = attachment.name.trim() || 'Attachment';
  if (href === null) return <span className="[overflow-wrap:anywhere]">{name}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="text-indigo-700 underline underline-offset-2 [overflow-wrap:anywhere] hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
    >
      {name}
    </a>
  );
}
