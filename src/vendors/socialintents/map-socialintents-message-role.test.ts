import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chat-history-v1-sample.json';
import { mapSocialIntentsMessageRole } from './map-socialintents-message-role';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];
const names = { visitor: sampleChat.visitorName, agent: sampleChat.agentName };

describe('the Social Intents message role', () => {
  it('reads the documented sample, whose third messageToVisitor is signed by the visitor', () => {
    const roles = sampleChat.messages.map((message) =>
      mapSocialIntentsMessageRole(message.type, message.nickname, names),
    );
    expect(roles).toEqual(['visitor', 'agent', 'visitor']);
  });

  it('lets the type decide when the nickname names nobody or both sides', () => {
    expect(mapSocialIntentsMessageRole('messageToAgent', 'Guest 12', names)).toBe('visitor');
    expect(mapSocialIntentsMessageRole('messageToVisitor', null, names)).toBe('agent');
    const sameName = { visitor: 'Sam', agent: 'Sam' };
    expect(mapSocialIntentsMessageRole('messageToVisitor', 'Sam', sameName)).toBe('agent');
  });

  it('puts an undocumented type in nobody`s mouth', () => {
    expect(mapSocialIntentsMessageRole('note', 'Guest 12', names)).toBe('system');
  });
});
