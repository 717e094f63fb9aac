import type { Message } from '../model/conversation';
import { describeEvent } from '../model/describe-event';
import { redactText } from './redaction/redact-text';
import { roleNames } from './role-names';

/**
 * A message's words as a file carries them: a system event in words (as the pane shows it), anything
 * else as the vendor's text. With `redact`, an event's words are redacted too (an event can quote a
 * page URL or a name the vendor put in it).
 */
export function messageBody(message: Message, redact = false): string {
  if (!message.event) return message.text;
  const words = describeEvent(message.event);
  return redact ? redactText(words) : words;
}

/** Who wrote it: the author's name, else the role's name; a supervisor says so. */
export function messageAuthor(message: Message): string {
  const name = message.authorName?.trim() || roleNames[message.role];
  // A supervisor's whisper reads differently from the agent's answer; say who spoke in which capacity.
  return message.role === 'supervisor' && name !== roleNames.supervisor ? `${name} (supervisor)` : name;
}
