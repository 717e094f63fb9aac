import type { Message } from '../../model/conversation';

/**
 * How each message sits in the thread: consecutive messages by the same author form one group (the
 * author is shown once), and the first message of each calendar day in the viewer's timezone opens that
 * day, so a chat that runs past midnight is not misread.
 */
export type ThreadEntry = {
  message: Message;
  startsGroup: boolean;
  endsGroup: boolean;
  startsDay: boolean;
};

/** A pause this long starts a new group even for the same author: the reader sees time has passed. */
const GROUP_GAP_MS = 5 * 60_000;

export function threadLayout(messages: ReadonlyArray<Message>, timeZone?: string): ThreadEntry[] {
  const dayOf = dayKeyFormatter(timeZone);
  const entries: ThreadEntry[] = [];
  let previous: Message | null = null;
  let previousDay: string | null = null;
  for (const message of messages) {
    const day: string | null = message.at === null ? previousDay : dayOf(message.at);
    const startsDay = day !== null && day !== previousDay;
    const startsGroup = previous === null || startsDay || !sameGroup(previous, message);
    const last = entries.at(-1);
    if (last && startsGroup) last.endsGroup = true;
    entries.push({ message, startsGroup, endsGroup: false, startsDay });
    previous = message;
    previousDay = day;
  }
  const last = entries.at(-1);
  if (last) last.endsGroup = true;
  return entries;
}

function sameGroup(previous: Message, message: Message): boolean {
  if (previous.role === 'system' || message.role === 'system') return false;
  if (previous.role !== message.role || previous.authorName !== message.authorName) return false;
  if (previous.at === null || message.at === null) return true;
  return message.at - previous.at < GROUP_GAP_MS;
}

function dayKeyFormatter(timeZone?: string): (at: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (at) => format.format(at);
}
