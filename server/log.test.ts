import { describe, expect, it } from 'vitest';
import { redact } from './log';

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
});
