import type { NameValue } from '../../model/conversation';
import { blankToNull } from '../../model/text';
import type { LiveChatChat, LiveChatKeyValue } from './livechat-api';

/**
 * Custom variables (set by the site's tracking code), integration variables (Facebook login) and the
 * pre-chat survey answers, as name/value facts. Survey keys lose their trailing colon ("E-mail:"); empty
 * answers go.
 */
export function mapLiveChatCustomVariables(chat: LiveChatChat): NameValue[] {
  return [
    ...entries(chat.custom_variables),
    ...entries(chat.integration_variables),
    ...entries(chat.prechat_survey, (key) => key.replace(/\s*:\s*$/, '')),
  ];
}

function entries(
  items: ReadonlyArray<LiveChatKeyValue>,
  cleanKey: (key: string) => string = (key) => key,
): NameValue[] {
  return items.flatMap(({ key, value }) => {
    const name = blankToNull(key);
    const clean = blankToNull(value);
    if (name === null || clean === null) return [];
    return [{ name: blankToNull(cleanKey(name)) ?? name, value: clean }];
  });
}
