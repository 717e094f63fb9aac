import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayRange } from '../../lib/date-range';
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
});
