import { describe, expect, it } from 'vitest';
import conversationSample from './__fixtures__/grab-conversation.json';
import { mapImBoxSystemEvent } from './map-imbox-system-event';

describe('ImBox system messages (JSON in `message`)', () => {
  it('turns the documented visitorJoin into an event, worded by the one describe-event', () => {
    const documented = conversationSample.json.find((row) => row.agentID === null);
    expect(documented?.message).toContain('visitorJoin');
    const mapped = mapImBoxSystemEvent(documented?.message ?? '');
    expect(mapped.event?.type).toBe('visitorJoin');
    expect(mapped.text).toMatch(/^Visitor joined/);
    expect(mapImBoxSystemEvent('{"type":"visitorJoin","currentPage":"https://example.org/support"}')).toEqual(
      {
        event: { type: 'visitorJoin', data: { currentPage: 'https://example.org/support' } },
        text: 'Visitor joined on https://example.org/support',
      },
    );
  });

  it('still says who joined when the page is missing', () => {
    expect(mapImBoxSystemEvent('{"type":"visitorJoin"}').text).toBe('Visitor joined');
  });

  it('keeps an unknown type structured, its nested values out of the words', () => {
    const mapped = mapImBoxSystemEvent('{"type":"handover","toAgent":"Sofia Lind","queue":2,"meta":{"x":1}}');
    expect(mapped.event).toEqual({
      type: 'handover',
      data: { toAgent: 'Sofia Lind', queue: 2, meta: { x: 1 } },
    });
    expect(mapped.text).toBe('Handover (toAgent: Sofia Lind, queue: 2)');
    expect(mapImBoxSystemEvent('{"type":"chatClosed"}').text).toBe('Chat closed');
  });

  it('keeps text that is not JSON as a plain system message', () => {
    expect(mapImBoxSystemEvent('Chat was closed by the visitor')).toEqual({
      event: null,
      text: 'Chat was closed by the visitor',
    });
    expect(mapImBoxSystemEvent('{"type":"visitorJoin",')).toEqual({
      event: null,
      text: '{"type":"visitorJoin",',
    });
  });

  it('keeps JSON that is not an object as it is', () => {
    expect(mapImBoxSystemEvent('42')).toEqual({ event: null, text: '42' });
    expect(mapImBoxSystemEvent('["a","b"]')).toEqual({ event: null, text: '["a","b"]' });
  });

  it('words a JSON object without a type instead of showing braces', () => {
    const mapped = mapImBoxSystemEvent('{"currentPage":"https://example.org/"}');
    expect(mapped.event).toEqual({ type: '', data: { currentPage: 'https://example.org/' } });
    expect(mapped.text).toBe('System event (currentPage: https://example.org/)');
    expect(mapImBoxSystemEvent('{}').text).toBe('System event');
  });
});
