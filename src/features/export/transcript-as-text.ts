import type { Message } from '../../model/conversation';
import { describeEvent } from '../../model/describe-event';
import type { ZonedClock } from '../../lib/zoned-clock';
import { roleNames } from '../../lib/role-names';

/**
 * A transcript as plain text for one CSV cell: one line per message, "[HH:mm:ss] Author: text", in the
 * viewer's timezone. A line break inside a message becomes a space so that a line is always a message.
 */
export function transcriptAsText(messages: ReadonlyArray<Message>, clock: Pick<ZonedClock, 'time'>): string {
  return messages.map((message) => messageLine(message, clock)).join('\n');
}

function messageLine(message: Message, clock: Pick<ZonedClock, 'time'>): string {
  const time = message.at === null ? '' : `[${clock.time(message.at)}] `;
  const body = message.event ? describeEvent(message.event) : message.text;
  const translations = Object.entries(message.translations).map(
    ([language, text]) => ` (${language}: ${text})`,
  );
  const attachments = message.attachments.map(
    (file) => ` [attachment: ${file.url ? `${file.name} ${file.url}` : file.name}]`,
  );
  return oneLine(`${time}${author(message)}: ${body}${translations.join('')}${attachments.join('')}`);
}

function author(message: Message): string {
  const name = message.authorName?.trim() || roleNames[message.role];
  // A supervisor's whisper reads differently from the agent's answer; say who spoke in which capacity.
  return message.role === 'supervisor' && name !== roleNames.supervisor ? `${name} (supervisor)` : name;
}

function oneLine(text: string): string {
  return /[\r\n]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text;
}
