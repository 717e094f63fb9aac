import { describe, expect, it } from 'vitest';
import conversationSample from './__fixtures__/grab-conversation.json';
import { imboxEnvelope, messageRowSchema } from './imbox-api';
import { imboxRole } from './map-imbox-role';

describe('who wrote an ImBox message (agentID)', () => {
  it('reads the documented sample: agent 1, agent 1, visitor 0, system null', () => {
    const rows = imboxEnvelope(messageRowSchema).parse(conversationSample).json.items;
    expect(rows.map((row) => imboxRole(row.agentID))).toEqual(['agent', 'agent', 'visitor', 'system']);
  });

  it('reads 0 sent as text as the visitor too', () => {
    expect(imboxRole('0')).toBe('visitor');
    expect(imboxRole('00')).toBe('visitor');
    expect(imboxRole('17')).toBe('agent');
  });
});
