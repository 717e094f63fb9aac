import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chats-sample.json';
import { mapLiveChatRole } from './map-livechat-role';

describe('the LiveChat message role (`user_type`)', () => {
  it('reads the documented sample: agent, visitor, agent, supervisor', () => {
    const roles = (sample.chats[0]?.messages ?? []).map((message) =>
      mapLiveChatRole(message.user_type, 'agent_id' in message ? message.agent_id : null),
    );
    expect(roles).toEqual(['agent', 'visitor', 'agent', 'supervisor']);
  });

  it('without a user_type, an agent id means an agent and nothing means the system', () => {
    expect(mapLiveChatRole(null, 'john.doe@mycompany.com')).toBe('agent');
    expect(mapLiveChatRole(undefined, null)).toBe('system');
    expect(mapLiveChatRole('bot', null)).toBe('system');
  });
});
