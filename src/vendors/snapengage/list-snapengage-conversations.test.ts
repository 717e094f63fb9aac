import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayRange } from '../../lib/date-range';
import type { Conversation } from '../../model/conversation';
import sample from './__fixtures__/integration-case.json';
import { listSnapEngageCases } from './list-snapengage-conversations';

const vendors = {
  demo: false,
  vendors: [{ id: 'snapengage', label: 'SnapEngage', mode: 'live', capabilities: [] }],
};

afterEach(() => vi.unstubAllGlobals());

describe('listing SnapEngage cases from the inbox', () => {
  it('leaves out and counts a case it cannot read, and reads the rest', async () => {
    const cases = [sample, { type: 'chat', description: 'no id' }, { ...sample, id: 'second' }];
    vi.stubGlobal('fetch', async (input: string) => {
      const { pathname } = new URL(input, 'http://backscroll.test');
      if (pathname === '/api/vendors') return Response.json(vendors);
      return Response.json({ cases, next: null, total: cases.length });
    });
    const startedAt = sample.created_at_seconds * 1000;
    const day = new Date(startedAt).toISOString().slice(0, 10);
    const list = await listSnapEngageCases(
      dayRange(day, day, 'UTC'),
      new QueryClient(),
      new AbortController().signal,
    );
    expect(list.conversations.map((conversation) => conversation.id).sort()).toEqual(
      [String(sample.id), 'second'].sort(),
    );
    expect(list.unreadable).toBe(1);
  });

  it('hears each inbox page as it arrives, and the list is made of the rows heard', async () => {
    const pages: Record<string, { cases: unknown[]; next: string | null }> = {
      first: { cases: [sample, { ...sample, id: 'second' }], next: 'p2' },
      p2: { cases: [{ ...sample, id: 'third' }], next: null },
    };
    vi.stubGlobal('fetch', async (input: string) => {
      const url = new URL(input, 'http://backscroll.test');
      if (url.pathname === '/api/vendors') return Response.json(vendors);
      return Response.json({ ...pages[url.searchParams.get('cursor') ?? 'first'], total: 3 });
    });
    const day = new Date(sample.created_at_seconds * 1000).toISOString().slice(0, 10);
    const heard: Conversation[][] = [];
    const list = await listSnapEngageCases(
      dayRange(day, day, 'UTC'),
      new QueryClient(),
      new AbortController().signal,
      (rows) => heard.push([...rows]),
    );
    expect(heard.map((rows) => rows.map((row) => row.id))).toEqual([
      [String(sample.id), 'second'],
      ['third'],
    ]);
    const heardRows = new Set(heard.flat());
    expect(list.conversations).toHaveLength(3);
    expect(list.conversations.every((row) => heardRows.has(row))).toBe(true);
  });
});
