import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chats-sample.json';
import { liveChatChatSchema } from './livechat-api';
import { mapLiveChatStatus } from './map-livechat-status';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];
const status = (changes: Record<string, unknown>) =>
  mapLiveChatStatus(liveChatChatSchema.parse({ ...sampleChat, ...changes }));

describe('the LiveChat status (`type`)', () => {
  it('reads the documented chat and missed_chat', () => {
    expect(status({})).toBe('answered');
    expect(status({ type: 'missed_chat' })).toBe('missed');
  });

  it('reads an undocumented type from whether an agent took part', () => {
    expect(status({ type: 'ticket' })).toBe('answered');
    expect(status({ type: null, agents: [] })).toBe('missed');
  });
});
