import { describe, expect, it } from 'vitest';
import { creditWritingAgents } from './agent-credit';
import type { Message } from './conversation';

function message(role: Message['role'], authorName: string | null): Message {
  return {
    id: '1',
    role,
    roleRaw: null,
    authorName,
    text: 'x',
    at: 0,
    translations: {},
    attachments: [],
    event: null,
  };
}

describe('the agent credit rule', () => {
  const anna = { name: 'Anna Berg', email: 'anna@example.com', id: 'a1' };

  it('adds everyone who wrote as an agent, after the named agents, once each', () => {
    const agents = creditWritingAgents(
      [anna],
      [
        message('agent', 'Anna Berg'),
        message('agent', 'Omar'),
        message('visitor', 'Tom'),
        message('agent', 'OMAR'),
      ],
    );
    expect(agents).toEqual([anna, { name: 'Omar', email: null, id: null }]);
  });

  it('does not credit visitors, supervisors, bots, system lines or nameless agent lines', () => {
    const agents = creditWritingAgents(
      [],
      [
        message('visitor', 'Tom'),
        message('supervisor', 'Sue'),
        message('bot', 'Helper'),
        message('system', 'System'),
        message('agent', '  '),
        message('agent', null),
      ],
    );
    expect(agents).toEqual([]);
  });

  it('knows an agent who writes under their e-mail', () => {
    expect(creditWritingAgents([anna], [message('agent', 'ANNA@example.com')])).toEqual([anna]);
  });

  it('leaves the agents as they are when the messages are not loaded yet', () => {
    expect(creditWritingAgents([anna], null)).toEqual([anna]);
  });
});
