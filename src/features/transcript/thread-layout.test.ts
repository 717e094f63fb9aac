import { describe, expect, it } from 'vitest';
import { makeMessage } from '../../testing/make-conversation';
import { threadLayout } from './thread-layout';

const at = (iso: string) => Date.parse(iso);

describe('thread layout', () => {
  it('groups consecutive messages by the same author, and only those', () => {
    const entries = threadLayout(
      [
        makeMessage({ id: '1', at: at('2026-11-02T10:00:00Z') }),
        makeMessage({ id: '2', at: at('2026-11-02T10:00:20Z') }),
        makeMessage({ id: '3', role: 'agent', authorName: 'John Doe', at: at('2026-11-02T10:01:00Z') }),
        makeMessage({ id: '4', role: 'agent', authorName: 'Sofia Lind', at: at('2026-11-02T10:02:00Z') }),
      ],
      'UTC',
    );
    expect(entries.map((entry) => [entry.message.id, entry.startsGroup, entry.endsGroup])).toEqual([
      ['1', true, false],
      ['2', false, true],
      ['3', true, true],
      ['4', true, true],
    ]);
  });

  it('never groups system events, and a long pause starts a new group', () => {
    const entries = threadLayout(
      [
        makeMessage({ id: '1', role: 'system', authorName: null, at: at('2026-11-02T10:00:00Z') }),
        makeMessage({ id: '2', role: 'system', authorName: null, at: at('2026-11-02T10:00:01Z') }),
        makeMessage({ id: '3', at: at('2026-11-02T10:01:00Z') }),
        makeMessage({ id: '4', at: at('2026-11-02T10:30:00Z') }),
      ],
      'UTC',
    );
    expect(entries.map((entry) => entry.startsGroup)).toEqual([true, true, true, true]);
  });

  it('opens a new day at midnight in the viewer timezone, not in UTC', () => {
    const messages = [
      makeMessage({ id: '1', at: at('2026-11-02T22:50:00Z') }),
      makeMessage({ id: '2', at: at('2026-11-02T23:10:00Z') }),
    ];
    // 23:10 UTC is already 00:10 the next day in Stockholm (UTC+1 in November).
    expect(threadLayout(messages, 'Europe/Stockholm').map((entry) => entry.startsDay)).toEqual([true, true]);
    expect(threadLayout(messages, 'UTC').map((entry) => entry.startsDay)).toEqual([true, false]);
    expect(threadLayout(messages, 'Europe/Stockholm')[1]?.startsGroup).toBe(true);
  });

  it('keeps messages without a time in place, in the day before them', () => {
    const entries = threadLayout(
      [makeMessage({ id: '1', at: at('2026-11-02T10:00:00Z') }), makeMessage({ id: '2', at: null })],
      'UTC',
    );
    expect(entries.map((entry) => [entry.message.id, entry.startsDay, entry.startsGroup])).toEqual([
      ['1', true, true],
      ['2', false, false],
    ]);
  });
});
