import { describe, expect, it } from 'vitest';
import { neighboursOf, stepForKey } from './neighbours';

const rows = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];

describe('next and previous conversation', () => {
  it('gives the rows either side, in the list order', () => {
    expect(neighboursOf(rows, 'b')).toEqual({ position: 2, total: 3, previous: rows[0], next: rows[2] });
  });

  it('stops at either end rather than wrapping round', () => {
    expect(neighboursOf(rows, 'a')).toMatchObject({ position: 1, previous: null, next: rows[1] });
    expect(neighboursOf(rows, 'c')).toMatchObject({ position: 3, previous: rows[1], next: null });
  });

  it('has nothing to step from when the open conversation is not in the list', () => {
    expect(neighboursOf(rows, 'zz')).toEqual({ position: null, total: 3, previous: null, next: null });
    expect(neighboursOf(rows, null)).toEqual({ position: null, total: 3, previous: null, next: null });
    expect(neighboursOf([], 'a')).toEqual({ position: null, total: 0, previous: null, next: null });
  });

  it('steps with J and K, never with a modifier key held', () => {
    const plain = { altKey: false, ctrlKey: false, metaKey: false, target: null };
    expect(stepForKey({ ...plain, key: 'j' })).toBe('next');
    expect(stepForKey({ ...plain, key: 'K' })).toBe('previous');
    expect(stepForKey({ ...plain, key: 'ArrowDown' })).toBeNull();
    expect(stepForKey({ ...plain, key: 'j', ctrlKey: true })).toBeNull();
    expect(stepForKey({ ...plain, key: 'k', metaKey: true })).toBeNull();
  });
});
