import type { Conversation, Message } from '../model/conversation';
import { vendorLabel } from '../model/vendor-descriptors';
import { formatDuration } from './format-date-time';
import { messageAuthor, messageBody } from './message-words';
import { redactConversation } from './redaction/redact-conversation';
import type { RedactionOptions } from './redaction/redaction-options';
import { zonedClock } from './zoned-clock';

/**
 * One transcript on its own, as the text download and the printed page both show it: the header facts,
 * then one line per message with its date, time, zone offset and author. Built once here so the file
 * and the paper never disagree, and so both honour the redaction options the same way.
 */
export type TranscriptDocument = {
  title: string;
  facts: ReadonlyArray<{ label: string; value: string }>;
  lines: ReadonlyArray<TranscriptLine>;
};

export type TranscriptLine = {
  key: string;
  /** "2026-11-21", "14:03:12", "+01:00" in the display timezone; empty when the vendor gave no time. */
  date: string;
  time: string;
  offset: string;
  author: string;
  text: string;
  /** "sv: Hej" pairs, redacted like the text. */
  translations: ReadonlyArray<string>;
};

export function transcriptDocument(
  listed: Conversation,
  messages: ReadonlyArray<Message>,
  { timeZone, redaction }: { timeZone: string; redaction: RedactionOptions },
): TranscriptDocument {
  const clock = zonedClock(timeZone);
  const conversation = redactConversation({ ...listed, messages: [...messages] }, redaction);
  const visitor = conversation.visitor;
  const agents = listed.agents.map((agent) => agent.name).join(', ');
  const duration = listed.durationSeconds;
  const facts = [
    { label: 'Vendor', value: vendorLabel(listed.vendor) },
    { label: 'Conversation', value: listed.id },
    { label: 'Status', value: listed.status },
    { label: 'Started', value: clock.iso(listed.startedAt) },
    { label: 'Ended', value: listed.endedAt === null ? '' : clock.iso(listed.endedAt) },
    { label: 'Duration', value: duration === null || duration === 0 ? '' : formatDuration(duration) },
    { label: 'Visitor', value: visitor.name ?? '' },
    { label: 'E-mail', value: visitor.email ?? '' },
    { label: 'Phone', value: visitor.phone ?? '' },
    { label: 'Agents', value: agents },
    { label: 'Tags', value: listed.tags.join(', ') },
    { label: 'Rating', value: listed.rating?.value ?? '' },
    { label: 'Timezone', value: timeZone },
    { label: 'Redaction', value: redactionWords(redaction) },
  ].filter((fact) => fact.value !== '');
  const lines = (Array.isArray(conversation.messages) ? conversation.messages : []).map(
    (message, index): TranscriptLine => {
      const iso = message.at === null ? '' : clock.iso(message.at);
      return {
        key: `${message.id}-${index}`,
        date: iso.slice(0, 10),
        time: iso.slice(11, 19),
        offset: iso.slice(19),
        author: messageAuthor(message),
        text: messageBody(message, redaction.text),
        translations: Object.entries(message.translations).map(([language, text]) => `${language}: ${text}`),
      };
    },
  );
  const who = visitor.name ?? visitor.email ?? 'Anonymous visitor';
  return { title: `${vendorLabel(listed.vendor)} conversation ${listed.id} with ${who}`, facts, lines };
}

function redactionWords(redaction: RedactionOptions): string {
  if (redaction.text && redaction.visitor) return 'e-mails, phones, card numbers and visitor details removed';
  if (redaction.text) return 'e-mails, phones and card numbers removed';
  if (redaction.visitor) return 'visitor details removed';
  return '';
}

/**
 * The document as plain text: the title, the facts as "Label: value", a blank line, then exactly one
 * line per message: "2026-11-21 14:03:12 +01:00 Anna: text (sv: Hej)". A line break inside a message
 * becomes a space (as in the CSV's transcript column), so a line is always a message.
 */
export function transcriptText(document: TranscriptDocument): string {
  const header = [document.title, ...document.facts.map((fact) => `${fact.label}: ${fact.value}`)];
  const body = document.lines.map((line) => {
    const when = line.date === '' ? '' : `${line.date} ${line.time} ${line.offset} `;
    const translations = line.translations.map((pair) => ` (${pair})`).join('');
    return oneLine(`${when}${line.author}: ${line.text}${translations}`);
  });
  return `${[...header, '', ...(body.length === 0 ? ['(no messages)'] : body)].join('\n')}\n`;
}

function oneLine(text: string): string {
  return /[\r\n]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text;
}

/** `backscroll_livechat_PJ0MRSHTDG_transcript.txt`; characters unsafe in a file name become `-`. */
export function transcriptFileName(
  conversation: Pick<Conversation, 'vendor' | 'id'>,
  redacted: boolean,
): string {
  const id = conversation.id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80);
  return `backscroll_${conversation.vendor}_${id}_transcript${redacted ? '_redacted' : ''}.txt`;
}
