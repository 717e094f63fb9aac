import { describe, expect, it } from 'vitest';
import conversationSample from './__fixtures__/grab-conversation.json';
import { imboxEnvelope, messageRowSchema } from './imbox-api';
import { mapImBoxMessages, type MessageContext } from './map-imbox-messages';

const messageRows = (json: unknown[]) =>
  imboxEnvelope(messageRowSchema).parse({ result: 'success', json }).json.items;
const sample = messageRows(conversationSample.json);
const context: MessageContext = {
  conversationId: 'V1',
  agentNames: new Map([['1', 'John Doe']]),
  visitorName: null,
};

describe('ImBox transcript messages', () => {
  it('orders by date, ties by message id', () => {
    expect(mapImBoxMessages(sample, context).map((message) => message.id)).toEqual([
      '1',
      '2',
      '702004',
      '702005',
    ]);
    const rows = messageRows([
      { id: 9, message: 'later', date: '2020-01-01T00:00:05.000Z', agentID: 0 },
      { id: 10, message: 'earlier', date: '2020-01-01T00:00:01.000Z', agentID: 0 },
    ]);
    expect(mapImBoxMessages(rows, context).map((message) => message.text)).toEqual(['earlier', 'later']);
  });

  it('reads agentID 0 as the visitor, null as the system, anything else as an agent', () => {
    const roles = Object.fromEntries(
      mapImBoxMessages(sample, context).map((message) => [message.id, message.role]),
    );
    expect(roles).toEqual({ '1': 'agent', '2': 'agent', '702004': 'system', '702005': 'visitor' });
    const asText = messageRows([{ id: 1, message: 'hi', agentID: '0', from: 'V1' }]);
    expect(mapImBoxMessages(asText, context)[0]?.role).toBe('visitor');
  });

  it('names an agent from grabAgents by id, else by the first name ImBox put in `from`', () => {
    const [named] = mapImBoxMessages(sample, context);
    expect(named?.authorName).toBe('John Doe');
    const [fallback] = mapImBoxMessages(sample, { ...context, agentNames: new Map() });
    expect(fallback?.authorName).toBe('John');
  });

  it('does not show the conversation id as the visitor name', () => {
    const visitor = mapImBoxMessages(sample, context).find((message) => message.role === 'visitor');
    expect(visitor?.authorName).toBeNull();
    const named = mapImBoxMessages(sample, { ...context, visitorName: 'John Doe' }).find(
      (m) => m.role === 'visitor',
    );
    expect(named?.authorName).toBe('John Doe');
  });

  it('gives a system message its event and words, with no author', () => {
    const system = mapImBoxMessages(sample, context).find((message) => message.role === 'system');
    expect(system).toMatchObject({
      authorName: null,
      text: 'Visitor joined on https://example.org/support',
      event: { type: 'visitorJoin', data: { currentPage: 'https://example.org/support' } },
      at: Date.UTC(2020, 0, 1),
    });
  });

  it('keeps visitor text as text, markup included', () => {
    const rows = messageRows([{ id: 1, message: '<img src=x onerror=alert(1)>', agentID: 0, from: 'V1' }]);
    expect(mapImBoxMessages(rows, context)[0]).toMatchObject({
      text: '<img src=x onerror=alert(1)>',
      event: null,
    });
  });
});
