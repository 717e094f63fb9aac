import { describe, expect, it } from 'vitest';
import { createLogger, describeError, redact } from './log';

describe('redact', () => {
  it('hides a secret that contains another secret whole, whatever order they are listed in', () => {
    const line = '/message/grabAgents/key-77-key/77';
    for (const secrets of [
      ['77', 'key-77-key'],
      ['key-77-key', '77'],
    ]) {
      expect(redact(line, secrets)).toBe('/message/grabAgents/[redacted]/[redacted]');
    }
  });

  it('hides the URL-encoded form of a secret too', () => {
    expect(redact('/x/a%2Fb', ['a/b'])).toBe('/x/[redacted]');
  });

  it('hides a short secret where it stands as a whole value, and leaves numbers that merely contain it', () => {
    const secrets = ['42'];
    expect(redact('[proxy] imbox GET /message/grabAgents/k/42 -> 200 in 1427ms', secrets)).toBe(
      '[proxy] imbox GET /message/grabAgents/k/[redacted] -> 200 in 1427ms',
    );
    expect(redact('/chats?user=42&page=4242', secrets)).toBe('/chats?user=[redacted]&page=4242');
    expect(redact('authorization: 42', secrets)).toBe('authorization: [redacted]');
    expect(redact('case "c-420" v1.42 id 1427', secrets)).toBe('case "c-420" v1.42 id 1427');
  });

  it('hides a long secret wherever it appears, even glued to other text', () => {
    expect(redact('tokenabcdefghijklmnop123', ['abcdefghijklmnop'])).toBe('token[redacted]123');
  });
});

describe('the logger', () => {
  it('redacts stack traces like any other line', () => {
    const lines: string[] = [];
    const logger = createLogger(['imbox-key-SECRET'], (line) => lines.push(line));
    const error = new Error('fetch failed for https://apiv2.imbox.io/message/grabAgents/imbox-key-SECRET/7');
    logger.warn(describeError(error));
    expect(lines[0]).toContain('at ');
    expect(lines[0]).not.toContain('imbox-key-SECRET');
  });
});
