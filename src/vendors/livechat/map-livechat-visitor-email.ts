import { normalizeEmail } from '../../model/text';
import type { LiveChatChat, LiveChatKeyValue } from './livechat-api';

/**
 * The visitor's e-mail is not a top-level field (docs/vendor-api/NOTES.md, LiveChat). In order: what the
 * visitor typed in the pre-chat survey (keys such as `E-mail:`, `Email`, `email address`), a custom variable
 * the site set (a key containing "email"), then the Facebook login (`facebook.email`). Lowercased; null when
 * none.
 */
export function mapLiveChatVisitorEmail(chat: LiveChatChat): string | null {
  return (
    firstEmail(chat.prechat_survey, isEmailKey) ??
    firstEmail(chat.custom_variables, isEmailKey) ??
    firstEmail(chat.integration_variables, (key) => key.trim().toLowerCase() === 'facebook.email')
  );
}

function isEmailKey(key: string): boolean {
  return key
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .includes('email');
}

function firstEmail(
  entries: ReadonlyArray<LiveChatKeyValue>,
  matches: (key: string) => boolean,
): string | null {
  for (const { key, value } of entries) {
    if (key == null || !matches(key)) continue;
    const email = normalizeEmail(value);
    if (email !== null && email.includes('@')) return email;
  }
  return null;
}
