import { describe, expect, it } from 'vitest';
import { parseSystemMessage } from './parse-system-message';

describe('ImBox system messages (JSON in `message`)', () => {
  it('turns the documented visitorJoin into an event and a sentence', () => {
    const parsed = parseSystemMessage('{"type":"visitorJoin","currentPage":"https://example.org/support"}');
    expect(parsed).toEqual({
      event: { type: 'visitorJoin', data: { currentPage: 'https://example.org/support' } },
      text: 'Visitor joined on https://example.org/support',
    });
  });

  it('still says who joined when the page is missing', () => {
    expect(parseSystemMessage('{"type":"visitorJoin"}').text).toBe('Visitor joined');
  });

  it('words an unknown type from its name and simple values, never as JSON', () => {
    const parsed = parseSystemMessage('{"type":"transfer","toAgent":"Sofia Lind","queue":2,"meta":{"x":1}}');
    expect(parsed.event).toEqual({
      type: 'transfer',
      data: { toAgent: 'Sofia Lind', queue: 2, meta: { x: 1 } },
    });
    expect(parsed.text).toBe('Transfer: to agent Sofia Lind, queue 2');
    expect(parseSystemMessage('{"type":"chatClosed"}').text).toBe('Chat closed');
  });

  it('keeps text that is not JSON as a plain system message', () => {
    expect(parseSystemMessage('Chat was closed by the visitor')).toEqual({
      event: null,
      text: 'Chat was closed by the visitor',
    });
    expect(parseSystemMessage('{"type":"visitorJoin",')).toEqual({
      event: null,
      text: '{"type":"visitorJoin",',
    });
  });

  it('keeps JSON that is not an object as it is', () => {
    expect(parseSystemMessage('42')).toEqual({ event: null, text: '42' });
    expect(parseSystemMessage('["a","b"]')).toEqual({ event: null, text: '["a","b"]' });
  });

  it('words a JSON object without a type instead of showing braces', () => {
    expect(parseSystemMessage('{"currentPage":"https://example.org/"}')).toEqual({
      event: null,
      text: 'current page https://example.org/',
    });
    expect(parseSystemMessage('{}')).toEqual({ event: null, text: 'System message' });
  });
});
