import { describe, expect, it } from 'vitest';
import {
  activityQuery,
  hasActivityFilters,
  noActivityFilters,
  parseActivityFilters,
  writeActivityFilters,
} from './activity-filters';
import { describeEntry } from './describe-entry';

describe('activity filters in the URL', () => {
  it('round-trip, dropping unknown actions and malformed days', () => {
    const filters = parseActivityFilters(
      new URLSearchParams('user=%20ann%20&action=export&from=2026-11-01&to=2026-11-20'),
    );
    expect(filters).toEqual({ user: 'ann', action: 'export', from: '2026-11-01', to: '2026-11-20' });
    expect(writeActivityFilters(filters).toString()).toBe(
      'user=ann&action=export&from=2026-11-01&to=2026-11-20',
    );
    expect(parseActivityFilters(new URLSearchParams('action=delete&from=yesterday&to=2026-13-01'))).toEqual({
      user: '',
      action: null,
      from: null,
      to: null,
    });
  });

  it('tell an unfiltered page from a filtered one, a blank user name counting as none', () => {
    expect(hasActivityFilters(noActivityFilters)).toBe(false);
    expect(hasActivityFilters({ ...noActivityFilters, user: '  ' })).toBe(false);
    expect(hasActivityFilters({ ...noActivityFilters, user: 'ann' })).toBe(true);
    expect(hasActivityFilters({ ...noActivityFilters, action: 'export' })).toBe(true);
    expect(hasActivityFilters({ ...noActivityFilters, to: '2026-12-01' })).toBe(true);
  });

  it('cover whole days in the viewer timezone', () => {
    const query = activityQuery(
      { user: '', action: null, from: '2026-11-01', to: '2026-11-02' },
      'Europe/Stockholm',
    );
    expect(query.from).toBe(Date.parse('2026-10-31T23:00:00Z'));
    expect(query.to).toBe(Date.parse('2026-11-02T22:59:59.999Z'));
  });
});

describe('entry details in words', () => {
  it('says what was exported, with which filters', () => {
    const text = describeEntry({
      id: '1',
      at: 0,
      user: null,
      action: 'export',
      detail: {
        format: 'csv',
        filters: [
          ['vendor', 'livechat'],
          ['q', 'refund'],
        ],
        rows: 1234,
        redaction: null,
        fileName: 'backscroll_livechat_2026-11-01_to_2026-11-20.csv',
      },
    });
    expect(text).toBe(
      'CSV, 1,234 rows · backscroll_livechat_2026-11-01_to_2026-11-20.csv · filters: vendor=livechat, q=refund',
    );
  });

  it('names the new formats and redaction in words', () => {
    const entry = (format: string, rows: number, redaction: boolean) =>
      describeEntry({
        id: '2',
        at: 0,
        user: null,
        action: 'export',
        detail: { format, filters: [], rows, redaction, fileName: 'f' },
      });
    expect(entry('messages-csv', 20_000, true)).toBe(
      'Messages (CSV), 20,000 messages · f · no filters · redacted',
    );
    expect(entry('jsonl', 1, false)).toBe(
      'Conversations with messages (JSON Lines), 1 row · f · no filters · not redacted',
    );
    expect(entry('transcript-print', 1, false)).toBe(
      'One transcript (printed), 1 conversation · f · no filters · not redacted',
    );
    expect(entry('transcript-text', 1, true)).toBe(
      'One transcript (text file), 1 conversation · f · no filters · redacted',
    );
  });

  it('names the conversation viewed, and shows unknown details as text', () => {
    const base = { id: '1', at: 0, user: null };
    expect(
      describeEntry({
        ...base,
        action: 'transcript_view',
        detail: { vendor: 'imbox', conversationId: 'c9' },
      }),
    ).toBe('ImBox conversation c9');
    expect(describeEntry({ ...base, action: 'future_thing', detail: { a: '<b>' } })).toBe('{"a":"<b>"}');
  });
});
