import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  hasActiveFilters,
  noFilters,
  parseListFilters,
  writeDayRange,
  writeListFilters,
} from './list-filters';

describe('reading filters from a shared link', () => {
  it('reads repeated parameters as several values of one filter', () => {
    const filters = parseListFilters(
      new URLSearchParams(
        'vendor=livechat&vendor=imbox&tag=vip&tag=bug&agent=Anna+Berg&rating=good&status=missed',
      ),
    );
    expect(filters).toEqual({
      vendors: ['livechat', 'imbox'],
      agents: ['Anna Berg'],
      tags: ['vip', 'bug'],
      ratings: ['good'],
      statuses: ['missed'],
      q: '',
    });
  });

  it('ignores vendors, ratings and statuses the product does not know', () => {
    const filters = parseListFilters(
      new URLSearchParams(
        'vendor=zendesk&vendor=snapengage&rating=great&rating=unrated&status=closed&status=offline',
      ),
    );
    expect(filters.vendors).toEqual(['snapengage']);
    expect(filters.ratings).toEqual(['unrated']);
    expect(filters.statuses).toEqual(['offline']);
  });

  it('drops blank and repeated values from a hand-edited link', () => {
    const filters = parseListFilters(
      new URLSearchParams('tag=&tag=vip&tag=vip&agent=%20&vendor=imbox&vendor=imbox'),
    );
    expect(filters.tags).toEqual(['vip']);
    expect(filters.agents).toEqual([]);
    expect(filters.vendors).toEqual(['imbox']);
  });

  it('keeps the search text as typed', () => {
    expect(parseListFilters(new URLSearchParams('q=Mary%20B')).q).toBe('Mary B');
    expect(parseListFilters(new URLSearchParams('')).q).toBe('');
  });
});

describe('writing filters into the link', () => {
  it('round-trips every filter through the URL', () => {
    const filters = {
      vendors: ['livechat' as const, 'socialintents' as const],
      agents: ['Anna Berg', 'Lars Ek'],
      tags: ['vip'],
      ratings: ['bad' as const, 'unrated' as const],
      statuses: ['answered' as const],
      q: 'mary@',
    };
    const written = writeListFilters(new URLSearchParams(), filters);
    expect(written.getAll('agent')).toEqual(['Anna Berg', 'Lars Ek']);
    expect(parseListFilters(new URLSearchParams(written.toString()))).toEqual(filters);
  });

  it('keeps the date range and unknown parameters, and replaces the old filters', () => {
    const before = new URLSearchParams('from=2026-11-01&to=2026-11-20&tag=old&utm=x&q=old');
    const written = writeListFilters(before, { ...noFilters, tags: ['new'] });
    expect(written.get('from')).toBe('2026-11-01');
    expect(written.get('to')).toBe('2026-11-20');
    expect(written.get('utm')).toBe('x');
    expect(written.getAll('tag')).toEqual(['new']);
    expect(written.has('q')).toBe(false);
    expect(before.getAll('tag')).toEqual(['old']);
  });

  it('writes equal views as equal links whatever order the filters were set in', () => {
    const a = writeListFilters(new URLSearchParams('status=missed&from=2026-11-01'), {
      ...noFilters,
      statuses: ['missed'],
      vendors: ['imbox'],
    });
    const b = writeListFilters(new URLSearchParams('vendor=imbox&from=2026-11-01'), {
      ...noFilters,
      vendors: ['imbox'],
      statuses: ['missed'],
    });
    expect(a.toString()).toBe(b.toString());
  });

  it('leaves a blank search out of the link', () => {
    expect(writeListFilters(new URLSearchParams(), { ...noFilters, q: '   ' }).has('q')).toBe(false);
  });

  it('sets the day range without touching the filters', () => {
    const written = writeDayRange(new URLSearchParams('tag=vip&from=2026-01-01'), '2026-11-01', '2026-11-07');
    expect(written.toString()).toBe('tag=vip&from=2026-11-01&to=2026-11-07');
  });
});

describe('whether a filter is set', () => {
  it('counts filter values and treats a blank search as no filter', () => {
    expect(hasActiveFilters(noFilters)).toBe(false);
    expect(hasActiveFilters({ ...noFilters, q: '  ' })).toBe(false);
    expect(hasActiveFilters({ ...noFilters, q: 'x' })).toBe(true);
    expect(hasActiveFilters({ ...noFilters, ratings: ['rated'] })).toBe(true);
    expect(activeFilterCount({ ...noFilters, tags: ['a', 'b'], vendors: ['imbox'], q: 'x' })).toBe(3);
  });
});
