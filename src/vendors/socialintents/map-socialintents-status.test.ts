import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chat-history-v1-sample.json';
import { mapSocialIntentsStatus } from './map-socialintents-status';
import { socialIntentsChatSchema } from './socialintents-api';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];
const chatWith = (changes: Record<string, unknown>) =>
  socialIntentsChatSchema.parse({ ...sampleChat, ...changes });

describe('the Social Intents status', () => {
  it('reads the documented sample (no chatType, an agent) in /chats as answered', () => {
    expect(mapSocialIntentsStatus(chatWith({}), 'chats')).toBe('answered');
  });

  it('lets chatType decide when present, in any spelling the newer docs use', () => {
    expect(mapSocialIntentsStatus(chatWith({ chatType: 'Missed' }), 'chats')).toBe('missed');
    expect(mapSocialIntentsStatus(chatWith({ chatType: 'Offline Message' }), 'chats')).toBe('offline');
    expect(mapSocialIntentsStatus(chatWith({ chatType: 'Answered' }), 'missedchats')).toBe('answered');
  });

  it('without chatType, lets the list decide, and a chat no agent took in /chats is missed', () => {
    expect(mapSocialIntentsStatus(chatWith({}), 'missedchats')).toBe('missed');
    expect(mapSocialIntentsStatus(chatWith({}), 'offlinemessages')).toBe('offline');
    const untaken = chatWith({ agentName: '', agentId: '', agentEmail: null });
    expect(mapSocialIntentsStatus(untaken, 'chats')).toBe('missed');
  });
});
