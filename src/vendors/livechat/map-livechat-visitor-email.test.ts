import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chats-sample.json';
import { liveChatChatSchema } from './livechat-api';
import { mapLiveChatVisitorEmail } from './map-livechat-visitor-email';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];
const chatWith = (changes: Record<string, unknown>) =>
  liveChatChatSchema.parse({ ...sampleChat, ...changes });

describe('the LiveChat visitor e-mail (not a top-level field, docs/vendor-api/NOTES.md)', () => {
  it('falls back to facebook.email when the documented sample left the survey e-mail empty', () => {
    expect(mapLiveChatVisitorEmail(liveChatChatSchema.parse(sampleChat))).toBe('mary.brown@email.com');
  });

  it('prefers what the visitor typed in the pre-chat survey, lowercased', () => {
    const chat = chatWith({ prechat_survey: [{ key: 'E-mail:', value: ' Mary@Example.ORG ' }] });
    expect(mapLiveChatVisitorEmail(chat)).toBe('mary@example.org');
  });

  it('reads a custom variable whose key names an e-mail, and ignores values that are no address', () => {
    const chat = chatWith({
      prechat_survey: [{ key: 'Email', value: 'not given' }],
      custom_variables: [{ key: 'user_email', value: 'site@example.org' }],
      integration_variables: [],
    });
    expect(mapLiveChatVisitorEmail(chat)).toBe('site@example.org');
  });

  it('is null when no source carries one', () => {
    const chat = chatWith({ prechat_survey: [], custom_variables: [], integration_variables: [] });
    expect(mapLiveChatVisitorEmail(chat)).toBeNull();
  });
});
