import type { Message } from '../../model/conversation';
import { describeEvent } from '../../model/describe-event';
import type { ZonedClock } from '../../lib/zoned-clock';
import { roleNames } from '../../lib/role-names';

/**
 * A transcript as plain text for one CSV cell: one line per message, "[2026-11-02 11:00:05 +01:00] Author:
 * text", in the display timezone. Each line carries its date and offset: a chat may cross midnight or a
 * daylight-saving change, and a bare "[04:35:14]" read elsewhere says neither. A line break inside a
 * message becomes a space so that a line is always a message.
 */
export function transcriptAsText(messages: ReadonlyArray<Message>, clock: Pick<ZonedClock, 'iso'>): string {
  return messages.map((message) => messageLine(message, clock)).join('\n');
}

/** "2026-11-02 11:00:05 +01:00" from the clock's ISO text ("…T11:00:05+01:00", or "…Z" for UTC). */
export function stampOf(iso: string): string {
  const offset = iso.slice(19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${offset === 'Z' ? '+00:00' : offset}`;
}

function messageLine(message: Message, clock: Pick<ZonedClock, 'iso'>): string {
  const time = message.at === null ? '' : `[${stampOf(clock.iso(message.at))}] `;
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
